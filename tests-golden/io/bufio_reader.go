package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// drip gives its text one byte per Read, as a slow pipe would.
type drip struct{ s string }

func (d *drip) Read(p []byte) (int, error) {
	if d.s == "" {
		return 0, io.EOF
	}
	p[0] = d.s[0]
	d.s = d.s[1:]
	return 1, nil
}

// silent never returns data nor an error.
type silent struct{}

func (silent) Read(p []byte) (int, error) { return 0, nil }

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	for {
		text, err := r.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", text, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReader(&drip{"one;two;three"})
	for {
		b, err := r.ReadBytes(';')
		fmt.Printf("ReadBytes %q %v\n", b, err)
		if err != nil {
			break
		}
	}

	// The smallest buffer is 16 bytes: longer lines come in pieces.
	r = bufio.NewReaderSize(strings.NewReader("short\r\na line longer than sixteen bytes\nabcdefghijklmno\r\nend\r"), 4)
	fmt.Println("size", r.Size())
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("ReadLine %q %v %v\n", line, prefix, err)
		if err != nil {
			break
		}
	}

	r = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghij\nrest"), 16)
	s, err := r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", s, err)
	s, err = r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", s, err)
	s, err = r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", s, err)
	big, err := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16).ReadString('\n')
	fmt.Println("ReadString across buffers", len(big), err)

	r = bufio.NewReaderSize(strings.NewReader("peekaboo, said the reader"), 16)
	p, err := r.Peek(4)
	fmt.Printf("Peek %q %v buffered=%d\n", p, err, r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("Peek %q %v\n", p, err)
	_, err = r.Peek(-1)
	fmt.Println("Peek -1", err)
	n, err := r.Discard(10)
	fmt.Println("Discard", n, err, r.Buffered())
	n, err = r.Discard(100)
	fmt.Println("Discard", n, err)
	_, err = r.Discard(-1)
	fmt.Println("Discard -1", err)
	p, err = r.Peek(1)
	fmt.Printf("Peek at end %q %v\n", p, err)

	r = bufio.NewReader(strings.NewReader("héllo"))
	c, err := r.ReadByte()
	fmt.Println("ReadByte", string(c), err)
	fmt.Println("UnreadByte", r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println("ReadRune", string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println("ReadRune", string(ru), size, err)
	fmt.Println("UnreadRune", r.UnreadRune(), r.UnreadRune())
	r.ReadRune()
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte", r.UnreadRune())
	fmt.Println("UnreadByte after ReadByte", r.UnreadByte())
	r.Peek(1)
	fmt.Println("UnreadByte after Peek", r.UnreadByte())
	rest, _ := io.ReadAll(r)
	fmt.Printf("rest %q\n", rest)
	_, _, err = r.ReadRune()
	fmt.Println("ReadRune at end", err)
	_, err = r.ReadByte()
	fmt.Println("ReadByte at end", err)

	// Read: buffered bytes first, then one underlying read; a large p bypasses the buffer.
	r = bufio.NewReaderSize(&drip{"abcdefghijklmnopqrstuvwxyz"}, 16)
	buf := make([]byte, 8)
	n, err = r.Read(buf)
	fmt.Printf("Read %q %v\n", buf[:n], err)
	n, err = r.Read(buf[:0])
	fmt.Println("Read empty", n, err)
	n, err = r.Read(make([]byte, 32))
	fmt.Println("Read big", n, err)

	r.Reset(strings.NewReader("after reset"))
	var out bytes.Buffer
	k, err := r.WriteTo(&out)
	fmt.Printf("WriteTo %d %v %q\n", k, err, out.String())

	r = bufio.NewReader(silent{})
	_, err = r.ReadByte()
	fmt.Println("no progress:", err)
}
