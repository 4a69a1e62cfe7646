package main

// Descriptors and names: the first file gets descriptor 3 and a closed one's number is reused (Go's runtime
// takes others for itself, so only that is printed), Fd after Close, the standard streams as *os.File,
// NewFile, and writing through fmt.Fprint to files.

import (
	"fmt"
	"os"
)

func main() {
	a, _ := os.Create("a")
	b, _ := os.Create("b")
	first := a.Fd()
	fmt.Println(first, b.Fd() > first, a.Name(), b.Name())
	a.Close()
	fmt.Println(a.Fd() == ^uintptr(0))
	c, _ := os.Create("c")
	fmt.Println(c.Fd() == first)
	d, _ := os.Open(".")
	fmt.Println(d.Fd() > b.Fd(), d.Name())
	b.Close()
	c.Close()
	d.Close()

	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdout.Fd(), os.Stderr.Fd())
	n, err := os.Stdout.Write([]byte("direct to stdout\n"))
	fmt.Println(n, err)
	n, err = os.Stdout.WriteString("a string\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
	out := os.NewFile(1, "my-stdout")
	fmt.Fprintf(out, "via NewFile %s\n", out.Name())

	f, _ := os.Create("report.txt")
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(f, "line %d\n", i)
	}
	fmt.Fprint(f, "no newline")
	f.Close()
	data, _ := os.ReadFile("report.txt")
	fmt.Printf("%q\n", data)
	fmt.Println(os.PathSeparator == '/', os.PathListSeparator == ':', os.DevNull, os.IsPathSeparator('/'))
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	fmt.Println(err)
	n, err = null.WriteString("gone")
	fmt.Println(n, err, null.Close())
}
