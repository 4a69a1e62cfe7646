package main

import (
	"flag"
	"fmt"
)

// -help asks for the help of the command line: Parse prints it to standard error and the program ends with
// status 0.
func main() {
	flag.Int("count", 1, "number of `times`")
	flag.String("out", "-", "where to write")
	flag.Bool("x", false, "exclusive")
	fmt.Println("before Parse")
	flag.Parse()
	fmt.Println("not reached")
}
