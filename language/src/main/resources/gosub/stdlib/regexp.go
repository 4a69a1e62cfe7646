// Package regexp for gosub: Go's RE2 syntax and semantics, leftmost-first (Compile) or leftmost-longest
// (CompilePOSIX, Longest), on UTF-8 text with byte offsets. Matching runs in time linear in the text.
//
// The parser, compiler and matching machine are Java (gosub.language.stdlib.regexp); a Regexp keeps its compiled
// program in a func() field. Three natives search: match (is there a match), find (FindAll's rules) and replaced
// (ReplaceAll's rules), giving matches as flat lists of byte offsets; the API is built on them here.
package regexp

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled regular expression. It is safe for concurrent use, except for Longest.
type Regexp struct {
	expr        string
	prog        func() // the compiled program (a gosub.language.stdlib.regexp.CompiledRegexp)
	numSubexp   int
	subexpNames []string
	prefix      string
	complete    bool
	longest     bool
}

func compile(expr string, posix bool) (prog func(), names []string, prefix string, complete bool, msg string)
func match(prog func(), s string) bool
func find(prog func(), s string, n int, slots int, longest bool) []int
func replaced(prog func(), s string, slots int, longest bool) []int

// syntaxError is a pattern's refusal, worded as Go's *syntax.Error.
type syntaxError struct{ msg string }

func (e *syntaxError) Error() string { return e.msg }

func build(expr string, posix bool) (*Regexp, error) {
	prog, names, prefix, complete, msg := compile(expr, posix)
	if msg != "" {
		return nil, &syntaxError{msg}
	}
	return &Regexp{expr: expr, prog: prog, numSubexp: len(names) - 1, subexpNames: names,
		prefix: prefix, complete: complete, longest: posix}, nil
}

// Compile parses expr in Go's syntax; matches are leftmost-first, as Perl's.
func Compile(expr string) (*Regexp, error) { return build(expr, false) }

// CompilePOSIX parses expr in POSIX ERE syntax (no Perl extensions); matches are leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) { return build(expr, true) }

// quoteForPanic shows a pattern in a MustCompile panic: backquoted when it can be.
func quoteForPanic(s string) string {
	if !strconv.CanBackquote(s) {
		return strconv.Quote(s)
	}
	return "`" + s + "`"
}

// MustCompile is Compile that panics when expr does not parse.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quoteForPanic(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is CompilePOSIX that panics when expr does not parse.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quoteForPanic(str) + `): ` + err.Error())
	}
	return re
}

// MatchString reports whether s has a match of pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	compiled, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return compiled.MatchString(s), nil
}

// Match reports whether b has a match of pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	compiled, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return compiled.Match(b), nil
}

// MatchReader reports whether the runes of r have a match of pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	compiled, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return compiled.MatchReader(r), nil
}

// QuoteMeta puts a backslash before every byte of s that the syntax gives a meaning.
func QuoteMeta(s string) string {
	var b strings.Builder
	for _, metaOrNot := range []byte(s) {
		if strings.IndexByte(`\.+*?()|[]{}^$`, metaOrNot) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(metaOrNot)
	}
	return b.String()
}

// String returns the pattern the Regexp was compiled from.
func (re *Regexp) String() string { return re.expr }

// Copy returns a copy of re (a Regexp is safe for concurrent use; the copy only matters to Longest).
func (re *Regexp) Copy() *Regexp {
	c := *re
	return &c
}

// Longest makes later searches leftmost-longest.
func (re *Regexp) Longest() { re.longest = true }

