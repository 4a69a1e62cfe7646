
package main

func init() { built = append(built, "arch_arm64.go") }
