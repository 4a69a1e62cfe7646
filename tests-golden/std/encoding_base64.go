package main

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

// slowReader hands out its text a few bytes at a time.
type slowReader struct {
	text string
	step int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if r.text == "" {
		return 0, io.EOF
	}
	n := r.step
	if n > len(r.text) {
		n = len(r.text)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.text[:n])
	r.text = r.text[n:]
	return n, nil
}

// failingWriter accepts limit bytes, then fails.
type failingWriter struct{ limit int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, errors.New("disk full")
	}
	w.limit -= len(p)
	return len(p), nil
}

var encodings = []struct {
	name string
	enc  *base64.Encoding
}{
	{"std", base64.StdEncoding},
	{"url", base64.URLEncoding},
	{"rawstd", base64.RawStdEncoding},
	{"rawurl", base64.RawURLEncoding},
	{"strict", base64.StdEncoding.Strict()},
	{"rawstrict", base64.RawStdEncoding.Strict()},
	{"star", base64.StdEncoding.WithPadding('*')},
}

func try(name string, f func()) {
	defer func() {
		if caught := recover(); caught != nil {
			fmt.Println(name, "panics:", caught)
		}
	}()
	f()
}

func main() {
	data := []byte("\xfb\xff\xbf any carnal pleas")
	for _, e := range encodings {
		fmt.Print(e.name, ":")
		for n := 0; n <= 6; n++ {
			fmt.Printf(" %q", e.enc.EncodeToString(data[:n]))
		}
		fmt.Println(" |", e.enc.EncodeToString(data), e.enc.EncodedLen(0), e.enc.EncodedLen(1), e.enc.EncodedLen(2), e.enc.EncodedLen(10), e.enc.DecodedLen(4), e.enc.DecodedLen(7), e.enc.DecodedLen(11))
	}

	inputs := []string{
		"", "YQ==", "YQ", "YWI=", "YWI", "YWJj", "YWJjZA==", "YWJjZA", "YWJjZA=", "YWJjZA===",
		"Y", "YW=", "Y===", "=", "====", "YQ==YQ==", "YQ==\n", "YQ=\n=", "YQ=\r\n=\n", "Y\nW\rJ\r\njZ\nA==",
		"\n\n", "YWJj\n", "YQ==x", "YQ== ", "YQ=x", "YR==", "YWJ=", "YWI*", "YQ**", "+/-_", "-_+/",
		"!!!!", "YWJj!", "YW Jj", "YWJjZGVmZ2hpams=", "YWJjZGVmZ2hpams", "YWJjZGVm$2hpams=",
		"YWJjZGVmZ2hp\nams=", "\xffQ==", "YQ=", "YWJjZGVmZ2hpamtsbW5vcA==", "YWJjZGVmZ2hpamtsbW5vcB==",
	}
	for _, s := range inputs {
		fmt.Printf("%q:", s)
		for _, e := range encodings {
			b, err := e.enc.DecodeString(s)
			fmt.Printf(" %s=%q", e.name, b)
			if err != nil {
				var c base64.CorruptInputError
				errors.As(err, &c)
				fmt.Printf("(%v|%d)", err, int64(c))
			}
		}
		fmt.Println()
	}

	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	for _, e := range encodings {
		text := e.enc.EncodeToString(all)
		back, err := e.enc.DecodeString(text)
		fmt.Println(e.name, len(text), text[:24], text[len(text)-12:], bytes.Equal(back, all), err)
	}
	big := bytes.Repeat([]byte("gosub\x00\xff"), 150000)
	bigText := base64.StdEncoding.EncodeToString(big)
	back, err := base64.StdEncoding.DecodeString(bigText)
	fmt.Println(len(bigText), bigText[:20], bytes.Equal(back, big), err)

	dst := make([]byte, 8)
	base64.URLEncoding.Encode(dst, []byte{0xfb, 0xff})
	fmt.Printf("%q\n", dst)
	raw := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(raw, []byte("aGk=aGk="))
	fmt.Println(n, err, raw)

	// A custom alphabet, and the panics of bad ones.
	custom := base64.NewEncoding("zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210._")
	c := custom.EncodeToString([]byte("custom!"))
	d, err := custom.DecodeString(c)
	fmt.Println(c, string(d), err)
	try("short", func() { base64.NewEncoding("abc") })
	try("newline", func() {
		base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n")
	})
	try("pad newline", func() { base64.StdEncoding.WithPadding('\n') })
	try("pad rune", func() { base64.StdEncoding.WithPadding('€') })
	try("pad in alphabet", func() { base64.StdEncoding.WithPadding('A') })
	fmt.Println(base64.StdPadding, base64.NoPadding, base64.CorruptInputError(7))

	// Streams.
	for _, e := range encodings[:3] {
		var sink bytes.Buffer
		w := base64.NewEncoder(e.enc, &sink)
		for _, part := range []string{"a", "bc", "defg", "", strings.Repeat("h", 2000), "ij"} {
			n, err := w.Write([]byte(part))
			if n != len(part) || err != nil {
				fmt.Println("write", n, err)
			}
		}
		fmt.Println(sink.Len(), w.Close(), sink.Len(), sink.String()[:16], sink.String()[sink.Len()-8:])
		for _, step := range []int{1, 5, 4096} {
			got, err := io.ReadAll(base64.NewDecoder(e.enc, &slowReader{sink.String(), step}))
			fmt.Println(step, len(got), string(got[:8]), string(got[len(got)-4:]), err)
		}
	}
	w := base64.NewEncoder(base64.StdEncoding, &failingWriter{limit: 100})
	n, err = w.Write(make([]byte, 1000))
	fmt.Println(n, err)
	n, err = w.Write([]byte("x"))
	fmt.Println(n, err, w.Close())

	for _, in := range []string{"aGVs\nbG8=\n", "aGVsbG8", "aGVsbG8=", "aGVsb", "aGV!bG8=", "aGVsbG8=aGk=", "\n\n\n", "aGVsbG8gd29ybGQ="} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			for _, step := range []int{1, 3, 100} {
				got, err := io.ReadAll(base64.NewDecoder(e, &slowReader{in, step}))
				fmt.Printf("%q %d %q %v\n", in, step, got, err)
			}
		}
	}
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8gd29ybGQ="))
	small := make([]byte, 2)
	for {
		n, err := r.Read(small)
		fmt.Printf("%d %q %v; ", n, small[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println()
}
