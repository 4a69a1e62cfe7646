
package main

func init() { built = append(built, "arch_amd64.go") }
