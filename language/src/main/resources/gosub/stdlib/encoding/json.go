//gosub:partial
// Package json, as far as gosub goes: Marshal, MarshalIndent and Unmarshal over any Go value, with struct tags,
// Marshaler, Unmarshaler, TextMarshaler and TextUnmarshaler honoured as Go 1.19 does; Valid, Compact, Indent and
// HTMLEscape; streams through Encoder and Decoder (values or tokens); RawMessage and Number. gosub has no reflect, so the walk of a
// value by its type is Java (natives under gosub.language.stdlib.json), and so is the syntax check every entry
// point starts with; this file keeps the API, the error types and the stream buffering. The error types carry
// their Go type as its name rather than as a reflect.Type (the Type fields are not there). Names this file does
// not declare are refused by name.
package json

import (
	"bytes"
	"errors"
	"io"
	"strconv"
)

// Marshaler is a type that writes itself as JSON.
type Marshaler interface {
	MarshalJSON() (text []byte, err error)
}

// Unmarshaler is a type that reads itself from JSON; it is handed the value's whole text and must copy it to
// keep it.
type Unmarshaler interface {
	UnmarshalJSON(text []byte) error
}

// ---------------------------------------------------------------------------------------------------------------
// Errors

// SyntaxError is input that is not JSON; Offset counts the bytes read when the problem showed.
type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

// UnmarshalTypeError is a JSON value that does not fit the Go value it was to go into.
type UnmarshalTypeError struct {
	Value  string // "bool", "array", "number -5", ...
	typ    string // the Go type it did not fit
	Offset int64  // where in the input the value ends
	Struct string // the struct holding the field, if any
	Field  string // the path of JSON names to the field from the outermost struct
}

