package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// Reads a count, that many numbers with fmt.Scan, a name with Scanln, then pairs with Scanf, then the rest of
// standard input through a bufio.Reader with Fscan until the end.
func main() {
	var count int
	if _, err := fmt.Scan(&count); err != nil {
		fmt.Println("count:", err)
		return
	}
	sum := 0
	for read := 0; read < count; read++ {
		var v int
		fmt.Scan(&v)
		sum += v
	}
	fmt.Println("sum of", count, "numbers:", sum)

	var first, last string
	n, err := fmt.Scanln(&first, &last)
	fmt.Println("Scanln rest of line:", n, err)
	n, err = fmt.Scanln(&first, &last)
	fmt.Printf("Scanln: %d %v %q %q\n", n, err, first, last)

	for {
		var key string
		var val float64
		n, err := fmt.Scanf("%s = %g\n", &key, &val)
		if err != nil {
			fmt.Println("Scanf stopped:", n, err)
			break
		}
		fmt.Printf("%s is %.2f\n", key, val)
	}

	in := bufio.NewReader(os.Stdin)
	words := 0
	for {
		var w string
		_, err := fmt.Fscan(in, &w)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("Fscan:", err)
			break
		}
		words++
	}
	fmt.Println("words after that:", words)
	var x int
	n, err = fmt.Scan(&x)
	fmt.Println("Scan at the end:", n, err)
}
