//go:build linux
// +build windows

package main

func init() { built = append(built, "gobuild_wins.go") }
