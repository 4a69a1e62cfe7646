
package main

func init() { built = append(built, ".dot.go") }