func (e *UnmarshalTypeError) Error() string {
	if inField := e.Struct != "" || e.Field != ""; inField {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.typ
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.typ
}

// InvalidUnmarshalError is a target Unmarshal cannot store into: nil, not a pointer, or a nil pointer.
type InvalidUnmarshalError struct {
	typ string // "" for a nil interface
	nilPointer bool
}

func (e *InvalidUnmarshalError) Error() string {
	what := "nil " + e.typ
	switch {
	case e.typ == "":
		what = "nil"
	case !e.nilPointer:
		what = "non-pointer " + e.typ
	}
	return "json: Unmarshal(" + what + ")"
}

// UnsupportedTypeError is a value of a type JSON has no form for (channels, funcs, complex numbers).
type UnsupportedTypeError struct {
	typ string
}

func (e *UnsupportedTypeError) Error() string { return "json: unsupported type: " + e.typ }

// UnsupportedValueError is a value JSON cannot hold (NaN, an infinity, a cycle); Str shows it.
type UnsupportedValueError struct {
	Str string
}

func (e *UnsupportedValueError) Error() string { return "json: unsupported value: " + e.Str }

// MarshalerError is a failure of a MarshalJSON or MarshalText method, or MarshalJSON output that is not JSON.
type MarshalerError struct {
	typ        string
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	return "json: error calling " + e.sourceFunc + " for type " + e.typ + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

// What a native reports in place of an error value: its kind (one of these) and the parts the kind needs.
const (
	failNone = iota
	failSyntax
	failUnsupportedType
	failUnsupportedValue
	failMarshaler
	failMarshalerSyntax
	failUnmarshalType
	failInvalidUnmarshal
	failInvalidUnmarshalNil
	failMessage
	failCause
)

// failure makes the error value a native described.
func failure(kind int, typ, text string, offset int64, strct, field string, cause error) error {
	switch kind {
	case failNone:
		return nil
	case failSyntax:
		return &SyntaxError{text, offset}
	case failUnsupportedType:
		return &UnsupportedTypeError{typ: typ}
	case failUnsupportedValue:
		return &UnsupportedValueError{text}
	case failMarshaler:
		return &MarshalerError{typ, cause, text}
	case failMarshalerSyntax:
		return &MarshalerError{typ, &SyntaxError{text, offset}, "MarshalJSON"}
	case failUnmarshalType:
		return &UnmarshalTypeError{Value: text, typ: typ, Offset: offset, Struct: strct, Field: field}
	case failInvalidUnmarshal:
		return &InvalidUnmarshalError{typ: typ}
	case failInvalidUnmarshalNil:
		return &InvalidUnmarshalError{typ: typ, nilPointer: true}
	case failMessage:
		return errors.New(text)
	}
	return cause
}

// ---------------------------------------------------------------------------------------------------------------
// Natives

// encode writes v as JSON, escaping <, > and & in strings when escapeHTML is set; number is a Number, for its type.
func encode(v any, escapeHTML bool, number any) (text []byte, kind int, typ, msg string, cause error)

// syntaxProblem checks that data is one JSON value: "" if it is, else the SyntaxError's message and offset.
func syntaxProblem(data []byte) (msg string, offset int64)

// compact drops the white space of valid JSON, escaping HTML's characters when asked.
func compact(data []byte, escapeHTML bool) []byte

// indent lays out valid JSON one element a line, each line after the first starting with prefix, then indent
// once per level.
func indent(data []byte, prefix, indent string) []byte

// decode stores valid JSON data where target (a non-nil pointer, checked) points; number is a Number, for its type.
func decode(data []byte, target any, useNumber, disallowUnknown bool, number any) (kind int, typ, text string, offset int64, strct, field string, cause error)

// checkTarget tells what is wrong with an Unmarshal target, as a failure kind and type name.
func checkTarget(target any) (kind int, typ string)

// valueEnd finds where the first JSON value of data ends (after any leading white space): its end, or -1 when
// data holds only part of one and atEOF is false; or a syntax problem.
func valueEnd(data []byte, atEOF bool) (end int, msg string, offset int64)

// ---------------------------------------------------------------------------------------------------------------
// Marshal and Unmarshal

// Marshal returns v as JSON.
func Marshal(v any) ([]byte, error) {
	text, kind, typ, msg, cause := encode(v, true, Number(""))
	if kind != failNone {
		return nil, failure(kind, typ, msg, 0, "", "", cause)
	}
	return text, nil
}

// MarshalIndent is Marshal followed by Indent.
func MarshalIndent(v any, prefix, indentBy string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return indent(b, prefix, indentBy), nil
}

// Unmarshal parses data, which must be one JSON value, into what v points to.
func Unmarshal(data []byte, v any) error {
	return unmarshal(data, v, false, false)
}

func unmarshal(data []byte, v any, useNumber, disallowUnknown bool) error {
	if msg, offset := syntaxProblem(data); msg != "" {
		return &SyntaxError{msg, offset}
	}
	if kind, typ := checkTarget(v); kind != failNone {
		return failure(kind, typ, "", 0, "", "", nil)
	}
	kind, typ, text, offset, strct, field, cause := decode(data, v, useNumber, disallowUnknown, Number(""))
	return failure(kind, typ, text, offset, strct, field, cause)
}

// Valid reports whether data is one JSON value.
func Valid(data []byte) bool {
	msg, _ := syntaxProblem(data)
	return msg == ""
}

// Compact appends src to dst without its insignificant white space.
func Compact(dst *bytes.Buffer, src []byte) error {
	if msg, offset := syntaxProblem(src); msg != "" {
		return &SyntaxError{msg, offset}
	}
	dst.Write(compact(src, false))
	return nil
}

// Indent appends src to dst laid out by indent (see MarshalIndent). Leading white space of src is dropped and
// trailing white space kept, as Go does.
func Indent(dst *bytes.Buffer, src []byte, prefix, indentBy string) error {
	if msg, offset := syntaxProblem(src); msg != "" {
		return &SyntaxError{msg, offset}
	}
	end := len(src)
	for end > 0 && isSpace(src[end-1]) {
		end--
	}
	dst.Write(indent(src[:end], prefix, indentBy))
	dst.Write(src[end:])
	return nil
}

// HTMLEscape appends src to dst with <, >, & and U+2028 and U+2029 in strings written as \u escapes.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	const lowerHex16 = "0123456789abcdef"
	for i := 0; i != len(src); i++ {
		switch c := src[i]; {
		case c == '<', c == '>', c == '&':
			dst.WriteString(`\u00`)
			dst.WriteByte(lowerHex16[c>>4])
			dst.WriteByte(lowerHex16[c&15])
		case c == 0xE2 && len(src)-i > 2 && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9):
			// U+2028 and U+2029, the line and paragraph separators
			dst.WriteString(`\u202`)
			dst.WriteByte(lowerHex16[src[i+2]-0xA0])
			i += 2
		default:
			dst.WriteByte(c)
		}
	}
}

func isClosing(c byte) bool { return c == ']' || c == '}' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

// ---------------------------------------------------------------------------------------------------------------
// RawMessage and Number

// RawMessage is JSON text kept as it is: marshalled verbatim, and filled with a value's text when unmarshalled.
type RawMessage []byte

// MarshalJSON returns m, or null for a nil m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m != nil {
		return m, nil
	}
	return []byte(`null`), nil
}

// UnmarshalJSON keeps a copy of data in *m.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m != nil {
		*m = append((*m)[:0], data...)
		return nil
	}
	return errNilRawMessage
}

var errNilRawMessage = errors.New("json.RawMessage: UnmarshalJSON on nil pointer")

// Number is a JSON number kept as its text (see Decoder.UseNumber).
type Number string

