// Package shellpattern matches names against shell patterns ('*', '?', '[...]', '\'), for path.Match and
// filepath.Match, which differ only in how much of a malformed pattern they check.
package shellpattern

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// errBadPattern is the error of a malformed pattern; path and filepath each give their own ErrBadPattern.
var errBadPattern = errors.New("syntax error in pattern")

// Match says whether name matches pattern. With checkRest, a malformed pattern is an error even when the match
// failed before the bad part (path.Match); without, only the part looked at counts (filepath.Match).
func Match(pattern, name string, checkRest bool) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// a final star takes the rest of the element
			return strings.IndexByte(name, '/') < 0, nil
		}
		// try the chunk here, then (after a star) one character further at a time, never past a '/'
		found := false
		for skip := 0; ; skip++ {
			left, ok, err := matchChunk(chunk, name[skip:])
			if ok && (left == "" || pattern != "") {
				name = left
				found = true
				break
			}
			if err != nil {
				return false, err
			}
			if !star || skip >= len(name) || name[skip] == '/' {
				break
			}
		}
		if found {
			continue
		}
		// no match: the answer is false, unless the pattern's remainder is malformed
		for checkRest && pattern != "" {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, bad := matchChunk(chunk, ""); bad != nil {
				return false, bad
			}
		}
		return false, nil
	}
	return name == "", nil
}

// nextChunk takes the leading stars (star says whether there were any) and the text up to the next star that
// is not inside brackets.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for pattern != "" && pattern[0] == '*' {
		star = true
		pattern = pattern[1:]
	}
	inClass := false
	end := 0
	for ; end < len(pattern); end++ {
		c := pattern[end]
		if c == '\\' && end+1 < len(pattern) {
			end++
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:end], pattern[end:]
}

// matchChunk matches a star-free chunk against the start of s and returns what is left of s. Once the match
// has failed it goes on reading the chunk, only to find a malformed one.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for chunk != "" {
		if s == "" {
			failed = true
		}
		switch c := chunk[0]; c {
		case '[':
			var r rune = -1
			if !failed {
				var size int
				r, size = utf8.DecodeRuneInString(s)
				s = s[size:]
			}
			var in bool
			in, chunk, err = matchClass(chunk[1:], r)
			if err != nil {
				return "", false, err
			}
			if !in {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, width := utf8.DecodeRuneInString(s)
				s = s[width:]
			}
			chunk = chunk[1:]
		default:
			if c == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, errBadPattern
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// matchClass reads a character class after its '[' up to and including its ']', and says whether r is in it.
func matchClass(class string, r rune) (in bool, rest string, err error) {
	negate := strings.HasPrefix(class, "^")
	if negate {
		class = class[1:]
	}
	for n := 0; ; n++ {
		if n > 0 && strings.HasPrefix(class, "]") {
			return in != negate, class[1:], nil
		}
		var lo, hi rune
		if lo, class, err = classChar(class); err != nil {
			return false, "", err
		}
		hi = lo
		if class[0] == '-' {
			if hi, class, err = classChar(class[1:]); err != nil {
				return false, "", err
			}
		}
		if lo <= r && r <= hi {
			in = true
		}
	}
}

// classChar reads one character of a class, '\' escaping the next. A class cannot end after it.
func classChar(class string) (r rune, rest string, err error) {
	if class == "" || class[0] == '-' || class[0] == ']' {
		return 0, "", errBadPattern
	}
	if class[0] == '\\' {
		class = class[1:]
		if class == "" {
			return 0, "", errBadPattern
		}
	}
	r, width := utf8.DecodeRuneInString(class)
	rest = class[width:]
	if (r == utf8.RuneError && width == 1) || rest == "" {
		return 0, "", errBadPattern
	}
	return r, rest, nil
}
