package main

var trace []string

var fromB1 = step("fromB1", plainA)
var fromB2 = step("fromB2")

func init() { trace = append(trace, "init b.go") }
