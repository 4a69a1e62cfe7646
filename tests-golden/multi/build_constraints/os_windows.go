
package main

func init() { built = append(built, "os_windows.go") }
