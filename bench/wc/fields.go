// fields reads a file line by line with bufio.Reader.ReadString and counts each line's words with
// strings.Fields, as many small scripts do.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wc:", err)
		os.Exit(1)
	}
	defer f.Close()
	in := bufio.NewReader(f)
	lines, words := 0, 0
	for {
		line, err := in.ReadString('\n')
		if line != "" {
			lines++
			words += len(strings.Fields(line))
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			os.Exit(1)
		}
	}
	fmt.Println(lines, "lines,", words, "words")
}
