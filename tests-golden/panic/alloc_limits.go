// Allocations past what an address space holds panic as Go's do, whichever code makes them: channels (counted in
// bytes of their buffer), strings.Repeat and strings.Builder.Grow (a Builder's buffer),
// bytes.Repeat (a make of the result).
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	neg, big, huge := -1, 1<<50, 1<<62
	try("chan of negative size", func() { _ = make(chan int, neg) })
	try("chan past the address space", func() { _ = make(chan int64, big>>4) })
	try("chan of int64s beyond int64 bytes", func() { _ = make(chan int64, huge) })
	try("strings.Repeat", func() { _ = strings.Repeat("ab", big) })
	try("strings.Repeat overflow", func() { _ = strings.Repeat("ab", huge) })
	try("bytes.Repeat", func() { _ = bytes.Repeat([]byte("ab"), big) })
	try("Builder.Grow", func() {
		var b strings.Builder
		b.Grow(big)
	})
	try("Builder.Grow wrapping", func() {
		var b strings.Builder
		b.WriteString("x")
		b.Grow(huge*2 - 1)
	})
	try("small ones work", func() {
		fmt.Println(cap(make(chan int64, 1<<10)), len(strings.Repeat("ab", 1<<10)), len(bytes.Repeat([]byte("x"), 3)))
	})
}
