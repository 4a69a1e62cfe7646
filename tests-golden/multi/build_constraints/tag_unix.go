//go:build unix && gc

package main

func init() { built = append(built, "tag_unix.go") }
