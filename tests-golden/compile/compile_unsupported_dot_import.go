package main

// Dot imports are refused by name (Go itself compiles this program); the imported names are still known, so
// their uses are not reported as undefined.

import . "fmt"

func main() {
	Println("hello")
}
