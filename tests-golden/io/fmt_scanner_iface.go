package main

import (
	"errors"
	"fmt"
	"strings"
)

// coord scans itself from "(x,y)", reading runes through the ScanState.
type coord struct{ x, y int }

func (c *coord) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return errors.New("coord must start with (")
	}
	_, err = fmt.Fscanf(state, "%d,%d)", &c.x, &c.y)
	return err
}

// upper takes the next token with Token and keeps it in capitals; %5v limits it through Width.
type upper string

func (u *upper) Scan(state fmt.ScanState, verb rune) error {
	wid, ok := state.Width()
	tok, err := state.Token(true, func(r rune) bool { return r != ',' && r != ' ' })
	if err != nil {
		return err
	}
	*u = upper(strings.ToUpper(string(tok)) + fmt.Sprint("/", verb == 'v', wid, ok))
	return nil
}

// eofScanner reports io.EOF, which fmt turns into an unexpected EOF.
type eofScanner struct{}

func (*eofScanner) Scan(state fmt.ScanState, verb rune) error {
	_, _, err := state.ReadRune()
	return err
}

func main() {
	var a, b coord
	n, err := fmt.Sscan("(1,2) (30,-4)", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("[1,2]", &a)
	fmt.Println(n, err)
	var u1, u2 upper
	n, err = fmt.Sscanf("hello,world", "%v,%3s", &u1, &u2)
	fmt.Println(n, err, u1, u2)
	var e eofScanner
	n, err = fmt.Sscan("", &e)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("x", &u1, &e)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	var ss readAttempt
	fmt.Sscan("abc", &ss)
	_ = buf
}

type readAttempt struct{}

func (*readAttempt) Scan(state fmt.ScanState, verb rune) error {
	_, err := state.Read(make([]byte, 2))
	fmt.Println("Read:", err)
	return nil
}
