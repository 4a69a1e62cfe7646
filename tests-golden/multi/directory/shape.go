package main

import "fmt"

type shape struct{ w, h int }

func (s shape) area() int { return s.w * s.h }

var second = note("shape.go")

func init() { fmt.Println("init shape.go") }
