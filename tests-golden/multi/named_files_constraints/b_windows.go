//go:build ignore

// Named on the command line, this file is built even so: go run takes named files whatever their constraints.
package main

func helper() string { return "helper in b_windows.go" }
