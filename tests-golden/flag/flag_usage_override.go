package main

import (
	"flag"
	"fmt"
	"os"
)

// A program's own Usage, with the command line's messages on standard output; a value that does not parse
// ends the program with status 2.
func main() {
	flag.CommandLine.SetOutput(os.Stdout)
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: tool [flags] file...")
		flag.PrintDefaults()
	}
	flag.Int("n", 10, "lines to show")
	flag.Duration("every", 0, "repeat at this interval")
	flag.Parse()
	fmt.Println("not reached")
}
