
package main

func init() { built = append(built, "linux.go") }