// String returns the number's text.
func (n Number) String() string { return string(n) }

// Float64 parses the number as a float64.
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 parses the number as an int64.
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// ---------------------------------------------------------------------------------------------------------------
// Streams

// An Encoder writes JSON values to a stream, each followed by a newline.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indentBy   string
	indented   bool
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder {
	enc := &Encoder{w: w}
	enc.escapeHTML = true
	return enc
}

// Encode writes v as JSON and a newline. After a write fails, every Encode returns that error.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	text, kind, typ, msg, cause := encode(v, enc.escapeHTML, Number(""))
	if kind != failNone {
		return failure(kind, typ, msg, 0, "", "", cause)
	}
	if enc.indented {
		text = indent(text, enc.prefix, enc.indentBy)
	}
	text = append(text, '\n')
	if _, err := enc.w.Write(text); err != nil {
		enc.err = err
		return err
	}
	return nil
}

// SetIndent makes later values be written as MarshalIndent writes them; two empty strings turn it off.
func (enc *Encoder) SetIndent(prefix, indentBy string) {
	enc.prefix = prefix
	enc.indentBy = indentBy
	enc.indented = prefix != "" || indentBy != ""
}

// SetEscapeHTML says whether <, > and & in strings are written as \u escapes (they are by default).
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// A Decoder reads JSON values from a stream, one after the other.
type Decoder struct {
	r               io.Reader
	buf             []byte
	scanned         int64 // bytes dropped from the front of buf
	err             error // what the last read failed with: values still in buf come first
	broken          error // a syntax error in the stream: every later Decode returns it
	useNumber       bool
	disallowUnknown bool
	where           int   // where Token has got to (the at... and after... constants)
	nesting         []int // where to go back to at the end of each array and object Token is in
}

// NewDecoder returns a Decoder reading from r; it may read past the values it decodes.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber makes numbers decoded into an interface{} Numbers rather than float64s.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields makes an object key that matches no field of the struct it goes into an error.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknown = true }

// Decode reads the next JSON value and stores it where v points (see Unmarshal).
func (dec *Decoder) Decode(v any) error {
	if dec.broken != nil {
		return dec.broken
	}
	if err := dec.beforeDecode(); err != nil {
		return err
	}
	if !dec.wantsValue() {
		return dec.syntaxError("not at beginning of value")
	}
	end, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[:end]
	dec.buf = dec.buf[end:]
	dec.scanned += int64(end)
	dec.valueDone()
	// the value is read whatever becomes of it: the stream goes on after a bad target
	if kind, typ := checkTarget(v); kind != failNone {
		return failure(kind, typ, "", 0, "", "", nil)
	}
	kind, typ, text, offset, strct, field, cause := decode(data, v, dec.useNumber, dec.disallowUnknown, Number(""))
	return failure(kind, typ, text, offset, strct, field, cause)
}

// readValue reads until buf holds one whole value and returns where it ends.
func (dec *Decoder) readValue() (int, error) {
	for {
		end, msg, offset := valueEnd(dec.buf, dec.err != nil)
		if msg != "" {
			dec.broken = &SyntaxError{msg, dec.scanned + offset}
			return 0, dec.broken
		}
		if end >= 0 {
			return end, nil
		}
		if dec.err != nil {
			if dec.err == io.EOF {
				if !nonSpace(dec.buf) {
					return 0, io.EOF
				}
				return 0, io.ErrUnexpectedEOF // part of a value
			}
			return 0, dec.err
		}
		dec.refill()
	}
}

// refill reads more of the stream into buf, keeping what read failed with in err.
func (dec *Decoder) refill() {
	const minRead = 512
	have := len(dec.buf)
	if room := cap(dec.buf) - have; room < minRead {
		grown := make([]byte, have, 2*cap(dec.buf)+minRead)
		copy(grown, dec.buf)
		dec.buf = grown
	}
	n, err := dec.r.Read(dec.buf[have:cap(dec.buf)])
	dec.buf = dec.buf[:have+n]
	if err != nil {
		dec.err = err
	}
}

func nonSpace(b []byte) bool {
	for _, c := range b {
		if !isSpace(c) {
			return true
		}
	}
	return false
}

// peek drops the white space at the front of the stream and returns the byte after it, or why there is none.
func (dec *Decoder) peek() (byte, error) {
	for {
		for i, c := range dec.buf {
			if !isSpace(c) {
				dec.buf = dec.buf[i:]
				dec.scanned += int64(i)
				return c, nil
			}
		}
		dec.scanned += int64(len(dec.buf))
		dec.buf = dec.buf[:0]
		if dec.err != nil {
			return 0, dec.err
		}
		dec.refill()
	}
}

