// Package base64 writes bytes as text of 64 characters, 6 bits a character, and reads it back, with the alphabets,
// padding rules and error offsets of Go 1.19's encoding/base64 (RFC 4648). Decoding skips '\r' and '\n' anywhere.
package base64

import (
	"io"
	"strconv"
)

// Encoding is an alphabet of 64 characters with a padding rule; it is safe for concurrent use.
type Encoding struct {
	alphabet [64]byte
	value    [256]byte // of each character: its 6 bits, or notInAlphabet
	pad      rune
	strict   bool
}

const notInAlphabet = 0xFF

// The padding choices: '=' (as RFC 4648's encodings have it) or none.
const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// The texts of the panics of a bad alphabet or padding, as Go words them.
const (
	alphabetLengthPanic  = "encoding alphabet is not 64-bytes long"
	alphabetNewlinePanic = "encoding alphabet contains newline character"
	badPaddingPanic      = "invalid padding"
	paddingInAlphabet    = "padding contained in alphabet"
)

// NewEncoding makes a padded encoding of the 64 characters of alphabet, which must not hold '\r' or '\n'.
func NewEncoding(alphabet string) *Encoding {
	if len(alphabet) != 64 {
		panic(alphabetLengthPanic)
	}
	e := &Encoding{pad: StdPadding}
	for i := range e.value {
		e.value[i] = notInAlphabet
	}
	for i := 0; i < 64; i++ {
		c := alphabet[i]
		if c == '\r' || c == '\n' {
			panic(alphabetNewlinePanic)
		}
		e.alphabet[i] = c
		e.value[c] = byte(i)
	}
	return e
}

// WithPadding is a copy of enc with another padding character, or NoPadding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding == '\r' || padding == '\n' || padding > 0xFF {
		panic(badPaddingPanic)
	}
	for _, c := range enc.alphabet {
		if rune(c) == padding {
			panic(paddingInAlphabet)
		}
	}
	enc.pad = padding
	return &enc
}

// Strict is a copy of enc that refuses, when decoding, a last character with bits set beyond the data (RFC 4648
// 3.5), so each text decodes from one encoding only.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The encodings of RFC 4648: the standard one, the one safe in URLs and file names, and both without padding.
var (
	StdEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	URLEncoding    = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// EncodedLen is the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.pad == NoPadding {
		return (8*n + 5) / 6
	}
	return 4 * ((n + 2) / 3)
}

// DecodedLen is the most bytes n characters of text can decode to.
func (enc *Encoding) DecodedLen(n int) int {
	if enc.pad == NoPadding {
		return 6 * n / 8
	}
	return 3 * (n / 4)
}

// Encode writes the encoding of src into dst, which must hold EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	at := 0
	for len(src) >= 3 {
		group := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		for k := 0; k < 4; k++ {
			dst[at+k] = enc.alphabet[group>>(18-6*k)&63]
		}
		at += 4
		src = src[3:]
	}
	if len(src) == 0 {
		return
	}
	group := uint(src[0]) << 16
	if len(src) == 2 {
		group |= uint(src[1]) << 8
	}
	// One leftover byte takes two characters, two take three; padding fills the group to four.
	chars := len(src) + 1
	for k := 0; k < chars; k++ {
		dst[at+k] = enc.alphabet[group>>(18-6*k)&63]
	}
	if enc.pad != NoPadding {
		for k := chars; k < 4; k++ {
			dst[at+k] = byte(enc.pad)
		}
	}
}

// EncodeToString is the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// CorruptInputError is the offset in the text of the byte where decoding failed.
type CorruptInputError int64

var corruptInputText = "illegal base64 data at input byte "

func (e CorruptInputError) Error() string {
	return corruptInputText + strconv.FormatInt(int64(e), 10)
}

func isNewline(c byte) bool { return c == '\r' || c == '\n' }

// skipNewlines is the first index from at that is not a newline.
func skipNewlines(src []byte, at int) int {
	for at < len(src) && isNewline(src[at]) {
		at++
	}
	return at
}

// decodeGroup decodes the group of up to four characters that starts at src[at] into dst. It returns where the
// next group starts and how many bytes it wrote; the error offsets are those Go reports.
func (enc *Encoding) decodeGroup(dst, src []byte, at int) (next, n int, err error) {
	var sextets [4]byte
	have := 0
	for have < 4 {
		if at == len(src) {
			if have == 0 {
				return at, 0, nil
			}
			if have == 1 || enc.pad != NoPadding {
				return at, 0, CorruptInputError(at - have)
			}
			break
		}
		c := src[at]
		at++
		if v := enc.value[c]; v != notInAlphabet {
			sextets[have] = v
			have++
			continue
		}
		if isNewline(c) {
			continue
		}
		if rune(c) != enc.pad || have < 2 {
			return at, 0, CorruptInputError(at - 1)
		}
		if have == 2 {
			// Two characters of data need two padding characters, newlines allowed between them.
			at = skipNewlines(src, at)
			if at == len(src) {
				return at, 0, CorruptInputError(len(src))
			}
			if rune(src[at]) != enc.pad {
				return at, 0, CorruptInputError(at - 1)
			}
			at++
		}
		// Padding ends the text: anything after it but newlines is an error, reported after the bytes.
		at = skipNewlines(src, at)
		if at < len(src) {
			err = CorruptInputError(at)
		}
		break
	}
	group := uint(sextets[0])<<18 | uint(sextets[1])<<12 | uint(sextets[2])<<6 | uint(sextets[3])
	b0, b1, b2 := byte(group>>16), byte(group>>8), byte(group)
	switch have {
	case 4:
		dst[2], dst[1], dst[0] = b2, b1, b0
	case 3:
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return at, 0, CorruptInputError(at - 1)
		}
		dst[0] = b0
	case 2:
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return at, 0, CorruptInputError(at - 2)
		}
	}
	return at, have - 1, err
}

