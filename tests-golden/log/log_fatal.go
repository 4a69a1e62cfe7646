package main

import (
	"fmt"
	"log"
)

// log.Fatal writes to standard error with the date and time, then exits with status 1: deferred calls do not run.
func main() {
	defer fmt.Println("never printed")
	fmt.Println("before")
	log.SetPrefix("fatal: ")
	log.Fatalf("cannot open %s: %v", "config.toml", "no such file or directory")
	fmt.Println("never reached")
}
