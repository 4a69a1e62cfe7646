//go:build ignore

package main

func init() { built = append(built, "tag_ignore.go") }
