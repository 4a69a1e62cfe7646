package main

// Go 1.20 to 1.22 additions that Go 1.19 (the reference toolchain) does not have: cmp (Compare, Less, Or),
// strings and bytes CutPrefix and CutSuffix, bytes.Buffer.Available and AvailableBuffer, utf16.AppendRune and
// RuneLen, filepath.IsLocal and fs.SkipAll. go run cannot record this output: the expected output in
// std_go121_apis.out was written by hand from the Go 1.22 documentation of each function.

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
)

type celsius float64

func main() {
	nan := math.NaN()
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 1), cmp.Compare(2, 2))
	fmt.Println(cmp.Compare("a", "b"), cmp.Compare("b", "a"), cmp.Compare("", ""))
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Compare(-0.0, 0.0), cmp.Compare(celsius(-3), celsius(2.5)), cmp.Compare(uint8(255), uint8(0)))
	fmt.Println(cmp.Less(1, 2), cmp.Less(2, 1), cmp.Less(nan, 1.0), cmp.Less(1.0, nan), cmp.Less(nan, nan), cmp.Less("x", "xy"))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "b"), cmp.Or[int](), cmp.Or(false, true))

	after, found := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Printf("%q %v\n", after, found)
	after, found = strings.CutPrefix("body", "prefix-")
	fmt.Printf("%q %v\n", after, found)
	before, found := strings.CutSuffix("file.go", ".go")
	fmt.Printf("%q %v\n", before, found)
	before, found = strings.CutSuffix("file.go", "")
	fmt.Printf("%q %v\n", before, found)
	b, found := bytes.CutPrefix([]byte("key=value"), []byte("key="))
	fmt.Printf("%q %v\n", b, found)
	b, found = bytes.CutSuffix([]byte("key=value"), []byte("x"))
	fmt.Printf("%q %v\n", b, found)

	var buf bytes.Buffer
	fmt.Println(buf.Available(), len(buf.AvailableBuffer()))
	buf.Grow(64)
	buf.WriteString("hello")
	fmt.Println(buf.Available() == buf.Cap()-buf.Len(), len(buf.AvailableBuffer()), cap(buf.AvailableBuffer()) == buf.Available())
	more := append(buf.AvailableBuffer(), " world"...)
	buf.Write(more)
	fmt.Println(buf.String())

	fmt.Println(utf16.AppendRune(nil, 'a'), utf16.AppendRune([]uint16{1}, 0x1f600), utf16.AppendRune(nil, 0xd800))
	fmt.Println(utf16.RuneLen('a'), utf16.RuneLen(0x1f600), utf16.RuneLen(0xdc00), utf16.RuneLen(-1))

	for _, p := range []string{"a/b", "../a", "a/../../b", "/abs", "", ".", "a/./b/..", "..x", "a/.."} {
		fmt.Print(filepath.IsLocal(p), " ")
	}
	fmt.Println()

	os.MkdirAll("t/a", 0755)
	os.MkdirAll("t/b", 0755)
	os.WriteFile("t/a/x", nil, 0644)
	err := filepath.WalkDir("t", func(path string, d fs.DirEntry, err error) error {
		fmt.Print(path, " ")
		if path == "t/a/x" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println(err, filepath.SkipAll == fs.SkipAll)
}
