// Package path works on slash-separated paths (URLs, FS paths) purely as text: nothing here looks at a file
// system. path/filepath does the same for the operating system's paths.
package path

import (
	"errors"
	"internal/shellpattern"
	"strings"
)

// ErrBadPattern is Match's error for a malformed pattern.
var ErrBadPattern = errors.New(badPattern)

// badPattern is the text of ErrBadPattern (filepath's has the same).
const badPattern = "syntax error in pattern"

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
	matched, err = shellpattern.Match(pattern, name, true)
	if err != nil {
		return false, ErrBadPattern
	}
	return matched, nil
}
