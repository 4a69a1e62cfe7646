// Writes the Unicode classes that regexp's \p{Name} accepts (Go 1.19's categories and scripts) as one line per
// name: the name, then inclusive lo-hi rune ranges in hexadecimal.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"unicode"
)

func write(w *bufio.Writer, name string, t *unicode.RangeTable) {
	w.WriteString(name)
	lo, open := rune(0), false
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && unicode.Is(t, r)
		if in && !open {
			lo, open = r, true
		} else if !in && open {
			fmt.Fprintf(w, " %x-%x", lo, r-1)
			open = false
		}
	}
	w.WriteString("\n")
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, tables := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts} {
		var names []string
		for n := range tables {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			write(out, n, tables[n])
		}
	}
}
