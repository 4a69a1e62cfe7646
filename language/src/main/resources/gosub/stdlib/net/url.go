// Package url takes URLs apart and puts them together as Go 1.19's net/url does (RFC 3986 with the leniencies Go
// keeps for the web): Parse and ParseRequestURI, percent-encoding for each part of a URL, query strings as Values,
// and the resolution of a reference against a base.
package url

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Error is the error of Parse and friends: which operation, on which text, and why.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }

func (e *Error) Error() string {
	op, text, cause := e.Op, e.URL, e.Err
	return fmt.Sprintf("%s %q: %s", op, text, cause)
}

// Timeout reports whether the underlying error says it is a timeout.
func (e *Error) Timeout() bool {
	if t, ok := e.Err.(interface{ Timeout() bool }); ok {
		return t.Timeout()
	}
	return false
}

// Temporary reports whether the underlying error says it is temporary.
func (e *Error) Temporary() bool {
	if t, ok := e.Err.(interface{ Temporary() bool }); ok {
		return t.Temporary()
	}
	return false
}

// EscapeError is the error of a malformed percent escape; it holds the escape (at most 3 bytes).
type EscapeError string

func (e EscapeError) Error() string { return "invalid URL escape " + strconv.Quote(string(e)) }

// InvalidHostError is the error of a byte a host name may not hold.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	const before, after = "invalid character ", " in host name"
	return before + strconv.Quote(string(e)) + after
}

var (
	errControlByte   = errors.New("net/url: invalid control character in URL")
	errEmptyURL      = errors.New("empty url")
	errNoScheme      = errors.New("missing protocol scheme")
	errNotForRequest = errors.New("invalid URI for request")
	errColonInFirst  = errors.New("first path segment in URL cannot contain colon")
	errBadUserinfo   = errors.New("net/url: invalid userinfo")
	errNoBracket     = errors.New("missing ']' in host")
	errSemicolon     = errors.New("invalid semicolon separator in query")
)

// part is the piece of a URL a text is escaped for or unescaped from: each keeps a different set of bytes as they
// are.
type part int

const (
	inPath part = iota + 1
	inPathSegment
	inHost
	inZone
	inUserinfo
	inQueryComponent
	inFragment
)

// escapes tells whether byte c must be written as %XX in the given part of a URL.
func escapes(c byte, p part) bool {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return false
	}
	if p == inHost || p == inZone {
		// sub-delimiters, the colon and brackets of IPv6 literals, and bytes Go lets through for host names
		if strings.IndexByte("!$&'()*+,;=:[]<>\"", c) >= 0 {
			return false
		}
	}
	switch c {
	case '-', '.', '_', '~': // unreserved everywhere
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@': // reserved: depends on the part
		switch p {
		case inPath:
			return c == '?'
		case inPathSegment:
			return strings.IndexByte("/;,?", c) >= 0
		case inUserinfo:
			return strings.IndexByte("@/?:", c) >= 0
		case inQueryComponent:
			return true
		case inFragment:
			return false
		}
	}
	if p == inFragment && (c == '!' || c == '(' || c == ')' || c == '*') {
		return false
	}
	return true
}

func hexValue(c byte) (byte, bool) {
	if c-'0' < 10 {
		return c - '0', true
	}
	// setting bit 5 maps 'A'..'F' onto 'a'..'f' and no other byte there
	if lower := c | 0x20; lower-'a' < 6 {
		return lower - 'a' + 10, true
	}
	return 0, false
}

// escapeAt checks the escape that starts at s[i] ('%'), returning its byte, or the EscapeError of its first three
// bytes (fewer at the end of s).
func escapeAt(s string, i int) (byte, error) {
	if i+2 < len(s) {
		hi, ok1 := hexValue(s[i+1])
		lo, ok2 := hexValue(s[i+2])
		if ok1 && ok2 {
			return hi<<4 | lo, nil
		}
	}
	bad := s[i:]
	if len(bad) > 3 {
		bad = bad[:3]
	}
	return 0, EscapeError(bad)
}

