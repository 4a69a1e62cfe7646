package main

import "fmt"

const version = "v1"

var zeroth = note("a_version.go")

func init() { fmt.Println("init a_version.go") }
