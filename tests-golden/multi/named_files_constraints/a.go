package main

import "fmt"

func main() { fmt.Println("main in a.go;", helper()) }
