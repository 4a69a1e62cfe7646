package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// slowReader hands out its text two bytes per Read, to show what the helpers do with short reads.
type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:least(2, len(p))], r.s)
	r.s = r.s[n:]
	return n, nil
}

// shortWriter accepts at most three bytes per Write and says nothing about the rest.
type shortWriter struct{ got []byte }

func (w *shortWriter) Write(p []byte) (int, error) {
	n := least(3, len(p))
	w.got = append(w.got, p[:n]...)
	return n, nil
}

func least(a, b int) int {
	if a < b {
		return a
	}
	return b
}

type upper struct{}

func (upper) WriteString(s string) (int, error) {
	fmt.Print(strings.ToUpper(s))
	return len(s), nil
}

func (upper) Write(p []byte) (int, error) {
	fmt.Print("[bytes]", string(p))
	return len(p), nil
}

func show(label string, n int, err error, b []byte) {
	fmt.Printf("%-14s n=%d err=%v %q\n", label, n, err, b)
}

func main() {
	buf := make([]byte, 5)
	n, err := io.ReadFull(&slowReader{"hello world"}, buf)
	show("ReadFull", n, err, buf[:n])
	n, err = io.ReadFull(&slowReader{"hey"}, buf)
	show("ReadFull short", n, err, buf[:n])
	n, err = io.ReadFull(&slowReader{""}, buf)
	show("ReadFull empty", n, err, buf[:n])
	n, err = io.ReadAtLeast(&slowReader{"abcdefgh"}, buf, 3)
	show("ReadAtLeast", n, err, buf[:n])
	n, err = io.ReadAtLeast(&slowReader{"abcdefgh"}, buf, 6)
	show("ReadAtLeast big", n, err, buf[:n])
	fmt.Println(errors.Is(err, io.ErrShortBuffer), io.ErrUnexpectedEOF, io.ErrNoProgress)

	all, err := io.ReadAll(&slowReader{"all of it"})
	fmt.Printf("ReadAll %q %v\n", all, err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	all, err = io.ReadAll(lr)
	fmt.Printf("LimitReader %q %v %d\n", all, err, lr.(*io.LimitedReader).N)

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, io.MultiReader(strings.NewReader("three "), strings.NewReader("")), strings.NewReader("four"))
	for {
		n, err := mr.Read(buf)
		fmt.Printf("multi %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}

	var sb strings.Builder
	tee := io.TeeReader(strings.NewReader("copied twice"), &sb)
	all, _ = io.ReadAll(tee)
	fmt.Printf("tee %q %q\n", all, sb.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789abcdef"), 4, 8)
	fmt.Println("size", sr.Size())
	all, _ = io.ReadAll(sr)
	fmt.Printf("section %q\n", all)
	pos, err := sr.Seek(-3, io.SeekEnd)
	fmt.Println("seek end", pos, err)
	n, err = sr.Read(buf)
	show("after seek", n, err, buf[:n])
	pos, err = sr.Seek(2, io.SeekStart)
	fmt.Println("seek start", pos, err)
	pos, err = sr.Seek(1, io.SeekCurrent)
	fmt.Println("seek current", pos, err)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println("seek before", err)
	_, err = sr.Seek(0, 7)
	fmt.Println("seek whence", err)
	n, err = sr.ReadAt(buf, 5)
	show("ReadAt 5", n, err, buf[:n])
	n, err = sr.ReadAt(buf, 1)
	show("ReadAt 1", n, err, buf[:n])
	n, err = sr.ReadAt(buf, 8)
	show("ReadAt 8", n, err, buf[:n])

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println("NopCloser", rc.Close())
	_, isWT := rc.(io.WriterTo)
	_, isWT2 := io.NopCloser(&slowReader{}).(io.WriterTo)
	fmt.Println("keeps WriterTo", isWT, isWT2)

	k, err := io.Copy(io.Discard, strings.NewReader("discarded"))
	fmt.Println("Discard", k, err)
	k, err = io.CopyN(os.Stdout, strings.NewReader("copy n bytes\n"), 5)
	fmt.Println("|CopyN", k, err)
	k, err = io.CopyN(os.Stdout, strings.NewReader("short"), 10)
	fmt.Println("|CopyN past end", k, err)

	sw := &shortWriter{}
	k, err = io.Copy(sw, &slowReader{"abcdef"})
	fmt.Println("short write", k, err, string(sw.got))

	k, err = io.CopyBuffer(os.Stdout, &slowReader{"through my buffer\n"}, make([]byte, 3))
	fmt.Println("CopyBuffer", k, err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(os.Stdout, &slowReader{"x"}, make([]byte, 0))
	}()

	io.WriteString(upper{}, "string writer\n")
	io.WriteString(struct{ io.Writer }{upper{}}, "plain writer\n")
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
