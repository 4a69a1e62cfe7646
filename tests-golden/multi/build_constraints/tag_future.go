//go:build go1.99

package main

func init() { built = append(built, "tag_future.go") }
