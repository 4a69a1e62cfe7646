package main

import "example.com/cyc/a"

func main() { a.A() }
