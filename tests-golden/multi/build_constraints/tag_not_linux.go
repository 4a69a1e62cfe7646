//go:build !linux

package main

func init() { built = append(built, "tag_not_linux.go") }