// NumSubexp returns the number of parenthesized groups.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames returns the groups' names by number; [0] (the whole match) and unnamed groups are "".
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the number of the first group called name, or -1.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, n := range re.subexpNames {
			if n == name {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal every match starts with, and whether it is the whole of every match.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) { return re.prefix, re.complete }

// MarshalText returns the pattern.
func (re *Regexp) MarshalText() ([]byte, error) { return []byte(re.String()), nil }

// UnmarshalText compiles text into re.
func (re *Regexp) UnmarshalText(text []byte) error {
	n, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *n
	return nil
}

func (re *Regexp) slots() int { return 2 * (re.numSubexp + 1) }

// all finds up to n matches (all if n < 0) with slots offsets each.
func (re *Regexp) all(s string, n int, slots int) [][]int {
	if n == 0 {
		return nil
	}
	flat := find(re.prog, s, n, slots, re.longest)
	if flat == nil {
		return nil
	}
	out := make([][]int, 0, len(flat)/slots)
	for i := 0; i < len(flat); i += slots {
		out = append(out, flat[i:i+slots:i+slots])
	}
	return out
}

// first is the first match with slots offsets, or nil.
func (re *Regexp) first(s string, slots int) []int {
	flat := find(re.prog, s, 1, slots, re.longest)
	if flat == nil {
		return nil
	}
	return flat[:slots:slots]
}

// readAll reads r's runes as UTF-8 text in which each rune takes the bytes the reader said it took, so offsets
// count as the reader counts: a one-byte U+FFFD (a bad byte) stays one (invalid) byte.
func readAll(r io.RuneReader) string {
	var b strings.Builder
	for {
		c, w, err := r.ReadRune()
		if err != nil {
			return b.String()
		}
		if c == utf8.RuneError && w == 1 {
			b.WriteByte(0xff)
		} else {
			b.WriteRune(c)
		}
	}
}

// MatchString reports whether s has a match.
func (re *Regexp) MatchString(s string) bool { return match(re.prog, s) }

// Match reports whether b has a match.
func (re *Regexp) Match(b []byte) bool { return match(re.prog, string(b)) }

// MatchReader reports whether the runes of r have a match.
func (re *Regexp) MatchReader(r io.RuneReader) bool { return match(re.prog, readAll(r)) }

// FindString returns the text of the first match, "" if none.
func (re *Regexp) FindString(s string) string {
	m := re.first(s, 2)
	if m == nil {
		return ""
	}
	return s[m[0]:m[1]]
}

// FindStringIndex returns the byte offsets of the first match, nil if none.
func (re *Regexp) FindStringIndex(s string) []int { return re.first(s, 2) }

// FindStringSubmatch returns the texts of the first match and its groups ("" for a group that took no part).
func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.first(s, re.slots())
	if m == nil {
		return nil
	}
	return subStrings(s, m)
}

func subStrings(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// FindStringSubmatchIndex returns the offsets of the first match and its groups (-1 for a group that took no part).
func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.first(s, re.slots()) }

// Find returns the first match in b, nil if none.
func (re *Regexp) Find(b []byte) []byte {
	m := re.first(string(b), 2)
	if m == nil {
		return nil
	}
	return b[m[0]:m[1]:m[1]]
}

// FindIndex returns the byte offsets of the first match in b, nil if none.
func (re *Regexp) FindIndex(b []byte) []int { return re.first(string(b), 2) }

// FindSubmatch returns the first match in b and its groups (nil for a group that took no part).
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	m := re.first(string(b), re.slots())
	if m == nil {
		return nil
	}
	return subSlices(b, m)
}

func subSlices(b []byte, m []int) [][]byte {
	out := make([][]byte, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = b[m[2*i]:m[2*i+1]:m[2*i+1]]
		}
	}
	return out
}

// FindSubmatchIndex returns the offsets of the first match in b and its groups.
func (re *Regexp) FindSubmatchIndex(b []byte) []int { return re.first(string(b), re.slots()) }

// FindReaderIndex returns the byte offsets of the first match in the runes of r.
func (re *Regexp) FindReaderIndex(r io.RuneReader) []int { return re.first(readAll(r), 2) }

// FindReaderSubmatchIndex returns the offsets of the first match in the runes of r and of its groups.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int { return re.first(readAll(r), re.slots()) }

// FindAllString returns the texts of up to n successive matches (all if n < 0), nil if none.
func (re *Regexp) FindAllString(s string, n int) []string {
	ms := re.all(s, n, 2)
	if ms == nil {
		return nil
	}
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = s[m[0]:m[1]]
	}
	return out
}

// FindAllStringIndex returns the offsets of up to n successive matches.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int { return re.all(s, n, 2) }

// FindAllStringSubmatch returns the texts of up to n successive matches and their groups.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	ms := re.all(s, n, re.slots())
	if ms == nil {
		return nil
	}
	out := make([][]string, len(ms))
	for i, m := range ms {
		out[i] = subStrings(s, m)
	}
	return out
}

// FindAllStringSubmatchIndex returns the offsets of up to n successive matches and their groups.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int { return re.all(s, n, re.slots()) }

// FindAll returns up to n successive matches in b.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	ms := re.all(string(b), n, 2)
	if ms == nil {
		return nil
	}
	out := make([][]byte, len(ms))
	for i, m := range ms {
		out[i] = b[m[0]:m[1]:m[1]]
	}
	return out
}

// FindAllIndex returns the offsets of up to n successive matches in b.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int { return re.all(string(b), n, 2) }

// FindAllSubmatch returns up to n successive matches in b and their groups.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	ms := re.all(string(b), n, re.slots())
	if ms == nil {
		return nil
	}
	out := make([][][]byte, len(ms))
	for i, m := range ms {
		out[i] = subSlices(b, m)
	}
	return out
}

// FindAllSubmatchIndex returns the offsets of up to n successive matches in b and their groups.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int { return re.all(string(b), n, re.slots()) }

