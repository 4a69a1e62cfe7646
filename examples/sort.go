// sort prints the lines of its standard input in order, as sort(1) does without options:
//
//	printf 'b\na\nc\n' | ./gosub run examples/sort.go
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

func main() {
	var lines []string
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		lines = append(lines, in.Text())
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "sort:", err)
		os.Exit(1)
	}
	sort.Strings(lines)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, sorted := range lines {
		fmt.Fprintln(out, sorted)
	}
}
