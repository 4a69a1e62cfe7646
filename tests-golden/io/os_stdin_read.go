package main

import (
	"fmt"
	"io"
	"os"
)

// Standard input read directly: Read returns what there is, then io.EOF, and keeps returning it.
func main() {
	head := make([]byte, 6)
	n, err := io.ReadFull(os.Stdin, head)
	fmt.Printf("head %q %d %v\n", head[:n], n, err)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("rest %d bytes, err %v, last %q\n", len(rest), err, rest[len(rest)-5:])
	n, err = os.Stdin.Read(head)
	fmt.Println("after the end:", n, err, err == io.EOF)
	n, err = os.Stdin.Read(nil)
	fmt.Println("empty read:", n, err)
	var r io.Reader = os.Stdin
	_, ok := r.(io.ReaderFrom)
	fmt.Println("a ReaderFrom:", ok)
}
