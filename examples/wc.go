// wc counts the lines, words and bytes of the files it is given, or of its standard input, as wc(1) does:
//
//	./gosub run examples/wc.go README.md
//	ls | ./gosub run examples/wc.go -l
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
)

// counts are what wc reports for one input.
type counts struct {
	lines, words, bytes int64
}

func (c *counts) add(o counts) {
	c.lines += o.lines
	c.words += o.words
	c.bytes += o.bytes
}

// count reads r to its end. A word is a run of bytes other than space, tab, newline, vertical tab, form feed
// and carriage return.
func count(r io.Reader) (counts, error) {
	var c counts
	buf := make([]byte, 64*1024)
	inWord := false
	for {
		n, err := r.Read(buf)
		c.bytes += int64(n)
		for _, b := range buf[:n] {
			switch b {
			case '\n':
				c.lines++
				inWord = false
			case ' ', '\t', '\v', '\f', '\r':
				inWord = false
			default:
				if !inWord {
					c.words++
					inWord = true
				}
			}
		}
		if err == io.EOF {
			return c, nil
		}
		if err != nil {
			return c, err
		}
	}
}

var (
	onlyLines = flag.Bool("l", false, "print the line count only")
	onlyWords = flag.Bool("w", false, "print the word count only")
	onlyBytes = flag.Bool("c", false, "print the byte count only")
)

func show(out *bufio.Writer, c counts, name string) {
	all := !*onlyLines && !*onlyWords && !*onlyBytes
	if all || *onlyLines {
		fmt.Fprintf(out, " %7d", c.lines)
	}
	if all || *onlyWords {
		fmt.Fprintf(out, " %7d", c.words)
	}
	if all || *onlyBytes {
		fmt.Fprintf(out, " %7d", c.bytes)
	}
	if name != "" {
		fmt.Fprintf(out, " %s", name)
	}
	fmt.Fprintln(out)
}

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: wc [-l] [-w] [-c] [file...]")
		flag.PrintDefaults()
	}
	flag.Parse()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if flag.NArg() == 0 {
		c, err := count(os.Stdin)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			os.Exit(1)
		}
		show(out, c, "")
		return
	}
	var total counts
	status := 0
	for _, name := range flag.Args() {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			status = 1
			continue
		}
		c, err := count(f)
		f.Close()
		if err != nil {
			fmt.Fprintln(os.Stderr, "wc:", err)
			status = 1
			continue
		}
		show(out, c, name)
		total.add(c)
	}
	if flag.NArg() > 1 {
		show(out, total, "total")
	}
	if status != 0 {
		out.Flush()
		os.Exit(status)
	}
}