// unescape decodes %XX escapes (and '+' as a space in a query component), checking the whole text first, as the
// first fault decides the error.
func unescape(s string, p part) (string, error) {
	escapesSeen, plusAsSpace := false, false
	for i := 0; len(s) > i; i++ {
		switch c := s[i]; {
		case c == '%':
			v, err := escapeAt(s, i)
			if err != nil {
				return "", err
			}
			// in a host, an escape may only stand for a non-ASCII byte, but for "%25" (which introduces a zone)
			if p == inHost && v < 0x80 && s[i:i+3] != "%25" {
				return "", EscapeError(s[i : i+len("%25")])
			}
			if p == inZone && s[i:i+3] != "%25" && v != ' ' && escapes(v, inHost) {
				return "", EscapeError(s[i : i+len("%25")])
			}
			escapesSeen = true
			i += 2
		case c == '+':
			if p == inQueryComponent {
				plusAsSpace = true
			}
		case (p == inHost || p == inZone) && c < 0x80 && escapes(c, p):
			return "", InvalidHostError(string(c))
		}
	}
	if !escapesSeen && !plusAsSpace {
		return s, nil
	}
	out := make([]byte, 0, len(s))
	for at := 0; at < len(s); at++ {
		switch c := s[at]; {
		case c == '%':
			v, _ := escapeAt(s, at)
			out = append(out, v)
			at += 2
		case c == '+' && p == inQueryComponent:
			out = append(out, ' ')
		default:
			out = append(out, c)
		}
	}
	return string(out), nil
}

const upperHexDigits = "0123456789ABCDEF"

// escape writes the bytes the part may not hold as %XX (and a space in a query component as '+').
func escape(s string, p part) string {
	changed, extra := false, 0
	for _, octet := range []byte(s) {
		if escapes(octet, p) {
			changed = true
			if octet != ' ' || p != inQueryComponent {
				extra += 2
			}
		}
	}
	if !changed {
		return s
	}
	out := make([]byte, 0, len(s)+extra)
	for _, octet := range []byte(s) {
		switch {
		case octet == ' ' && p == inQueryComponent:
			out = append(out, '+')
		case escapes(octet, p):
			out = append(out, '%', upperHexDigits[octet>>4], upperHexDigits[octet&0xF])
		default:
			out = append(out, octet)
		}
	}
	return string(out)
}

// QueryUnescape decodes a query component: %XX escapes, and '+' as a space.
func QueryUnescape(s string) (string, error) { return unescape(s, inQueryComponent) }

// PathUnescape decodes %XX escapes of a path segment ('+' stays '+').
func PathUnescape(s string) (string, error) { return unescape(s, inPathSegment) }

// QueryEscape encodes s to be a query component: a space becomes '+'.
func QueryEscape(s string) string { return escape(s, inQueryComponent) }

// PathEscape encodes s to be one path segment: '/' is escaped too.
func PathEscape(s string) string { return escape(s, inPathSegment) }

// URL is a parsed URL: [scheme:][//[userinfo@]host][/]path[?query][#fragment], or scheme:opaque[?query][#fragment].
// Path and Fragment are decoded; RawPath and RawFragment keep the original encoding when it is not the default one.
type URL struct {
	Scheme      string
	Opaque      string
	User        *Userinfo
	Host        string
	Path        string
	RawPath     string
	OmitHost    bool
	ForceQuery  bool
	RawQuery    string
	Fragment    string
	RawFragment string
}

// Userinfo is the user name and optional password of a URL; it never changes once made.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// User is a Userinfo with a user name and no password.
func User(username string) *Userinfo { return &Userinfo{username: username} }

// UserPassword is a Userinfo with a user name and a password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username: username, password: password, passwordSet: true}
}

// Username is the user name ("" for a nil Userinfo).
func (u *Userinfo) Username() string {
	if u != nil {
		return u.username
	}
	return ""
}

// Password is the password and whether there is one.
func (u *Userinfo) Password() (string, bool) {
	if u != nil {
		return u.password, u.passwordSet // "user:" has an empty one
	}
	return "", false
}

