// +build linux
// +build arm64

package main

func init() { built = append(built, "plus_two_lines.go") }
