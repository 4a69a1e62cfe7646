// +build linux,amd64

package main

func init() { built = append(built, "plus_and.go") }
