// runes counts the runes and lines of a file read one rune at a time with bufio.Reader.ReadRune.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wc:", err)
		os.Exit(1)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	runes, lines := 0, 0
	for {
		c, _, err := r.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			os.Exit(1)
		}
		runes++
		if c == '\n' {
			lines++
		}
	}
	fmt.Println(runes, "runes,", lines, "lines")
}
