// A comment, then the constraint with no blank line: //go:build still counts.
//go:build ignore
package main

func init() { built = append(built, "gobuild_no_blank.go") }
