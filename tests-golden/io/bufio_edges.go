package main

// Edge cases of bufio beyond the everyday ones: how many calls reach the underlying reader or writer, the
// errors of broken split functions and writers, and the panics of a misused Scanner.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logWriter reports each call it gets; it fails after limit bytes when limit is positive.
type logWriter struct {
	got   bytes.Buffer
	limit int
}

func (w *logWriter) Write(p []byte) (int, error) {
	fmt.Printf("  Write(%q)\n", p)
	if w.limit > 0 && w.got.Len()+len(p) > w.limit {
		n := w.limit - w.got.Len()
		w.got.Write(p[:n])
		return n, errors.New("disk full")
	}
	return w.got.Write(p)
}

// stringLogWriter also has WriteString, which bufio uses for long strings when nothing is buffered.
type stringLogWriter struct{ logWriter }

func (w *stringLogWriter) WriteString(s string) (int, error) {
	fmt.Printf("  WriteString(%q)\n", s)
	return w.got.WriteString(s)
}

// shortWriter claims to write one byte less than it is given, without an error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

// chunks returns its pieces one per Read, then its error.
type chunks struct {
	pieces []string
	end    error
}

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.pieces) == 0 {
		return 0, c.end
	}
	n := copy(p, c.pieces[0])
	if n == len(c.pieces[0]) {
		c.pieces = c.pieces[1:]
	} else {
		c.pieces[0] = c.pieces[0][n:]
	}
	fmt.Printf("  Read(len %d) = %d\n", len(p), n)
	return n, nil
}

// onlyReader hides the WriterTo of what it wraps.
type onlyReader struct{ io.Reader }

// onlyWriter hides the ReaderFrom of what it wraps.
type onlyWriter struct{ io.Writer }

// zeroReader never makes progress.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

// liar claims more bytes than it was given room for.
type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

func catch(name string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", name, recover()) }()
	f()
}

