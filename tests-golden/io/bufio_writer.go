package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

// limited accepts writes until it has taken max bytes, then fails.
type limited struct {
	max  int
	got  strings.Builder
	hits int
}

func (l *limited) Write(p []byte) (int, error) {
	l.hits++
	room := l.max - l.got.Len()
	if room <= 0 {
		return 0, errors.New("disk full")
	}
	if len(p) > room {
		l.got.Write(p[:room])
		return room, errors.New("disk full")
	}
	l.got.Write(p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Println("size", w.Size(), "available", w.Available(), "buffered", w.Buffered())
	w.WriteString("hello, ")
	w.WriteByte('w')
	n, _ := w.WriteRune('ö')
	w.Write([]byte("rld"))
	fmt.Println("| rune bytes", n, "buffered", w.Buffered(), "available", w.Available())
	w.WriteString(" and a string longer than the buffer\n")
	w.Flush()
	fmt.Println("after flush", w.Buffered())

	l := &limited{max: 10}
	w = bufio.NewWriterSize(l, 4)
	n, err := w.WriteString("0123456789abcdef")
	fmt.Println("WriteString", n, err, w.Buffered())
	fmt.Println("Flush", w.Flush())
	fmt.Println("WriteByte", w.WriteByte('x'))
	_, err = w.WriteRune('é')
	fmt.Println("WriteRune", err)
	fmt.Printf("got %q after %d writes\n", l.got.String(), l.hits)
	w.Reset(os.Stdout)
	w.WriteString("reset clears the error\n")
	fmt.Println("Flush", w.Flush())

	// A large Write with an empty buffer goes straight through.
	l = &limited{max: 100}
	w = bufio.NewWriterSize(l, 16)
	w.Write([]byte(strings.Repeat("-", 40)))
	fmt.Println("direct write", l.hits, w.Buffered())

	// ReadFrom fills and flushes the buffer as it goes.
	w = bufio.NewWriterSize(os.Stdout, 16)
	k, err := w.ReadFrom(strings.NewReader("read from a reader, more than sixteen bytes\n"))
	fmt.Print("| ", k, " ", err, " ", w.Buffered(), "\n")
	w.Flush()

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("question?\n")), bufio.NewWriter(os.Stdout))
	line, _ := rw.ReadString('\n')
	rw.WriteString("answer to " + line)
	rw.Flush()

	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	fmt.Fprintf(bw, "%d-%s", 42, "x")
	fmt.Printf("before flush %q\n", sb.String())
	bw.Flush()
	fmt.Printf("after flush %q\n", sb.String())
	same := bufio.NewWriterSize(bw, 100)
	fmt.Println(same == bw, bufio.NewWriterSize(bw, 8192) == bw)
	rd := bufio.NewReaderSize(strings.NewReader(""), 100)
	fmt.Println(bufio.NewReaderSize(rd, 50) == rd, bufio.NewReader(rd) == rd)
	fmt.Println(bufio.NewWriterSize(os.Stdout, -1).Size())
}
