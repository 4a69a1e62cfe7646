package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func scanAll(label string, input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(split)
	var tokens []string
	for sc.Scan() {
		tokens = append(tokens, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: %s err=%v\n", label, strings.Join(tokens, " "), sc.Err())
}

// commas splits at commas; an empty input yields nothing, a trailing field is returned at EOF.
func commas(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[0:i], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// untilStop ends the scan after the token "STOP", without an error.
func untilStop(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && tok != nil && string(tok) == "STOP" {
		return adv, tok, bufio.ErrFinalToken
	}
	return adv, tok, err
}

var errBadDigit = errors.New("not a digit")

func digitsOnly(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanRunes(data, atEOF)
	if tok != nil && (tok[0] < '0' || tok[0] > '9') {
		return 0, nil, errBadDigit
	}
	return adv, tok, err
}

func main() {
	scanAll("words", "  the quick\tbrown\n\nfox\u00a0jumps\u2003over \u3000 ", bufio.ScanWords)
	scanAll("words empty", " \t\n ", bufio.ScanWords)
	scanAll("runes", "añ€\xffz\xe2\x82", bufio.ScanRunes)
	scanAll("bytes", "añ", bufio.ScanBytes)
	scanAll("lines", "a\n\nb\r\n", bufio.ScanLines)
	scanAll("commas", "x,,y,z", commas)
	scanAll("final", "one two STOP three", untilStop)
	scanAll("digits", "123x45", digitsOnly)
	scanAll("negative", "abc", func(data []byte, atEOF bool) (int, []byte, error) { return -1, data, nil })
	scanAll("too far", "abc", func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil })

	sc := bufio.NewScanner(strings.NewReader("x"))
	sc.Scan()
	for _, f := range []func(){
		func() { sc.Buffer(make([]byte, 10), 10) },
		func() { sc.Split(bufio.ScanWords) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrFinalToken, bufio.ErrBadReadCount)
}
