package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(strings.NewReader("line one\nline two\nline three"))
	fmt.Println("ReadFrom", n, err, b.Len())
	text, err := b.ReadString('\n')
	fmt.Printf("ReadString %q %v\n", text, err)
	lb, err := b.ReadBytes('\n')
	fmt.Printf("ReadBytes %q %v\n", lb, err)
	fmt.Println("UnreadByte", b.UnreadByte(), b.UnreadByte())
	fmt.Printf("Next %q\n", b.Next(5))
	fmt.Printf("Next %q\n", b.Next(100))
	fmt.Printf("Next %q\n", b.Next(1))
	lb, err = b.ReadBytes('\n')
	fmt.Printf("ReadBytes at end %q %v\n", lb, err)

	b.WriteString("añb")
	r, size, err := b.ReadRune()
	fmt.Printf("ReadRune %q %d %v\n", r, size, err)
	r, size, err = b.ReadRune()
	fmt.Printf("ReadRune %q %d %v\n", r, size, err)
	fmt.Println("UnreadRune", b.UnreadRune(), b.UnreadRune())
	b.ReadByte()
	fmt.Println("UnreadRune after ReadByte", b.UnreadRune())
	c, err := b.ReadByte()
	fmt.Printf("ReadByte %q %v\n", c, err)
	_, err = b.ReadByte()
	fmt.Println("ReadByte empty", err)
	_, _, err = b.ReadRune()
	fmt.Println("ReadRune empty", err)
	k, err := b.Read(make([]byte, 4))
	fmt.Println("Read empty", k, err)
	k, err = b.Read(nil)
	fmt.Println("Read nil", k, err)

	b.Reset()
	b.Grow(100)
	fmt.Println("Grow", b.Len(), b.Cap() >= 100)
	b.WriteString("truncate me")
	b.Truncate(8)
	fmt.Printf("Truncate %q\n", b.String())
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		b.Truncate(20)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		b.Grow(-1)
	}()
	b.Write([]byte("+appended"))
	fmt.Println(b.String())
	w, err := b.WriteTo(os.Stdout)
	fmt.Println(" WriteTo", w, err, b.Len())

	src := bytes.NewBufferString("copy through io.Copy\n")
	io.Copy(os.Stdout, src)
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
}
