package main

// A go statement whose call is a built-in (go println(...)) is refused by name (Go itself compiles this
// program); defer of the same built-ins runs.

import "time"

func main() {
	defer println("deferred")
	go println("in a goroutine")
	time.Sleep(10 * time.Millisecond)
}
