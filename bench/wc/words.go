// words counts the words of a file with a bufio.Scanner split by ScanWords, and the longest word.
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
	sc.Split(bufio.ScanWords)
	words, longest := 0, 0
	for sc.Scan() {
		words++
		if n := len(sc.Bytes()); n > longest {
			longest = n
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "wc:", err)
		os.Exit(1)
	}
	fmt.Println(words, "words, the longest", longest, "bytes")
}
