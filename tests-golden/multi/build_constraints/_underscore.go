
package main

func init() { built = append(built, "_underscore.go") }
