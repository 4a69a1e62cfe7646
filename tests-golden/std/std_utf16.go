package main

// unicode/utf16: encoding and decoding runes, surrogate pairs, invalid input.

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000, -1} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%U surrogate=%v encode=%U,%U back=%U\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	runes := []rune{'G', 'o', ' ', '🐹', 0xd800, 'é', 0x110000, -5, 0x10ffff}
	units := utf16.Encode(runes)
	fmt.Printf("%x %d\n", units, len(units))
	fmt.Printf("%U\n", utf16.Decode(units))
	for _, u := range [][]uint16{{}, {0x61}, {0xd83d, 0xde00}, {0xd83d}, {0xde00, 0x61}, {0xd83d, 0xd83d, 0xde00}, {0xdbff, 0xdfff, 0xffff}} {
		fmt.Printf("%x -> %q\n", u, string(utf16.Decode(u)))
	}
	fmt.Println(utf16.DecodeRune('a', 'b') == '\uFFFD', string(utf16.Decode(utf16.Encode([]rune("round trip ✓ 𝄞")))))
}