// String is "user" or "user:password", escaped.
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	text := escape(u.username, inUserinfo)
	if u.passwordSet {
		text += ":" + escape(u.password, inUserinfo)
	}
	return text
}

// splitScheme takes a leading "scheme:" off raw: letters, then letters, digits, '+', '-' and '.'. A text that does
// not start that way has no scheme.
func splitScheme(raw string) (scheme, rest string, err error) {
	for i, c := range []byte(raw) {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		other := c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
		switch {
		case letter:
		case other && i > 0:
		case c == ':' && i > 0:
			return raw[:i], raw[i+1:], nil
		case c == ':':
			return "", "", errNoScheme
		default:
			return "", raw, nil
		}
	}
	return "", raw, nil
}

// Parse parses a URL, absolute or relative, with an optional fragment after '#'.
func Parse(rawURL string) (*URL, error) {
	body, frag, _ := strings.Cut(rawURL, "#")
	u, err := parseURL(body, false)
	if err != nil {
		return nil, &Error{Op: "parse", URL: body, Err: err}
	}
	if frag != "" {
		if err := u.setFragment(frag); err != nil {
			return nil, &Error{Op: "parse", URL: rawURL, Err: err}
		}
	}
	return u, nil
}

// ParseRequestURI parses the target of an HTTP request: an absolute URL or an absolute path, with no fragment.
func ParseRequestURI(rawURL string) (*URL, error) {
	u, err := parseURL(rawURL, true)
	if err != nil {
		return nil, &Error{Op: "parse", URL: rawURL, Err: err}
	}
	return u, nil
}

func hasControlByte(s string) bool {
	for _, octet := range []byte(s) {
		if octet < 0x20 || octet == 0x7F {
			return true
		}
	}
	return false
}

// parseURL parses a URL without its fragment; forRequest is ParseRequestURI's stricter form.
func parseURL(raw string, forRequest bool) (*URL, error) {
	if hasControlByte(raw) {
		return nil, errControlByte
	}
	if forRequest && raw == "" {
		return nil, errEmptyURL
	}
	u := &URL{}
	if raw == "*" {
		u.Path = raw
		return u, nil
	}
	scheme, rest, err := splitScheme(raw)
	if err != nil {
		return nil, err
	}
	u.Scheme = strings.ToLower(scheme)

	// a lone '?' at the end asks for an empty query
	if strings.Count(rest, "?") == 1 && strings.HasSuffix(rest, "?") {
		u.ForceQuery = true
		rest = strings.TrimSuffix(rest, "?")
	} else {
		rest, u.RawQuery, _ = strings.Cut(rest, "?")
	}

	rooted := strings.HasPrefix(rest, "/")
	if !rooted {
		if u.Scheme != "" {
			u.Opaque = rest // mailto:x@y, or scheme:relative
			return u, nil
		}
		if forRequest {
			return nil, errNotForRequest
		}
		// "a:b/c" would read as a scheme
		if first, _, _ := strings.Cut(rest, "/"); strings.Contains(first, ":") {
			return nil, errColonInFirst
		}
	}

	hasAuthority := strings.HasPrefix(rest, "//") &&
		(u.Scheme != "" || !forRequest && !strings.HasPrefix(rest, "///"))
	if hasAuthority {
		authority := rest[2:]
		rest = ""
		if slash := strings.IndexByte(authority, '/'); slash >= 0 {
			authority, rest = authority[:slash], authority[slash:]
		}
		if u.User, u.Host, err = splitAuthority(authority); err != nil {
			return nil, err
		}
	} else if u.Scheme != "" && rooted {
		u.OmitHost = true // scheme:/path, with no "//"
	}
	if err := u.setPath(rest); err != nil {
		return nil, err
	}
	return u, nil
}

// userinfoByte: the bytes a userinfo may hold unescaped (RFC 3986's unreserved and sub-delims, ':', and '%' and
// '@' as Go allows).
func userinfoByte(r rune) bool {
	if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
		return true
	}
	return strings.ContainsRune("-._:~!$&'()*+,;=%@", r)
}

