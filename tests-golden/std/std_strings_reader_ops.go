package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky is a writer without WriteString that takes at most 3 bytes a call, to see each step of a copy
type chunky struct{ got []string }

func (c *chunky) Write(p []byte) (int, error) {
	if len(p) > 3 {
		p = p[:3]
	}
	c.got = append(c.got, string(p))
	return len(p), nil
}

// calls records the size of each Write (and has no WriteString)
type calls struct {
	sizes []int
	data  []byte
}

func (c *calls) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	c.data = append(c.data, p...)
	return len(p), nil
}

type failing struct{ after int }

func (f *failing) Write(p []byte) (int, error) {
	if f.after <= 0 {
		return 0, errors.New("full")
	}
	n := len(p)
	if n > f.after {
		n = f.after
	}
	f.after -= n
	return n, nil
}

func main() {
	s := "héllo, wörld\xff\xfe end €"
	r := strings.NewReader(s)
	buf := make([]byte, 5)
	for {
		n, err := r.Read(buf)
		fmt.Printf("Read %d %q %v len=%d\n", n, buf[:n], err, r.Len())
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println("Read nil at end", n, err)

	r.Reset(s)
	n, err = r.Read(nil)
	fmt.Println("Read nil", n, err)
	for _, off := range []int64{0, 3, int64(len(s)) - 2, int64(len(s)), 100, -1} {
		b := make([]byte, 4)
		n, err := r.ReadAt(b, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, b[:n], err)
	}

	for {
		c, width, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune", err, r.UnreadRune())
			break
		}
		fmt.Printf("%q/%d ", c, width)
	}
	fmt.Println()
	r.Seek(-4, io.SeekEnd)
	ch, size, _ := r.ReadRune()
	fmt.Printf("last rune %q %d, unread %v, again %v, len %d\n", ch, size, r.UnreadRune(), r.UnreadRune(), r.Len())
	r.Seek(-1, io.SeekEnd)
	ch, size, _ = r.ReadRune()
	fmt.Printf("cut rune %q %d\n", ch, size)

	r.Reset("ab")
	c1, _ := r.ReadByte()
	fmt.Println(c1, r.UnreadByte(), r.UnreadByte(), r.Len())
	pos, err := r.Seek(10, io.SeekStart)
	c2, err2 := r.ReadByte()
	fmt.Println(pos, err, c2, err2, r.Len(), r.Size())
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)

	r.Reset("0123456789abcdef")
	r.Seek(5, io.SeekStart)
	w := &chunky{}
	wn, err := r.WriteTo(w)
	fmt.Println("WriteTo", wn, err, w.got, r.Len())
	r.Seek(2, io.SeekStart)
	var sb strings.Builder
	wn, err = r.WriteTo(&sb)
	fmt.Println("WriteTo builder", wn, err, sb.String())
	r.Seek(0, io.SeekStart)
	wn, err = r.WriteTo(&failing{after: 7})
	fmt.Println("WriteTo failing", wn, err, r.Len())

	// a long text through the reader, a scanner and a buffered writer
	var long strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&long, "line %d ünïcode %s\n", i, strings.Repeat("x", i%37))
	}
	text := long.String()
	total, lines := 0, 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		total += len(sc.Text())
		lines++
	}
	fmt.Println("scanned", lines, total, sc.Err())
	all, err := io.ReadAll(strings.NewReader(text))
	fmt.Println("ReadAll", len(all), string(all) == text, err)
	runes := 0
	rr := strings.NewReader(text)
	for {
		if _, _, err := rr.ReadRune(); err != nil {
			break
		}
		runes++
	}
	fmt.Println("runes", runes)

	cw := &chunky{}
	bw := bufio.NewWriterSize(cw, 16)
	bw.WriteString("ab")
	k, err := bw.WriteString("the quick brown fox jumps over the lazy dog")
	fmt.Println("bufio WriteString", k, err, bw.Buffered())
	bw.Flush()
	fmt.Println(strings.Join(cw.got, "|"))
	pw := &calls{}
	bw = bufio.NewWriterSize(pw, 16)
	bw.WriteString("12345")
	k, err = bw.WriteString("the quick brown fox jumps over the lazy dog")
	fmt.Println("bufio WriteString plain", k, err, bw.Buffered(), pw.sizes)
	bw.Flush()
	fmt.Println(string(pw.data), pw.sizes)
	var out strings.Builder
	bw = bufio.NewWriterSize(&out, 16)
	k, err = bw.WriteString(text)
	bw.Flush()
	fmt.Println("bufio WriteString builder", k, err, out.String() == text)
	bw = bufio.NewWriterSize(&failing{after: 20}, 16)
	k, err = bw.WriteString(text)
	fmt.Println("bufio WriteString failing", k, err)

	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc€\xe2\x82", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("ok ünï", "?"))
	fmt.Printf("%q\n", strings.ToValidUTF8("\xff\xffx\xff", ""))

	var a, b2 string
	var x int
	cnt, err := fmt.Sscan("ünï  cödé 42", &a, &b2, &x)
	fmt.Println(cnt, err, a, b2, x)
}
