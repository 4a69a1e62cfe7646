// lines counts the lines and bytes of a file with a bufio.Scanner (ScanLines) and Text: the usual way a script
// reads its input line by line.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "wc:", err)
		os.Exit(1)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	lines, chars := 0, 0
	for sc.Scan() {
		lines++
		chars += len(sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wc:", err)
		os.Exit(1)
	}
	fmt.Println(lines, "lines,", chars, "bytes without line ends")
}
