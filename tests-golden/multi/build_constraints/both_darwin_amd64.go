
package main

func init() { built = append(built, "both_darwin_amd64.go") }
