
package main

func init() { built = append(built, "both_linux_amd64.go") }
