package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	// A line longer than the default limit (64 KiB) stops the scan with ErrTooLong.
	input := "short\n" + strings.Repeat("x", bufio.MaxScanTokenSize+10) + "\nnever reached\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Println("line of", len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())

	// A larger limit through Buffer lets the same line through.
	sc = bufio.NewScanner(strings.NewReader(input))
	sc.Buffer(make([]byte, 100), 1<<20)
	for sc.Scan() {
		fmt.Println("line of", len(sc.Text()))
	}
	fmt.Println("err:", sc.Err())

	// A small one stops at once; the buffer given is used while it is large enough.
	sc = bufio.NewScanner(strings.NewReader("tiny\ntoo long for it\nok\n"))
	sc.Buffer(make([]byte, 0, 4), 8)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	// The usual way a program reports it.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 70000)))
	for sc.Scan() {
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "cannot read the input:", err)
		os.Exit(1)
	}
}
