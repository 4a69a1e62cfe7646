// Reading standard input after closing it, and writing to a closed standard error: Go's errors.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	fmt.Println(os.Stdin.Close())
	buf := make([]byte, 4)
	n, err := os.Stdin.Read(buf)
	fmt.Println(n, err)
	fmt.Println(os.Stdin.Close())
	s := bufio.NewScanner(os.Stdin)
	fmt.Println(s.Scan(), s.Err())
	_, err = io.ReadAll(os.Stdin)
	fmt.Println(err)
	fmt.Println(os.Stdin.Fd() == ^uintptr(0))

	fmt.Println(os.Stderr.Close())
	_, err = fmt.Fprintln(os.Stderr, "lost")
	fmt.Println(err)
	fmt.Println(os.Stderr.Close())
}
