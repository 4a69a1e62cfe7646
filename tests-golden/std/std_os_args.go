package main

import (
	"fmt"
	"os"
	"strings"
)

// The golden runner passes the lines of std_os_args.args as the program's arguments.
func main() {
	fmt.Println(len(os.Args) - 1)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i+1, a)
	}
	fmt.Println(strings.Join(os.Args[1:], "|"))
}
