// Package utf16 converts between runes and UTF-16: a rune above U+FFFF is a surrogate pair, a high surrogate
// (U+D800 to U+DBFF) then a low one (U+DC00 to U+DFFF); every other valid rune is one unit.
package utf16

const (
	replacement = '\uFFFD' // what an invalid rune or a lone surrogate becomes
	maxRune     = '\U0010FFFF'

	surrogateHigh = 0xd800 // first high surrogate
	surrogateLow  = 0xdc00 // first low surrogate
	surrogateEnd  = 0xe000 // just past the last low surrogate
	pairBase      = 0x10000
)

// IsSurrogate says whether r is a surrogate, which only a pair can make sense of.
func IsSurrogate(r rune) bool {
	return surrogateHigh <= r && r < surrogateEnd
}

// DecodeRune is the rune of the surrogate pair r1, r2, or U+FFFD when they are not one.
func DecodeRune(r1, r2 rune) rune {
	if surrogateHigh <= r1 && r1 < surrogateLow && surrogateLow <= r2 && r2 < surrogateEnd {
		return pairBase + (r1-surrogateHigh)<<10 | (r2 - surrogateLow)
	}
	return replacement
}

// EncodeRune is the surrogate pair of r, or U+FFFD twice when r needs no pair or is not a valid rune.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairBase || r > maxRune {
		return replacement, replacement
	}
	r -= pairBase
	return surrogateHigh + (r>>10)&0x3ff, surrogateLow + r&0x3ff
}

// RuneLen is how many UTF-16 units r takes: 1 or 2, or -1 when it cannot be encoded.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surrogateHigh, surrogateEnd <= r && r < pairBase:
		return 1
	case pairBase <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode is the UTF-16 encoding of s; invalid runes and surrogates become U+FFFD.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= pairBase && r <= maxRune {
			n++
		}
	}
	return appendRunes(make([]uint16, 0, n), s)
}

func appendRunes(a []uint16, s []rune) []uint16 {
	for _, r := range s {
		a = AppendRune(a, r)
	}
	return a
}

// AppendRune appends the UTF-16 encoding of r to a.
func AppendRune(a []uint16, r rune) []uint16 {
	switch {
	case 0 <= r && r < surrogateHigh, surrogateEnd <= r && r < pairBase:
		return append(a, uint16(r))
	case pairBase <= r && r <= maxRune:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacement)
}

// Decode is the runes of the UTF-16 units s; a surrogate that is not part of a pair becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, len(s))
	for at := 0; at < len(s); at++ {
		u := rune(s[at])
		switch {
		case u < surrogateHigh || surrogateEnd <= u:
			out = append(out, u)
		case u < surrogateLow && at+1 < len(s) && surrogateLow <= rune(s[at+1]) && rune(s[at+1]) < surrogateEnd:
			out = append(out, DecodeRune(u, rune(s[at+1])))
			at++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