// splitAuthority parses [userinfo@]host; the last '@' ends the userinfo.
func splitAuthority(authority string) (*Userinfo, string, error) {
	at := strings.LastIndexByte(authority, '@')
	host, err := parseHost(authority[at+1:])
	if err != nil {
		return nil, "", err
	}
	if at < 0 {
		return nil, host, nil
	}
	info := authority[:at]
	for _, r := range info {
		if !userinfoByte(r) {
			return nil, "", errBadUserinfo
		}
	}
	name, pass, withPassword := strings.Cut(info, ":")
	if name, err = unescape(name, inUserinfo); err != nil {
		return nil, "", err
	}
	if !withPassword {
		return User(name), host, nil
	}
	if pass, err = unescape(pass, inUserinfo); err != nil {
		return nil, "", err
	}
	return UserPassword(name, pass), host, nil
}

// portOrNothing: "" or ':' followed by digits only.
func portOrNothing(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	return strings.Trim(port[1:], "0123456789") == ""
}

func badPort(port string) error { return fmt.Errorf("invalid port %q after host", port) }

// parseHost checks a host[:port] and decodes its escapes; an IPv6 literal in brackets may have a zone after "%25".
func parseHost(host string) (string, error) {
	if len(host) > 0 && host[0] == '[' {
		closing := strings.LastIndexByte(host, ']')
		if closing < 0 {
			return "", errNoBracket
		}
		if port := host[closing+1:]; !portOrNothing(port) {
			return "", badPort(port)
		}
		if zone := strings.Index(host[:closing], "%25"); zone >= 0 {
			// the address, the zone and the rest are each decoded by their own rules
			var whole strings.Builder
			pieces := []struct {
				text string
				p    part
			}{{host[:zone], inHost}, {host[zone:closing], inZone}, {host[closing:], inHost}}
			for _, piece := range pieces {
				decoded, err := unescape(piece.text, piece.p)
				if err != nil {
					return "", err
				}
				whole.WriteString(decoded)
			}
			return whole.String(), nil
		}
	} else if colon := strings.LastIndexByte(host, ':'); colon >= 0 {
		if port := host[colon:]; !portOrNothing(port) {
			return "", badPort(port)
		}
	}
	return unescape(host, inHost)
}

// setPath sets Path from the escaped text p, keeping p as RawPath when it is not Path's default escaping.
func (u *URL) setPath(p string) error {
	decoded, err := unescape(p, inPath)
	if err != nil {
		return err
	}
	u.Path, u.RawPath = decoded, ""
	if escape(decoded, inPath) != p {
		u.RawPath = p
	}
	return nil
}

// keepsEncoding: whether raw is a valid escaping of a URL part, which may escape less than escape does (RFC 3986's
// sub-delimiters, ':', '@' and brackets unescaped).
func keepsEncoding(raw string, p part) bool {
	for _, c := range []byte(raw) {
		if strings.IndexByte("!$&'()*+,;=:@[]%", c) >= 0 {
			continue
		}
		if escapes(c, p) {
			return false
		}
	}
	return true
}

// EscapedPath is the path as it goes in the URL: RawPath when it is a valid encoding of Path, else Path escaped.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && keepsEncoding(u.RawPath, inPath) {
		if decoded, err := unescape(u.RawPath, inPath); err == nil && decoded == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return u.Path // the request target of OPTIONS *
	}
	return escape(u.Path, inPath)
}

