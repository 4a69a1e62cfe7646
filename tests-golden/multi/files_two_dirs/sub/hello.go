package main

import "fmt"

func hello() { fmt.Println("hello") }
