
package main

func init() { built = append(built, "helper_test.go") }
