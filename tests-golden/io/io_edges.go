package main

// The corners of package io's helpers: what ReadAtLeast says when the input ends with or without the last
// bytes, how Copy treats writers that lie about their count, seeking a section, and MultiWriter's short writes.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// pieces returns its strings one per Read; the last one comes with err.
type pieces struct {
	parts []string
	err   error
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.parts) == 0 {
		return 0, p.err
	}
	n := copy(b, p.parts[0])
	p.parts = p.parts[1:]
	if len(p.parts) == 0 {
		return n, p.err
	}
	return n, nil
}

// claims writes nothing and says it wrote n bytes, with err.
type claims struct {
	n   int
	err error
}

func (c claims) Write(p []byte) (int, error) { return c.n, c.err }

// stringsOnly counts the WriteString calls it gets.
type stringsOnly struct {
	bytes.Buffer
	calls int
}

func (s *stringsOnly) WriteString(str string) (int, error) {
	s.calls++
	return s.Buffer.WriteString(str)
}

// onlyReader hides every method but Read.
type onlyReader struct{ io.Reader }

func main() {
	buf := make([]byte, 6)
	for _, probe := range []struct {
		name string
		r    io.Reader
		min  int
	}{
		{"exact with EOF", &pieces{[]string{"abc", "def"}, io.EOF}, 6},
		{"enough then error", &pieces{[]string{"abcd"}, errors.New("late")}, 3},
		{"part then EOF", &pieces{[]string{"ab"}, io.EOF}, 4},
		{"nothing then EOF", &pieces{nil, io.EOF}, 1},
		{"part then error", &pieces{[]string{"ab"}, errors.New("broken")}, 4},
		{"min 0", &pieces{nil, errors.New("never read")}, 0},
		{"min too big", strings.NewReader("abcdefgh"), 7},
	} {
		n, err := io.ReadAtLeast(probe.r, buf, probe.min)
		fmt.Printf("ReadAtLeast %s: %d %v %q\n", probe.name, n, err, buf[:n])
	}
	n, err := io.ReadFull(&pieces{[]string{"ab", "cd", "ef", "gh"}, nil}, buf)
	fmt.Printf("ReadFull: %d %v %q\n", n, err, buf[:n])

	var out bytes.Buffer
	w, err := io.CopyN(&out, strings.NewReader("short"), 10)
	fmt.Println("CopyN short:", w, err, out.String())
	w, err = io.CopyN(&out, &pieces{[]string{"ab"}, errors.New("cut")}, 10)
	fmt.Println("CopyN error:", w, err)
	w, err = io.CopyN(io.Discard, strings.NewReader("exactly"), 7)
	fmt.Println("CopyN exact:", w, err)
	for _, c := range []claims{{-1, nil}, {99, nil}, {2, nil}, {2, errors.New("full")}, {-1, errors.New("odd")}} {
		w, err := io.Copy(c, onlyReader{strings.NewReader("abcdef")})
		fmt.Printf("Copy to a writer claiming %d: %d %v\n", c.n, w, err)
	}
	w, err = io.Copy(&out, onlyReader{&pieces{[]string{"xy", "z"}, errors.New("source broke")}})
	fmt.Println("Copy source error:", w, err)
	func() {
		defer func() { fmt.Println("CopyBuffer empty:", recover()) }()
		io.CopyBuffer(&out, strings.NewReader("x"), []byte{})
	}()
	out.Reset()
	w, err = io.CopyBuffer(&out, onlyReader{strings.NewReader("through a tiny buffer")}, make([]byte, 3))
	fmt.Println("CopyBuffer tiny:", w, err, out.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	for _, s := range []struct {
		off    int64
		whence int
	}{{1, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {3, io.SeekEnd}, {-1, io.SeekStart}, {0, 7}} {
		pos, err := sr.Seek(s.off, s.whence)
		b := make([]byte, 2)
		k, rerr := sr.Read(b)
		fmt.Printf("Seek(%d, %d) = %d %v; Read %q %v\n", s.off, s.whence, pos, err, b[:k], rerr)
	}
	for _, off := range []int64{-1, 0, 3, 4, 5} {
		b := make([]byte, 3)
		k, err := sr.ReadAt(b, off)
		fmt.Printf("ReadAt %d: %q %v\n", off, b[:k], err)
	}
	fmt.Println("Size", sr.Size())
	huge := io.NewSectionReader(strings.NewReader("abc"), 1, 1<<63-1)
	fmt.Println("huge size", huge.Size())
	end, err := huge.Seek(0, io.SeekEnd)
	fmt.Println("huge end", end, err)

	s1, s2 := &stringsOnly{}, &stringsOnly{}
	var plain bytes.Buffer
	mw := io.MultiWriter(s1, io.MultiWriter(&plain, s2))
	k, err := io.WriteString(mw, "to all")
	fmt.Println("MultiWriter:", k, err, s1.String(), plain.String(), s2.String(), s1.calls, s2.calls)
	k, err = mw.Write([]byte("!"))
	fmt.Println("MultiWriter bytes:", k, err, s1.String(), s1.calls)
	mw = io.MultiWriter(&plain, claims{1, nil}, s1)
	k, err = mw.Write([]byte("abc"))
	fmt.Println("MultiWriter short:", k, err, s1.String())
	k, err = io.WriteString(mw, "abc")
	fmt.Println("MultiWriter short string:", k, err)
	mw = io.MultiWriter(claims{0, errors.New("refused")}, s1)
	k, err = mw.Write([]byte("abc"))
	fmt.Println("MultiWriter error:", k, err, s1.String())

	_, isWriterTo := io.NopCloser(strings.NewReader("x")).(io.WriterTo)
	_, plainIsWriterTo := io.NopCloser(onlyReader{strings.NewReader("x")}).(io.WriterTo)
	fmt.Println("NopCloser WriterTo:", isWriterTo, plainIsWriterTo)
	out.Reset()
	w, err = io.NopCloser(strings.NewReader("written by the inner reader")).(io.WriterTo).WriteTo(&out)
	fmt.Println("NopCloser WriteTo:", w, err, out.String())

	tee := io.TeeReader(strings.NewReader("abcdef"), claims{1, errors.New("tee full")})
	b := make([]byte, 4)
	k, err = tee.Read(b)
	fmt.Println("TeeReader failing:", k, err)

	mr := io.MultiReader(strings.NewReader("ab"), io.MultiReader(strings.NewReader(""), strings.NewReader("cd")),
		&pieces{[]string{"ef"}, errors.New("mid-stream")}, strings.NewReader("never"))
	for {
		k, err := mr.Read(b)
		fmt.Printf("MultiReader %q %v\n", b[:k], err)
		if err != nil {
			break
		}
	}
	out.Reset()
	mr = io.MultiReader(strings.NewReader("ab"), io.MultiReader(strings.NewReader("cd"), strings.NewReader("ef")))
	w, err = io.Copy(&out, mr)
	fmt.Println("MultiReader WriteTo:", w, err, out.String())
	k, err = mr.Read(b)
	fmt.Println("MultiReader after end:", k, err)

	lr := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 4}
	all, err := io.ReadAll(lr)
	fmt.Printf("LimitedReader %q %v N=%d\n", all, err, lr.N)
	lr.N = -3
	k, err = lr.Read(b)
	fmt.Println("LimitedReader negative:", k, err)
}