// replace rebuilds src with each match ReplaceAll replaces given to add.
func (re *Regexp) replace(src string, slots int, add func(dst []byte, m []int) []byte) []byte {
	flat := replaced(re.prog, src, slots, re.longest)
	var dst []byte
	last := 0
	for i := 0; i < len(flat); i += slots {
		m := flat[i : i+slots : i+slots]
		dst = append(dst, src[last:m[0]]...)
		dst = add(dst, m)
		last = m[1]
	}
	return append(dst, src[last:]...)
}

// templateSlots is how many offsets a template needs: the groups' only if it refers to them.
func (re *Regexp) templateSlots(template string) int {
	if strings.IndexByte(template, '$') >= 0 {
		return re.slots()
	}
	return 2
}

// ReplaceAllString replaces each match in src by repl with $1, ${name}... expanded (see Expand).
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return string(re.replace(src, re.templateSlots(repl), func(dst []byte, m []int) []byte {
		return re.expand(dst, repl, src, m)
	}))
}

// ReplaceAllLiteralString replaces each match in src by repl as it is.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replace(src, 2, func(dst []byte, m []int) []byte { return append(dst, repl...) }))
}

// ReplaceAllStringFunc replaces each match in src by what repl makes of it.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return string(re.replace(src, 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	}))
}

// ReplaceAll replaces each match in src by repl with $1, ${name}... expanded (see Expand).
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	template := string(repl)
	s := string(src)
	return re.replace(s, re.templateSlots(template), func(dst []byte, m []int) []byte {
		return re.expand(dst, template, s, m)
	})
}

// ReplaceAllLiteral replaces each match in src by repl as it is.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replace(string(src), 2, func(dst []byte, m []int) []byte { return append(dst, repl...) })
}

// ReplaceAllFunc replaces each match in src by what repl makes of it.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replace(string(src), 2, func(dst []byte, m []int) []byte {
		return append(dst, repl(src[m[0]:m[1]])...)
	})
}

// Expand appends template to dst with each $n, ${n}, $name or ${name} replaced by that group of match (offsets
// into src; nothing for a group that took no part or does not exist) and $$ by $. A name is the longest run of
// letters, digits and underscores, so $1x is the group named 1x; a $ that starts no reference stays as it is.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), string(src), match)
}

// ExpandString is Expand with a string template and source.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, src, match)
}

func (re *Regexp) expand(dst []byte, template string, src string, match []int) []byte {
	for {
		i := strings.IndexByte(template, '$')
		if i < 0 {
			break
		}
		dst = append(dst, template[:i]...)
		template = template[i+1:]
		if strings.HasPrefix(template, "$") {
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := reference(template)
		if !ok {
			dst = append(dst, '$')
			continue
		}
		template = rest
		group := num
		if num < 0 {
			group = -1
			for k, n := range re.subexpNames {
				if n == name && 2*k+1 < len(match) && match[2*k] >= 0 {
					group = k
					break
				}
			}
		}
		if group >= 0 && 2*group+1 < len(match) && match[2*group] >= 0 {
			dst = append(dst, src[match[2*group]:match[2*group+1]]...)
		}
	}
	return append(dst, template...)
}

// reference reads a group reference after a $: name or {name}, and its number when the name is a decimal
// without leading zeros (else -1).
func reference(t string) (name string, num int, rest string, ok bool) {
	braced := strings.HasPrefix(t, "{")
	if braced {
		t = t[1:]
	}
	n := 0
	for n < len(t) {
		r, w := utf8.DecodeRuneInString(t[n:])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		n += w
	}
	if n == 0 {
		return "", 0, "", false
	}
	name = t[:n]
	if braced {
		if n == len(t) || t[n] != '}' {
			return "", 0, "", false
		}
		n++
	}
	num = 0
	for _, c := range []byte(name) {
		if c < '0' || c > '9' || num >= 100000000 {
			num = -1
			break
		}
		num = num*10 + int(c-'0')
	}
	if len(name) > 1 && name[0] == '0' {
		num = -1
	}
	return name, num, t[n:], true
}

// Split cuts s around the matches into at most n pieces (all if n < 0, none if n == 0). An empty match at the
// start, or right after the previous piece's match, cuts nothing.
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if s == "" && re.expr != "" {
		return []string{""}
	}
	ms := re.all(s, n, 2)
	out := make([]string, 0, len(ms))
	from, cut := 0, 0
	for _, m := range ms {
		if n > 0 && len(out) == n-1 {
			break
		}
		cut = m[0]
		if m[1] != 0 {
			out = append(out, s[from:cut])
		}
		from = m[1]
	}
	if cut != len(s) {
		out = append(out, s[from:])
	}
	return out
}
