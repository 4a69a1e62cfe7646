package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

type pair struct {
	a, b int64
}

func main() {
	huge, neg, two := 1<<62, -1, 2
	big := 1 << 46
	try("negative", func() { _ = make([]int, neg) })
	try("len beyond int64 bytes", func() { _ = make([]int, huge) })
	try("len beyond the address space", func() { _ = make([]int64, big) })
	try("struct elements", func() { _ = make([]pair, big/2) })
	try("array elements", func() { _ = make([][1 << 20]byte, big>>17) })
	try("cap below len", func() { _ = make([]int, 5, two) })
	try("cap beyond the address space", func() { _ = make([]int, 1, big) })
	try("bytes fit", func() { fmt.Println(len(make([]byte, 10, 1<<10))) })
	try("empty elements", func() { _ = make([]struct{}, neg) })
}
