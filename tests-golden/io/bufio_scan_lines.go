package main

import (
	"bufio"
	"fmt"
	"os"
)

// Lines of standard input, numbered: "\r\n" endings, empty lines, a last line without a newline.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q (%d bytes)\n", n, sc.Text(), len(sc.Bytes()))
	}
	fmt.Println("err:", sc.Err())
	fmt.Println("scan after the end:", sc.Scan())
}
