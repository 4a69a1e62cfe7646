package main

import (
	"log"
	"os"
)

// log.Panicf writes the message, then panics with it: unrecovered, the program ends with status 2.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Panicf("invariant broken: %d < %d", 3, 2)
}