func main() {
	fmt.Println("Writer.WriteString to a StringWriter")
	sw := &stringLogWriter{}
	bw := bufio.NewWriterSize(sw, 16)
	n, err := bw.WriteString("this string is longer than sixteen bytes")
	fmt.Println(" ", n, err, bw.Buffered())
	bw.WriteString("short ")
	n, err = bw.WriteString("and now a long one after the short one")
	fmt.Println(" ", n, err, bw.Buffered())
	fmt.Println(" ", bw.Flush(), sw.got.String())

	fmt.Println("Writer.Write")
	lw := &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	n, err = bw.Write([]byte("0123456789abcdef"))
	fmt.Println(" ", n, err, bw.Buffered(), bw.Available())
	bw.Write([]byte("xy"))
	n, err = bw.Write([]byte("0123456789"))
	fmt.Println(" ", n, err, bw.Buffered())
	bw.Flush()

	fmt.Println("Writer errors stick")
	lw = &logWriter{limit: 10}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("abcdefg")
	n, err = bw.WriteString("hijklmnop")
	fmt.Println(" ", n, err, bw.Buffered())
	fmt.Println(" ", bw.Flush(), bw.WriteByte('z'))
	_, err = bw.WriteRune('é')
	fmt.Println(" ", err)
	bw.Reset(lw)
	fmt.Println("  after Reset", bw.Buffered(), bw.WriteByte('q'), bw.Buffered())

	bw = bufio.NewWriter(shortWriter{})
	bw.WriteString("abc")
	fmt.Println("short write:", bw.Flush(), bw.Buffered())

	fmt.Println("WriteRune into a tiny buffer")
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 2)
	for _, r := range "aé€😀" {
		n, err := bw.WriteRune(r)
		fmt.Println(" ", string(r), n, err)
	}
	bw.Flush()
	fmt.Printf("  %q\n", lw.got.String())
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 5)
	bw.WriteString("abc")
	bw.WriteRune('€')
	fmt.Println("  buffered", bw.Buffered())
	bw.Flush()

	fmt.Println("Writer.ReadFrom")
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("ab")
	m, err := bw.ReadFrom(&chunks{pieces: []string{"cdef", "ghijklmnop", "q"}, end: io.EOF})
	fmt.Println(" ", m, err, bw.Buffered())
	bw.Flush()
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 4)
	m, err = bw.ReadFrom(&chunks{pieces: []string{"wxyz"}, end: io.EOF})
	fmt.Println("  brim", m, err, bw.Buffered())
	var into bytes.Buffer
	bw = bufio.NewWriterSize(&into, 4)
	m, err = bw.ReadFrom(strings.NewReader("straight through ReadFrom"))
	fmt.Println("  ReaderFrom", m, err, bw.Buffered(), into.String())
	bw = bufio.NewWriterSize(onlyWriter{&into}, 4)
	m, err = bw.ReadFrom(zeroReader{})
	fmt.Println("  no progress", m, err)
	m, err = bw.ReadFrom(&chunks{pieces: []string{"ab"}, end: errors.New("broken")})
	fmt.Println("  broken", m, err, bw.Buffered())

	fmt.Println("Reader.WriteTo")
	r := bufio.NewReaderSize(&chunks{pieces: []string{"0123456789abcdef", "ghij", "k"}, end: io.EOF}, 16)
	r.ReadByte()
	lw = &logWriter{}
	m, err = r.WriteTo(lw)
	fmt.Println(" ", m, err, lw.got.String())
	r = bufio.NewReaderSize(&chunks{pieces: []string{"abc", "def"}, end: errors.New("cut")}, 16)
	m, err = r.WriteTo(&logWriter{})
	fmt.Println(" ", m, err)
	r = bufio.NewReaderSize(strings.NewReader("via the reader's own WriteTo"), 16)
	r.Peek(3)
	into.Reset()
	m, err = r.WriteTo(onlyWriter{&into})
	fmt.Println(" ", m, err, into.String())
	r = bufio.NewReaderSize(onlyReader{strings.NewReader("via the writer's ReadFrom")}, 16)
	into.Reset()
	m, err = r.WriteTo(&into)
	fmt.Println(" ", m, err, into.String())
	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefXYZ"), 16)
	r.ReadByte()
	m, err = r.WriteTo(&logWriter{limit: 3})
	fmt.Println("  failing writer", m, err)

	fmt.Println("Reader.Read")
	r = bufio.NewReaderSize(&chunks{pieces: []string{"0123456789abcdefghij", "tail"}, end: io.EOF}, 16)
	big := make([]byte, 32)
	k, err := r.Read(big)
	fmt.Printf("  %d %v %q\n", k, err, big[:k])
	fmt.Println("  unread after direct read", r.UnreadByte(), r.Buffered())
	small := make([]byte, 3)
	for {
		k, err := r.Read(small)
		fmt.Printf("  %d %v %q\n", k, err, small[:k])
		if err != nil {
			break
		}
	}
	k, err = r.Read(nil)
	fmt.Println("  empty read at end", k, err)
	r = bufio.NewReader(strings.NewReader("x"))
	k, err = r.Read(nil)
	fmt.Println("  empty read", k, err, r.Buffered())
	r = bufio.NewReader(zeroReader{})
	_, err = r.ReadByte()
	fmt.Println("  zero reader", err)

	fmt.Println("Unread rules")
	r = bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz"), 16)
	fmt.Println(" ", r.UnreadByte(), r.UnreadRune())
	r.ReadRune()
	r.Peek(2)
	fmt.Println("  after Peek", r.UnreadByte(), r.UnreadRune())
	r.ReadByte()
	r.Discard(1)
	fmt.Println("  after Discard", r.UnreadByte())
	r.ReadByte()
	fmt.Println("  after ReadByte", r.UnreadRune(), r.UnreadByte())
	c, _ := r.ReadByte()
	fmt.Println("  again", string(c))
	line, _ := r.ReadSlice('p')
	fmt.Printf("  slice %q unread %v\n", line, r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Println("  again", string(c))
	var empty bufio.Reader
	empty.Reset(strings.NewReader("zero value"))
	s, err := empty.ReadString(' ')
	fmt.Printf("  zero Reader %q %v %d\n", s, err, empty.Size())
	fmt.Println("  same reader", bufio.NewReaderSize(r, 8) == r, bufio.NewReaderSize(r, 64) == r)
	fmt.Println("  same writer", bufio.NewWriterSize(bw, 2) == bw, bufio.NewWriterSize(bw, 64) == bw)

	fmt.Println("ReadLine")
	r = bufio.NewReaderSize(strings.NewReader("fifteen chars\r\r\nx\n\r\n\nlast\r"), 16)
	for {
		l, prefix, err := r.ReadLine()
		fmt.Printf("  %q %v %v\n", l, prefix, err)
		if err != nil {
			break
		}
	}

	fmt.Println("Scanner")
	sc := bufio.NewScanner(strings.NewReader("a\xffb€\xe2\x82"))
	sc.Split(bufio.ScanRunes)
	scanAll("runes", sc)
	sc = bufio.NewScanner(strings.NewReader("  one\u00a0two\u2003three\n\tfour  "))
	sc.Split(bufio.ScanWords)
	scanAll("words", sc)
	sc = bufio.NewScanner(strings.NewReader("x\r\ny\rz\n\n"))
	scanAll("lines", sc)
	sc = bufio.NewScanner(strings.NewReader("1,2,STOP,3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, ',')
		if i < 0 {
			if atEOF {
				return len(data), data, nil
			}
			return 0, nil, nil
		}
		if string(data[:i]) == "STOP" {
			return i + 1, []byte("stopped"), bufio.ErrFinalToken
		}
		return i + 1, data[0:i], nil
	})
	scanAll("final", sc)
	fmt.Println("  again", sc.Scan())
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative", sc)
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	scanAll("too far", sc)
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, errors.New("my split failed") })
	scanAll("own error", sc)
	sc = bufio.NewScanner(liar{})
	scanAll("liar", sc)
	sc = bufio.NewScanner(zeroReader{})
	scanAll("zero", sc)
	sc = bufio.NewScanner(&chunks{pieces: []string{"ab", "cd\nef"}, end: errors.New("link down")})
	scanAll("broken", sc)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nok\n"))
	sc.Buffer(make([]byte, 4), 32)
	scanAll("small max", sc)
	sc = bufio.NewScanner(&chunks{pieces: []string{"abcdefghij", "klmnopqrstuvwxyz\n", "end"}, end: io.EOF})
	sc.Buffer(make([]byte, 0, 8), 64)
	scanAll("growing", sc)
	sc = bufio.NewScanner(strings.NewReader(""))
	calls := 0
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		return 0, []byte{}, nil
	})
	catch("empty tokens", func() {
		for sc.Scan() {
		}
	})
	fmt.Println("  split calls", calls)
	catch("Buffer after Scan", func() { sc.Buffer(nil, 10) })
	catch("Split after Scan", func() { sc.Split(bufio.ScanBytes) })
	toks, adv := []string{}, 0
	for _, in := range []string{"", "a", "ab"} {
		a, t, e := bufio.ScanBytes([]byte(in), true)
		adv += a
		toks = append(toks, fmt.Sprintf("%q/%v", t, e))
	}
	fmt.Println("ScanBytes", toks, adv)
	a, t, e := bufio.ScanRunes([]byte("\xe2\x82"), false)
	fmt.Printf("ScanRunes partial %d %q %v\n", a, t, e)
	a, t, e = bufio.ScanWords([]byte("   wor"), false)
	fmt.Printf("ScanWords partial %d %q %v\n", a, t, e)
	a, t, e = bufio.ScanLines([]byte("no newline yet"), false)
	fmt.Printf("ScanLines partial %d %q %v\n", a, t, e)
}
