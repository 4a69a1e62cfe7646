// strings natives on edge cases: Split and SplitAfter with every limit (the capacity of the result included, and
// invalid bytes of an empty-separator split turned into U+FFFD), Replace with empty and invalid old strings, the
// case mappings, Title and EqualFold.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "a", "ab", "a,b,,c,", "héllo\xffx", ",,,"} {
		for _, sep := range []string{"", ",", "l", "\xff", "xx"} {
			for _, n := range []int{-1, 0, 1, 2, 3, 50} {
				a := strings.SplitN(s, sep, n)
				b := strings.SplitAfterN(s, sep, n)
				fmt.Printf("%q %q %d %q %d %q %d\n", s, sep, n, a, cap(a), b, cap(b))
				fmt.Printf("  %q %q\n", strings.Replace(s, sep, "<>", n), strings.Replace(s, sep, sep, n))
			}
		}
		fmt.Println(strings.ToUpper(s), strings.ToLower(strings.ToUpper(s)), strings.Title(s+" x_y z9a éa"), strings.EqualFold(s, strings.ToUpper(s)))
	}
	fmt.Println(strings.EqualFold("Kelvin K", "kelvin \u212a"), strings.EqualFold("ſ", "S"), strings.EqualFold("a", "aa"), strings.EqualFold("\xff", "\uFFFD"), strings.ToUpper("abc"), strings.ToLower("ABC"), strings.ToUpper("ABC"))
}
