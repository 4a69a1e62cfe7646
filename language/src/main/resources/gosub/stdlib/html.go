// Package html escapes and unescapes the text of HTML documents as Go 1.19's html does: five characters out, and
// every character reference HTML5 defines back in (named ones from the standard's table, decimal and hexadecimal
// ones with the browsers' repairs).
package html

import "unicode/utf8"

// entity is the native lookup in HTML5's table of named references (gosub.language.stdlib.html): the code points
// name stands for, (0, 0) when it is no reference; name carries its ';' when it has one.
func entity(name string) (first, second rune)

// EscapeString writes <, >, &, ' and " as character references; UnescapeString reverses it.
func EscapeString(s string) string {
	var out []byte
	done := 0 // s[:done] is in out
	for at, octet := range []byte(s) {
		var ref string
		switch octet {
		case '<':
			ref = "&lt;"
		case '>':
			ref = "&gt;"
		case '&':
			ref = "&amp;"
		case '\'':
			ref = "&#39;" // shorter than &apos;, and known to HTML4 too
		case '"':
			ref = "&#34;"
		default:
			continue
		}
		out = append(append(out, s[done:at]...), ref...)
		done = at + 1
	}
	if out == nil {
		return s
	}
	return string(append(out, s[done:]...))
}

// longestBareName is the length of the longest name HTML5 accepts without its ';' ("middot", "frac34", ...).
const longestBareName = 6

// windows1252 holds what numeric references to 0x80..0x9F mean: browsers read them as Windows-1252 characters,
// and the control characters Windows-1252 leaves undefined stay themselves.
var windows1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

// UnescapeString replaces each character reference in s ("&lt;", "&#233;", "&#xE9;", "&eacute;") by its
// character. Like a browser, it takes a legacy name without its ';' ("&ampx" is "&x"), repairs bad numbers
// (U+FFFD, Windows-1252 for 0x80..0x9F) and leaves anything that is no reference as it is.
func UnescapeString(s string) string {
	var out []byte
	done := 0
	for i := 0; i < len(s); {
		if s[i] != '&' {
			i++
			continue
		}
		out = append(out, s[done:i]...)
		out, i = reference(out, s, i)
		done = i
	}
	if out == nil {
		return s
	}
	return string(append(out, s[done:]...))
}

// reference appends to out what the text at s[at] (an '&') stands for and returns where the text after it starts.
func reference(out []byte, s string, at int) ([]byte, int) {
	rest := s[at:]
	if len(rest) >= 2 && rest[1] == '#' {
		return numericReference(out, s, at)
	}
	// the longest run of letters and digits, with a ';' after it if there is one
	end := 1
	for end < len(rest) && isAlnum(rest[end]) {
		end++
	}
	if end < len(rest) && rest[end] == ';' {
		end++
	}
	name := rest[1:end]
	if name == "" {
		return append(out, '&'), at + 1
	}
	if first, second := entity(name); first != 0 {
		out = utf8.AppendRune(out, first)
		if second != 0 {
			out = utf8.AppendRune(out, second)
		}
		return out, at + end
	}
	// a legacy name followed by more letters ("&copy2022"): the longest such prefix, of two characters at least
	longest := len(name) - 1
	if longest > longestBareName {
		longest = longestBareName
	}
	for n := longest; n >= 2; n-- {
		if first, second := entity(name[:n]); first != 0 && second == 0 {
			return utf8.AppendRune(out, first), at + 1 + n
		}
	}
	return append(out, rest[:end]...), at + end
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// numericReference reads "&#DDD;" or "&#xHHH;" (the ';' optional) at s[at]. The value wraps around as Go's int32
// arithmetic does; an out-of-range one becomes U+FFFD.
func numericReference(out []byte, s string, at int) ([]byte, int) {
	rest := s[at:]
	if len(rest) <= 3 {
		// too short to hold "&#" and a digit and anything after it
		return append(out, '&'), at + 1
	}
	pos := 2
	base := int32(10)
	if rest[pos] == 'x' || rest[pos] == 'X' {
		base = 16
		pos++
	}
	var value int32
	for pos < len(rest) {
		d, ok := digitIn(rest[pos], base)
		pos++
		if ok {
			value = value*base + d
			continue
		}
		if rest[pos-1] != ';' {
			pos-- // the byte that ended the number is not part of the reference
		}
		break
	}
	// "&#", "&#x" and "&#;" followed by something else are not references (but "&#x;" is one, of nothing)
	if pos <= 3 {
		return append(out, '&'), at + 1
	}
	switch {
	case value >= 0x80 && value <= 0x9F:
		value = windows1252[value-0x80]
	case value == 0 || value >= 0xD800 && value <= 0xDFFF || value > utf8.MaxRune:
		value = utf8.RuneError
	}
	return utf8.AppendRune(out, value), at + pos
}

func digitIn(c byte, base int32) (int32, bool) {
	if c-'0' < 10 {
		return int32(c - '0'), true
	}
	switch {
	case base == 16 && c >= 'a' && c <= 'f':
		return int32(c-'a') + 10, true
	case base == 16 && c >= 'A' && c <= 'F':
		return int32(c-'A') + 10, true
	}
	return 0, false
}
