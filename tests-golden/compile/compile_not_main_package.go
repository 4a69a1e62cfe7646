package notmain

import "fmt"

func Hello() { fmt.Println("never run: go run wants package main") }
