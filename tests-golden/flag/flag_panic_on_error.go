package main

import (
	"flag"
	"fmt"
	"os"
)

// A PanicOnError set panics with the parse error; nothing recovers it, so the program dies with status 2.
func main() {
	fs := flag.NewFlagSet("sub", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	fs.Bool("all", false, "everything")
	fmt.Println(fs.Parse([]string{"-all"}))
	fs.Parse([]string{"-all=yes"})
	fmt.Println("not reached")
}
