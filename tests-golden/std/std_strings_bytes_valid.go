package main

// strings.ToValidUTF8 and bytes.ToValidUTF8 (each run of invalid bytes becomes one replacement), and
// Replacer.WriteString.

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	inputs := []string{"", "plain", "a\xffb", "\xff\xfe\xfd", "a\xff\xffb\xffc", "\xe2\x82", "é\xc3", "\xf0\x9f\x98\x80ok", "\xed\xa0\x80", "\xef\xbf\xbd", "x\xc0\xafy"}
	for _, in := range inputs {
		s := strings.ToValidUTF8(in, "?")
		e := strings.ToValidUTF8(in, "")
		b := bytes.ToValidUTF8([]byte(in), []byte("<bad>"))
		fmt.Printf("%-22q %-16q %-10q %q\n", in, s, e, b)
	}
	same := "valid ✓"
	fmt.Println(strings.ToValidUTF8(same, "?") == same, bytes.ToValidUTF8(nil, nil) != nil)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	n, err := r.WriteString(os.Stdout, "<a href=\"x&y\">\n")
	fmt.Println(n, err)
	var sb strings.Builder
	r.WriteString(&sb, "1 < 2 & 3 > 2")
	fmt.Println(sb.String())
}
