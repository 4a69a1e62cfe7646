//go:build ignore

package util

func Hello() {}