func (u *URL) setFragment(f string) error {
	decoded, err := unescape(f, inFragment)
	if err != nil {
		return err
	}
	u.Fragment, u.RawFragment = decoded, ""
	if escape(decoded, inFragment) != f {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment is the fragment as it goes in the URL, by the rules of EscapedPath.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && keepsEncoding(u.RawFragment, inFragment) {
		if decoded, err := unescape(u.RawFragment, inFragment); err == nil && decoded == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, inFragment)
}

// String puts the URL back together, escaping each part.
func (u *URL) String() string {
	var b strings.Builder
	if u.Scheme != "" {
		b.WriteString(u.Scheme + ":")
	}
	if u.Opaque != "" {
		b.WriteString(u.Opaque)
	} else {
		noAuthority := u.Host == "" && u.User == nil
		if u.Scheme != "" && !(u.OmitHost && noAuthority) || !noAuthority {
			if !noAuthority || u.Path != "" {
				b.WriteString("//")
			}
			if u.User != nil {
				b.WriteString(u.User.String() + "@")
			}
			if u.Host != "" {
				b.WriteString(escape(u.Host, inHost))
			}
		}
		p := u.EscapedPath()
		if u.Host != "" && p != "" && p[0] != '/' {
			b.WriteByte('/')
		}
		if b.Len() == 0 {
			// a colon in the first segment of a relative path would read as a scheme
			if first, _, _ := strings.Cut(p, "/"); strings.Contains(first, ":") {
				b.WriteString("./")
			}
		}
		b.WriteString(p)
	}
	if u.RawQuery != "" || u.ForceQuery {
		b.WriteString("?" + u.RawQuery)
	}
	if u.Fragment != "" {
		b.WriteString("#" + u.EscapedFragment())
	}
	return b.String()
}

// Redacted is String with the password, if any, shown as "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	shown := *u
	if _, ok := shown.User.Password(); ok {
		shown.User = UserPassword(shown.User.Username(), "xxxxx")
	}
	return shown.String()
}

// IsAbs reports whether the URL has a scheme.
func (u *URL) IsAbs() bool { return u.Scheme != "" }

// Parse parses ref and resolves it against u.
func (u *URL) Parse(ref string) (*URL, error) {
	r, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(r), nil
}

// mergePaths resolves the escaped path ref against base (RFC 3986, 5.2.2 to 5.2.4): a relative ref replaces
// base's last segment, then "." and ".." segments are removed; the result is rooted. Go's way of doing it leaves an
// empty segment after a ".." that emptied the path (not after one that found nothing to remove), and so does this.
func mergePaths(base, ref string) string {
	full := ref
	switch {
	case ref == "":
		full = base
	case ref[0] != '/':
		full = base[:strings.LastIndexByte(base, '/')+1] + ref
	}
	if full == "" {
		return ""
	}
	segments := strings.Split(full, "/")
	out := "/"
	fresh := true // nothing written since out was (re)set to "/", so the next segment needs no '/' before it
	for _, segment := range segments {
		switch segment {
		case ".":
			fresh = false
		case "..":
			if cut := strings.LastIndexByte(out[1:], '/'); cut >= 0 {
				out = out[:cut+1]
			} else {
				out, fresh = "/", true
			}
		default:
			if !fresh {
				out += "/"
			}
			out += segment
			fresh = false
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		out += "/"
	}
	// out began with a '/' of its own, doubled when full was rooted
	if len(out) > 1 && out[1] == '/' {
		out = out[1:]
	}
	return out
}

// ResolveReference resolves the reference ref against u as RFC 3986 section 5.2 says; the result is a new URL.
func (u *URL) ResolveReference(ref *URL) *URL {
	out := *ref
	if ref.Scheme == "" {
		out.Scheme = u.Scheme
	}
	if ownAuthority := ref.Scheme != "" || ref.Host != "" || ref.User != nil; ownAuthority {
		// the reference has its own authority: only its dot segments go
		out.setPath(mergePaths(ref.EscapedPath(), ""))
		return &out
	}
	if ref.Opaque != "" {
		out.User, out.Host, out.Path = nil, "", ""
		return &out
	}
	if ref.Path == "" && ref.RawQuery == "" && !ref.ForceQuery {
		out.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			out.Fragment, out.RawFragment = u.Fragment, u.RawFragment
		}
	}
	out.Host, out.User = u.Host, u.User
	out.setPath(mergePaths(u.EscapedPath(), ref.EscapedPath()))
	return &out
}

// Query parses RawQuery, leaving out malformed pairs.
func (u *URL) Query() Values {
	values, _ := ParseQuery(u.RawQuery)
	return values
}

