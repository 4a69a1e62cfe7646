// Package path works on slash-separated paths (URLs, FS paths) purely as text: nothing here looks at a file
// system. path/filepath does the same for the operating system's paths.
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Clean gives the shortest path that names the same thing as p by text alone: repeated slashes become one,
// "." elements go, an element followed by ".." goes with it, ".." right below the root goes, and a trailing
// slash goes (except for "/" itself). The empty path becomes ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	kept := make([]string, 0, 8)
	for _, elem := range strings.Split(p, "/") {
		switch elem {
		case "", ".":
		case "..":
			if n := len(kept); n > 0 && kept[n-1] != ".." {
				kept = kept[:n-1]
			} else if !rooted {
				kept = append(kept, elem)
			}
		default:
			kept = append(kept, elem)
		}
	}
	joined := strings.Join(kept, "/")
	if rooted {
		return "/" + joined
	}
	if joined == "" {
		return "."
	}
	return joined
}

// Split cuts p after its last slash: dir keeps the slash, dir+file == p.
func Split(p string) (dir, file string) {
	cut := strings.LastIndexByte(p, '/') + 1
	return p[:cut], p[cut:]
}

// Join puts the non-empty elements together with slashes and cleans the result; with none it is "".
func Join(elem ...string) string {
	for i, e := range elem {
		if e != "" {
			return Clean(strings.Join(elem[i:], "/"))
		}
	}
	return ""
}

// Ext is the extension of p's last element: from its last dot on, or "" when it has no dot.
func Ext(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '/':
			return ""
		case '.':
			return p[i:]
		}
	}
	return ""
}

// Base is p's last element, trailing slashes ignored: "." for "", "/" for a path of slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	p = strings.TrimRight(p, "/")
	if p == "" {
		return "/"
	}
	return p[strings.LastIndexByte(p, '/')+1:]
}

// IsAbs says whether p starts at the root.
func IsAbs(p string) bool {
	return strings.HasPrefix(p, "/")
}

// Dir is all of p but its last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// Match says whether name matches the shell pattern: '*' stands for any run of characters other than '/', '?'
// for one such character, '[...]' for one character of a class (ranges lo-hi, '^' first to negate), and '\'
// makes the next character literal. A malformed pattern gives ErrBadPattern, even when the match failed
// before reaching the bad part.
func Match(pattern, name string) (matched bool, err error) {
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
		for pattern != "" {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
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
				var width int
				r, width = utf8.DecodeRuneInString(s)
				s = s[width:]
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
					return "", false, ErrBadPattern
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
		return 0, "", ErrBadPattern
	}
	if class[0] == '\\' {
		class = class[1:]
		if class == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, width := utf8.DecodeRuneInString(class)
	rest = class[width:]
	if (r == utf8.RuneError && width == 1) || rest == "" {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
