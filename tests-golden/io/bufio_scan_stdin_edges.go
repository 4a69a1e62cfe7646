package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// Counts standard input's lines, words and runes three ways: with a line Scanner (each line split into words by a
// word Scanner over its text), and with a Reader's ReadRune. The input has "\r\n" endings, a line longer than the
// Scanner's first buffer, invalid UTF-8 and no final newline.
func main() {
	all, err := readAll()
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	lines, words, longest := 0, 0, 0
	sc := bufio.NewScanner(bytesReader(all))
	for sc.Scan() {
		lines++
		if n := len(sc.Bytes()); n > longest {
			longest = n
		}
		ws := bufio.NewScanner(bytesReader(sc.Bytes()))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			words++
		}
		if lines <= 3 {
			fmt.Printf("line %d: %q\n", lines, sc.Text())
		}
	}
	fmt.Println("lines", lines, "words", words, "longest", longest, "err", sc.Err())

	r := bufio.NewReader(bytesReader(all))
	runes, bad := 0, 0
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			break
		}
		runes++
		if size == 1 && c == utf8.RuneError {
			bad++
		}
	}
	fmt.Println("runes", runes, "invalid", bad, "RuneCount", utf8.RuneCount(all))
}

func readAll() ([]byte, error) {
	var all []byte
	buf := make([]byte, 1000)
	for {
		n, err := os.Stdin.Read(buf)
		all = append(all, buf[0:n]...)
		if err != nil {
			if err == io.EOF {
				return all, nil
			}
			return all, err
		}
	}
}

type sliceReader struct{ b []byte }

func bytesReader(b []byte) *sliceReader { return &sliceReader{b} }

// Read hands out at most 7 bytes at a time, so that tokens and runes straddle reads.
func (s *sliceReader) Read(p []byte) (int, error) {
	if len(s.b) == 0 {
		return 0, io.EOF
	}
	if len(p) > 7 {
		p = p[:7]
	}
	n := copy(p, s.b)
	s.b = s.b[n:]
	return n, nil
}