// Decode writes the bytes src encodes into dst (DecodedLen(len(src)) bytes are enough) and returns their count;
// on a CorruptInputError, the count of the whole groups before it.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	at := 0
	for at < len(src) {
		var wrote int
		at, wrote, err = enc.decodeGroup(dst[n:], src, at)
		n += wrote
		if err != nil {
			break
		}
	}
	return n, err
}

// DecodeString is the bytes s encodes; on an error, those of the whole groups before it.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}

// streamEncoder encodes whole groups of three bytes as they come and keeps the rest for the next Write or Close.
type streamEncoder struct {
	enc     *Encoding
	sink    io.Writer
	failed  error // the first error of the sink, which every later call returns
	partial [3]byte
	held    int
	out     [1024]byte
}

// NewEncoder returns a writer that writes the encoding of what it is given to w. Close writes the last, partial
// group; it does not close w.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &streamEncoder{enc: enc, sink: w}
}

func (e *streamEncoder) Write(p []byte) (n int, err error) {
	if e.failed != nil {
		return 0, e.failed
	}
	if e.held > 0 {
		taken := copy(e.partial[e.held:], p)
		e.held += taken
		n, p = taken, p[taken:]
		if e.held < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.partial[:])
		if _, e.failed = e.sink.Write(e.out[:4]); e.failed != nil {
			return n, e.failed
		}
		e.held = 0
	}
	for len(p) >= 3 {
		whole := len(p) - len(p)%3
		if limit := len(e.out) / 4 * 3; whole > limit {
			whole = limit
		}
		e.enc.Encode(e.out[:], p[:whole])
		if _, e.failed = e.sink.Write(e.out[:whole/3*4]); e.failed != nil {
			return n, e.failed
		}
		n, p = n+whole, p[whole:]
	}
	e.held = copy(e.partial[:], p)
	return n + len(p), nil
}

func (e *streamEncoder) Close() error {
	if e.failed == nil && e.held > 0 {
		e.enc.Encode(e.out[:], e.partial[:e.held])
		_, e.failed = e.sink.Write(e.out[:e.enc.EncodedLen(e.held)])
		e.held = 0
	}
	return e.failed
}

// newlineDropper reads from r without '\r' and '\n', so that the decoder's groups are whole; it reads again rather
// than give back nothing but newlines.
type newlineDropper struct {
	r io.Reader
}

func (d newlineDropper) Read(p []byte) (int, error) {
	for {
		n, err := d.r.Read(p)
		if n == 0 {
			return 0, err
		}
		kept := 0
		for _, c := range p[:n] {
			if !isNewline(c) {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
	}
}

// streamDecoder decodes whole groups of four characters; an unpadded encoding's short last group is decoded at the
// end of the text.
type streamDecoder struct {
	enc     *Encoding
	r       io.Reader
	failure error // decoding's error (or the source's, once its text is used up), returned from then on
	readErr error // the source's error, kept until the text before it is decoded
	text    [1024]byte
	held    int    // characters in text not yet decoded
	ready   []byte // decoded bytes that did not fit the caller's buffer
	decoded [768]byte
}

// NewDecoder returns a reader of the bytes the text read from r encodes; newlines in the text are skipped.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &streamDecoder{enc: enc, r: newlineDropper{r}}
}

func (d *streamDecoder) Read(p []byte) (n int, err error) {
	if len(d.ready) > 0 {
		n = copy(p, d.ready)
		d.ready = d.ready[n:]
		return n, nil
	}
	if d.failure != nil {
		return 0, d.failure
	}
	// Read at least one group, and about as many as p can take.
	for d.held < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.text) {
			want = len(d.text)
		}
		var got int
		got, d.readErr = d.r.Read(d.text[d.held:want])
		d.held += got
	}
	if d.held < 4 {
		if d.enc.pad == NoPadding && d.held > 0 {
			var count int
			count, d.failure = d.enc.Decode(d.decoded[:], d.text[:d.held])
			d.held = 0
			n = copy(p, d.decoded[:count])
			d.ready = d.decoded[n:count]
			if n > 0 || (len(p) == 0 && len(d.ready) > 0) {
				return n, nil
			}
			if d.failure != nil {
				return 0, d.failure
			}
		}
		d.failure = d.readErr
		if d.failure == io.EOF && d.held > 0 {
			d.failure = io.ErrUnexpectedEOF
		}
		return 0, d.failure
	}
	groups := d.held / 4
	if 3*groups > len(p) {
		var count int
		count, d.failure = d.enc.Decode(d.decoded[:], d.text[:4*groups])
		n = copy(p, d.decoded[:count])
		d.ready = d.decoded[n:count]
	} else {
		n, d.failure = d.enc.Decode(p, d.text[:4*groups])
	}
	d.held = copy(d.text[:], d.text[4*groups:d.held])
	return n, d.failure
}
