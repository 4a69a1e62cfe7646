//go:build linux && (amd64 || arm64) && !cgo_never && go1.18

package main

func init() { built = append(built, "tag_expr.go") }
