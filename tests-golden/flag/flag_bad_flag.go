package main

import (
	"flag"
	"fmt"
)

// The command line (flag_bad_flag.args) names a flag that is not defined: Parse prints the error and the
// help to standard error and the program ends with status 2.
func main() {
	n := flag.Int("n", 1, "how many")
	fmt.Println("before Parse")
	flag.Parse()
	fmt.Println("not reached", *n)
}
