package main

import (
	"log"
	"os"
)

// A Logger's Fatalln writes to the Logger's output (here stdout, no flags) and exits with status 1.
func main() {
	l := log.New(os.Stdout, "[worker] ", log.Lmsgprefix)
	l.Println("starting")
	l.Fatalln("giving up after", 3, "tries")
	l.Println("not reached")
}
