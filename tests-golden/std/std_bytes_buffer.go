package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.WriteRune('ö')
	buf.Write([]byte("rld\nline2\n"))
	fmt.Fprintf(&buf, "n=%d\n", 42)
	fmt.Println(buf.Len(), buf.String())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	r, sz, _ := buf.ReadRune()
	fmt.Println(b, r, sz, buf.Len())
	rest, err := io.ReadAll(&buf)
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)
	nb := bytes.NewBufferString("abc")
	p := make([]byte, 2)
	n, err := nb.Read(p)
	fmt.Println(n, err, string(p), nb.String())
	nb.Truncate(0)
	fmt.Println(nb.Len(), nb.Next(5))
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())
	s := []byte("  Hello, World  ")
	fmt.Printf("%q %q %q %q\n", bytes.TrimSpace(s), bytes.Trim(s, " H"), bytes.TrimLeft(s, " "), bytes.TrimRight(s, " "))
	fmt.Println(bytes.TrimSpace([]byte("   ")) == nil, bytes.TrimLeft([]byte("xx"), "x") == nil, bytes.TrimRight([]byte("xx"), "x") == nil)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Index(s, []byte("o")), bytes.LastIndex(s, []byte("o")), bytes.Count(s, []byte("l")), bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("d  ")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a  b c ")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("abc")), bytes.ToLower([]byte("ABC")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("b")))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("map")))
	fmt.Println(bytes.IndexByte([]byte("abc"), 'c'), bytes.IndexRune([]byte("héllo"), 'l'), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsAny([]byte("abc"), "xc"))
	be, af, f := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", be, af, f)
	parts := bytes.Split([]byte("a,b"), []byte(","))
	fmt.Println(cap(parts[0]), len(parts))
	sr := strings.NewReader("héllo")
	for {
		r, size, err := sr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(r), size, " ")
	}
	fmt.Println(sr.Len(), sr.Size())
	io.WriteString(os.Stdout, "via io.WriteString\n")
	sr2 := strings.NewReader("some text")
	sr2.WriteTo(os.Stdout)
	fmt.Println()
	data, _ := io.ReadAll(strings.NewReader("read all"))
	fmt.Println(string(data))
}
