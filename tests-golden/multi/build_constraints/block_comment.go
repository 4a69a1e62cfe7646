/* a block comment first */
//go:build windows

package main

func init() { built = append(built, "block_comment.go") }
