
package main

func init() { built = append(built, "both_linux_arm64.go") }