// RequestURI is the target of an HTTP request for the URL: the escaped path (or the opaque part) and the query.
func (u *URL) RequestURI() string {
	target := u.Opaque
	switch {
	case target == "":
		if target = u.EscapedPath(); target == "" {
			target = "/"
		}
	case strings.HasPrefix(target, "//"):
		target = u.Scheme + ":" + target
	}
	if u.RawQuery != "" || u.ForceQuery {
		target += "?" + u.RawQuery
	}
	return target
}

// splitPort cuts Host into the host name (without an IPv6 literal's brackets) and the port, if it has a valid one.
func splitPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(hostPort, ':'); colon >= 0 && portOrNothing(hostPort[colon:]) {
		host, port = hostPort[:colon], hostPort[colon+1:]
	}
	if n := len(host); n >= 2 && host[0] == '[' && host[n-1] == ']' {
		host = host[1 : n-1]
	}
	return host, port
}

// Hostname is Host without its port and brackets.
func (u *URL) Hostname() string {
	h, _ := splitPort(u.Host)
	return h
}

// Port is the port of Host, or "" when it has none.
func (u *URL) Port() string {
	_, p := splitPort(u.Host)
	return p
}

// MarshalBinary is the URL's String as bytes.
func (u *URL) MarshalBinary() (text []byte, err error) { return []byte(u.String()), nil }

// UnmarshalBinary sets u to the parse of text.
func (u *URL) UnmarshalBinary(text []byte) error {
	parsed, err := Parse(string(text))
	if err == nil {
		*u = *parsed
	}
	return err
}

// JoinPath is a copy of u whose path has the elements added and is then cleaned (path.Join); a trailing slash of
// the last element stays.
func (u *URL) JoinPath(elem ...string) *URL {
	parts := append([]string{u.EscapedPath()}, elem...)
	var joined string
	if strings.HasPrefix(parts[0], "/") {
		joined = path.Join(parts...)
	} else {
		// joined as if rooted, so that ".." cannot climb above the start, then unrooted again
		parts[0] = "/" + parts[0]
		joined = path.Join(parts...)[1:]
	}
	if strings.HasSuffix(parts[len(parts)-1], "/") && !strings.HasSuffix(joined, "/") {
		joined += "/"
	}
	out := *u
	out.setPath(joined)
	return &out
}

// JoinPath parses base and joins the elements to its path (see URL.JoinPath).
func JoinPath(base string, elem ...string) (result string, err error) {
	u, err := Parse(base)
	if err != nil {
		return "", err
	}
	return u.JoinPath(elem...).String(), nil
}

// Values maps query keys to their values, in the order they came.
type Values map[string][]string

// Get is the first value of key, or "".
func (v Values) Get(key string) string {
	if vs := v[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// Set makes value the only value of key.
func (v Values) Set(key, value string) { v[key] = []string{value} }

// Add appends value to key's values.
func (v Values) Add(key, value string) { v[key] = append(v[key], value) }

// Del removes key and its values.
func (v Values) Del(key string) { delete(v, key) }

// Has reports whether key is there, with values or not.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses a query string of key=value pairs separated by '&'. Every well-formed pair is kept; the error
// is the first fault met (a pair with a ';' or a bad escape), and the pair is left out.
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	var first error
	fault := func(err error) {
		if first == nil {
			first = err
		}
	}
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			// as in Go, this fault replaces an earlier one
			first = errSemicolon
			continue
		}
		if pair == "" {
			continue
		}
		rawKey, rawValue, _ := strings.Cut(pair, "=")
		key, err := QueryUnescape(rawKey)
		if err != nil {
			fault(err)
			continue
		}
		value, err := QueryUnescape(rawValue)
		if err != nil {
			fault(err)
			continue
		}
		m.Add(key, value)
	}
	return m, first
}

// Encode writes the values as a query string, "a=1&b=2", keys sorted, each escaped.
func (v Values) Encode() string {
	var keys []string
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		ek := QueryEscape(k)
		for _, val := range v[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(ek + "=" + QueryEscape(val))
		}
	}
	return b.String()
}