// More reports whether another value follows in the stream, or in the array or object being read by tokens.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && !isClosing(c)
}

// ---------------------------------------------------------------------------------------------------------------
// Tokens

// Delim is one of the four delimiters of arrays and objects: [ ] { }.
type Delim rune

func (d Delim) String() string { return string(d) }

// Token is what Decoder.Token returns: a Delim, a bool, a float64 (or Number), a string, or nil for null.
type Token any

// Where a Decoder reading by tokens is: what may come next.
const (
	atValue       = iota // a value at the top level
	atFirstElement       // just after [
	atElement            // after a comma in an array
	afterElement         // after an array element: a comma or ]
	atFirstKey           // just after {
	atKey                // after a comma in an object
	atColon              // after a key
	atMemberValue        // after a colon
	afterMember          // after an object member: a comma or }
)

// wantsValue tells whether a value may start where the Decoder is.
func (dec *Decoder) wantsValue() bool {
	switch dec.where {
	case atValue, atFirstElement, atElement, atMemberValue:
		return true
	}
	return false
}

// valueDone moves the state past a value just read.
func (dec *Decoder) valueDone() {
	switch dec.where {
	case atFirstElement, atElement:
		dec.where = afterElement
	case atMemberValue:
		dec.where = afterMember
	}
}

// beforeDecode takes the comma or colon a Decode between tokens needs before its value.
func (dec *Decoder) beforeDecode() error {
	switch dec.where {
	case afterElement:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return dec.syntaxError("expected comma after array element")
		}
		dec.skipByte()
		dec.where = atElement
	case atColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return dec.syntaxError("expected colon after object key")
		}
		dec.skipByte()
		dec.where = atMemberValue
	}
	return nil
}

func (dec *Decoder) skipByte() {
	dec.buf = dec.buf[1:]
	dec.scanned++
}

// misplaced is the SyntaxError for a byte that cannot come where the Decoder is.
func (dec *Decoder) misplaced(c byte) (Token, error) {
	return nil, dec.syntaxError("invalid character " + quoteByte(c) + misplacedContext[dec.where])
}

// misplacedContext says what Token expected, for each state, as Go words it (nothing just after {).
var misplacedContext = [...]string{
	atValue:        " looking for beginning of value",
	atFirstElement: " looking for beginning of value",
	atElement:      " looking for beginning of value",
	afterElement:   " after array element",
	atFirstKey:     "",
	atKey:          " looking for beginning of object key string",
	atColon:        " after object key",
	atMemberValue:  " looking for beginning of value",
	afterMember:    " after object key:value pair",
}

func (dec *Decoder) syntaxError(msg string) error {
	return &SyntaxError{msg: msg, Offset: dec.InputOffset()}
}

// quoteByte names a byte in a message as the scanner does: the rune of that number between single quotes.
func quoteByte(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	q := strconv.Quote(string(rune(c)))
	return "'" + q[1:len(q)-1] + "'"
}

// Token returns the next token of the stream: a Delim for the brackets and braces, or a value (see Token).
// Commas and colons are taken on the way; Decode may read a whole value between tokens.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.wantsValue() {
				return dec.misplaced(c)
			}
			dec.skipByte()
			dec.nesting = append(dec.nesting, dec.where) // where to return to after the closing delimiter
			if c == '[' {
				dec.where = atFirstElement
			} else {
				dec.where = atFirstKey
			}
			return Delim(c), nil
		case ']', '}':
			first, after := atFirstElement, afterElement
			if c == '}' {
				first, after = atFirstKey, afterMember
			}
			if dec.where != first && dec.where != after {
				return dec.misplaced(c)
			}
			dec.skipByte()
			depth := len(dec.nesting) - 1
			dec.where = dec.nesting[depth]
			dec.nesting = dec.nesting[:depth]
			dec.valueDone()
			return Delim(c), nil
		case ':':
			if dec.where != atColon {
				return dec.misplaced(c)
			}
			dec.skipByte()
			dec.where = atMemberValue
			continue
		case ',':
			switch dec.where {
			case afterElement:
				dec.where = atElement
			case afterMember:
				dec.where = atKey
			default:
				return dec.misplaced(c)
			}
			dec.skipByte()
			continue
		case '"':
			if dec.where == atFirstKey || dec.where == atKey {
				var key string
				state := dec.where
				dec.where = atValue
				err := dec.Decode(&key)
				dec.where = state
				if err != nil {
					return nil, err
				}
				dec.where = atColon
				return key, nil
			}
		}
		if !dec.wantsValue() {
			return dec.misplaced(c)
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		return v, nil
	}
}

// Buffered returns what the Decoder has read but not decoded yet.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.buf)
}

// InputOffset is how far into the stream the Decoder has read tokens and values.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned
}
