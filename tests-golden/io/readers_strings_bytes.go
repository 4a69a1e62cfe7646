package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// runeReader is what strings.Reader and bytes.Reader have in common.
type reader interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.WriterTo
	io.ByteScanner
	io.RuneScanner
	Len() int
	Size() int64
}

func exercise(name string, r reader) {
	fmt.Println("==", name, r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("Read %q %v len=%d\n", buf[:n], err, r.Len())
	n, err = r.ReadAt(buf, 7)
	fmt.Printf("ReadAt 7 %q %v\n", buf[:n], err)
	n, err = r.ReadAt(buf, 11)
	fmt.Printf("ReadAt 11 %q %v\n", buf[:n], err)
	n, err = r.ReadAt(buf, 100)
	fmt.Printf("ReadAt 100 %q %v\n", buf[:n], err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println("ReadAt -1", err)
	c, err := r.ReadByte()
	fmt.Printf("ReadByte %q %v\n", c, err)
	fmt.Println("UnreadByte", r.UnreadByte())
	fmt.Println("UnreadRune", r.UnreadRune())
	ru, size, err := r.ReadRune()
	fmt.Printf("ReadRune %q %d %v\n", ru, size, err)
	ru, size, err = r.ReadRune()
	fmt.Printf("ReadRune %q %d %v\n", ru, size, err)
	fmt.Println("UnreadRune", r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println("Seek end", pos, err)
	pos, err = r.Seek(1, io.SeekCurrent)
	fmt.Println("Seek current", pos, err, r.Len())
	k, err := r.WriteTo(os.Stdout)
	fmt.Println(" WriteTo", k, err, r.Len())
	n, err = r.Read(buf)
	fmt.Println("Read at end", n, err)
	_, _, err = r.ReadRune()
	fmt.Println("ReadRune at end", err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println("Seek negative", err)
	_, err = r.Seek(0, 3)
	fmt.Println("Seek whence", err)
	pos, err = r.Seek(50, io.SeekStart)
	fmt.Println("Seek past end", pos, err, r.Len())
	_, err = r.ReadByte()
	fmt.Println("ReadByte past end", err)
	r.Seek(0, io.SeekStart)
	fmt.Println("UnreadByte at start", r.UnreadByte())
	r.ReadRune()
	r.Seek(0, io.SeekStart)
	fmt.Println("UnreadRune at start", r.UnreadRune())
}

func main() {
	text := "héllo, wörld"
	sr := strings.NewReader(text)
	exercise("strings.Reader", sr)
	sr.Reset("reset")
	fmt.Println(sr.Len(), sr.Size())
	br := bytes.NewReader([]byte(text))
	exercise("bytes.Reader", br)
	br.Reset([]byte("again"))
	all, _ := io.ReadAll(br)
	fmt.Printf("%q\n", all)
	var empty bytes.Reader
	n, err := empty.Read(make([]byte, 3))
	fmt.Println("zero Reader", n, err, empty.Len())
}
