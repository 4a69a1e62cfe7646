// +build windows darwin

package main

func init() { built = append(built, "plus_or.go") }
