// Package csv reads and writes comma-separated values as Go 1.19's encoding/csv does (RFC 4180 with Go's
// leniencies): records are lines, fields may be quoted to hold delimiters, quotes ("") and line breaks, "\r\n" reads
// as "\n", blank lines are passed over, and errors carry the line and byte column where the input went wrong.
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseError is the error of a malformed record: where its record began, and the line and 1-based byte column of
// the fault (for ErrFieldCount, the record's first line and column 1).
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if countFault := e.Err == ErrFieldCount; countFault {
		return fmt.Sprint("record on line ", e.Line, ": ", e.Err)
	}
	where := fmt.Sprint("parse error on line ", e.Line, ", column ", e.Column, ": ", e.Err)
	if e.Line == e.StartLine {
		return where
	}
	return fmt.Sprint("record on line ", e.StartLine, "; ", where)
}

func (e *ParseError) Unwrap() error { return e.Err }

// What a ParseError holds. ErrTrailingComma is kept for programs that name it; nothing returns it.
var ErrTrailingComma = errors.New("extra delimiter at end of line")
var ErrBareQuote = errors.New(`bare " in non-quoted-field`)
var ErrQuote = errors.New(`extraneous or missing " in quoted-field`)
var ErrFieldCount = errors.New("wrong number of fields")

var errBadDelimiter = errors.New("csv: invalid field or comment delimiter")

// usableDelimiter: a delimiter must be a real character that cannot be confused with quoting or line ends.
func usableDelimiter(r rune) bool {
	switch r {
	case 0, '"', '\r', '\n', utf8.RuneError:
		return false
	}
	return utf8.ValidRune(r)
}

// Reader takes records from CSV text. Its exported fields may be changed before the first Read.
type Reader struct {
	// Comma separates fields (',' from NewReader).
	Comma rune
	// Comment, when not 0, marks a line that starts with it as one to skip.
	Comment rune
	// FieldsPerRecord: above 0, how many fields each record must have; 0 sets it from the first record; below 0,
	// any number.
	FieldsPerRecord int
	// LazyQuotes lets a quote appear in an unquoted field and a lone quote in a quoted one.
	LazyQuotes bool
	// TrimLeadingSpace drops white space at the start of each field.
	TrimLeadingSpace bool
	// ReuseRecord lets Read return the same slice each time, overwritten by the next call.
	ReuseRecord bool
	// TrailingComma is kept for programs that set it; it changes nothing.
	TrailingComma bool

	in       *bufio.Reader
	lineNo   int   // lines read so far
	consumed int64 // bytes read so far

	text   []byte     // the current record's fields, one after another
	ends   []int      // where each field ends in text
	starts []fieldPos // where each field of the last record began in the input
	last   []string   // the previous record, for ReuseRecord
}

const fieldPosPanic = "out of range index passed to FieldPos"

type fieldPos struct{ line, col int }

// NewReader reads CSV from r, through a buffer of its own.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', in: bufio.NewReader(r)}
}

// Read returns the next record, or nil and io.EOF after the last one. With a ParseError the record holds the
// fields read before the fault (all of them for ErrFieldCount).
func (r *Reader) Read() (record []string, err error) {
	if !r.ReuseRecord {
		return r.record(nil)
	}
	record, err = r.record(r.last)
	r.last = record
	return record, err
}

// ReadAll reads every remaining record; reaching the end is no error.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		rec, err := r.record(nil)
		if err == io.EOF {
			return records, nil
		} else if err != nil {
			return nil, err
		}
		records = append(records, rec)
	}
}

// FieldPos is the line and column at which field number field of the record Read last returned began.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.starts) {
		panic(fieldPosPanic)
	}
	return r.starts[field].line, r.starts[field].col
}

// InputOffset is how many bytes of the input the records read so far took, up to the end of the last one.
func (r *Reader) InputOffset() int64 { return r.consumed }

// nextLine reads one line with its '\n', if it has one, and counts it. "\r\n" is shortened to "\n", and a '\r'
// that ends the input is dropped.
func (r *Reader) nextLine() ([]byte, error) {
	line, err := r.in.ReadBytes('\n')
	n := len(line)
	if err == io.EOF && n > 0 {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.lineNo++
	r.consumed += int64(n)
	if k := len(line); k >= 2 && line[k-2] == '\r' && line[k-1] == '\n' {
		line = append(line[:k-2], '\n')
	}
	return line, err
}

// newlineLen is 1 when b ends with its line's '\n', else 0.
func newlineLen(b []byte) int {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	if len(b) == 0 {
		return utf8.RuneError
	}
	c, _ := utf8.DecodeRune(b[0:])
	return c
}

// indexOfRune finds c in b by its UTF-8 bytes, as the delimiter may be any character.
func indexOfRune(b []byte, c rune) int {
	if c < utf8.RuneSelf {
		return bytes.IndexByte(b, byte(c))
	}
	return bytes.Index(b, []byte(string(c)))
}

// record reads the next record into dst's storage (when it is large enough).
func (r *Reader) record(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !usableDelimiter(r.Comma) || (r.Comment != 0 && !usableDelimiter(r.Comment)) {
		return nil, errBadDelimiter
	}
	// the first line that is neither a comment nor blank
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.nextLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == newlineLen(line) {
			line = nil
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}

	commaLen := utf8.RuneLen(r.Comma) // bytes
	firstLine := r.lineNo
	r.text, r.ends, r.starts = r.text[:0], r.ends[:0], r.starts[:0]
	at := fieldPos{line: r.lineNo, col: 1}
	var fault error
	endField := func(start fieldPos) {
		r.ends = append(r.ends, len(r.text))
		r.starts = append(r.starts, start)
	}
	// each turn reads one field; a field that ends in a delimiter continues the loop, anything else breaks it
fields:
	for {
		if r.TrimLeadingSpace {
			skip := len(line)
			for i, c := range string(line) {
				if !unicode.IsSpace(c) {
					skip = i
					break
				}
			}
			if skip == len(line) {
				// a line of spaces: the column stays on its last character, not past its '\n'
				at.col -= newlineLen(line)
			}
			line = line[skip:]
			at.col += skip
		}

		if quoted := len(line) > 0 && line[0] == '"'; !quoted {
			// unquoted: up to the next delimiter or the line's end
			cut := indexOfRune(line, r.Comma)
			field := line
			if cut >= 0 {
				field = line[:cut]
			} else {
				field = line[:len(line)-newlineLen(line)]
			}
			if !r.LazyQuotes {
				if q := bytes.IndexByte(field, '"'); q >= 0 {
					fault = &ParseError{StartLine: firstLine, Line: r.lineNo, Column: at.col + q, Err: ErrBareQuote}
					break fields
				}
			}
			r.text = append(r.text, field...)
			endField(at)
			if cut < 0 {
				break fields
			}
			line = line[cut+commaLen:]
			at.col += cut + commaLen
			continue fields
		}

		// quoted: up to a quote followed by a delimiter or the line's end, across lines if need be
		start := at
		line = line[1:]
		at.col++
		for {
			q := bytes.IndexByte(line, '"')
			if q < 0 && len(line) > 0 {
				// the field goes on past this line
				r.text = append(r.text, line...)
				if readErr != nil {
					break fields
				}
				at.col += len(line)
				line, readErr = r.nextLine()
				if len(line) > 0 {
					at.line++
					at.col = 1
				}
				if readErr == io.EOF {
					readErr = nil
				}
				continue
			}
			if q < 0 {
				// the input ended inside the quotes
				if !r.LazyQuotes && readErr == nil {
					fault = &ParseError{StartLine: firstLine, Line: at.line, Column: at.col, Err: ErrQuote}
					break fields
				}
				endField(start)
				break fields
			}
			r.text = append(r.text, line[:q]...)
			line = line[q+1:]
			at.col += q + 1
			next := firstRune(line)
			switch {
			case next == '"': // a doubled quote stands for one
				r.text = append(r.text, '"')
				line = line[1:]
				at.col++
			case next == r.Comma:
				line = line[commaLen:]
				at.col += commaLen
				endField(start)
				continue fields
			case len(line) == newlineLen(line):
				endField(start)
				break fields
			case r.LazyQuotes:
				r.text = append(r.text, '"')
			default:
				fault = &ParseError{StartLine: firstLine, Line: r.lineNo, Column: at.col - 1, Err: ErrQuote}
				break fields
			}
		}
	}
	if fault == nil {
		fault = readErr
	}

	// one string for the whole record, cut into its fields
	all := string(r.text)
	if cap(dst) < len(r.ends) {
		dst = make([]string, len(r.ends))
	}
	dst = dst[:len(r.ends)]
	from := 0
	for i, to := range r.ends {
		dst[i] = all[from:to]
		from = to
	}

	switch {
	case r.FieldsPerRecord > 0:
		if len(dst) != r.FieldsPerRecord && fault == nil {
			fault = &ParseError{StartLine: firstLine, Line: firstLine, Column: 1, Err: ErrFieldCount}
		}
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = len(dst) // the first record sets the count
	}
	return dst, fault
}

// Writer writes records as CSV through a buffer: call Flush (and then Error) when done.
type Writer struct {
	// Comma separates fields (',' from NewWriter).
	Comma rune
	// UseCRLF ends lines, also those inside quoted fields, with "\r\n" instead of "\n".
	UseCRLF bool

	out *bufio.Writer
}

// NewWriter writes CSV to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', out: bufio.NewWriter(w)}
}

// Write writes one record and its line end, quoting the fields that need it.
func (w *Writer) Write(record []string) error {
	if !usableDelimiter(w.Comma) {
		return errBadDelimiter
	}
	for i, field := range record {
		if i > 0 {
			if _, err := w.out.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if err := w.writeField(field); err != nil {
			return err
		}
	}
	return w.lineEnd()
}

func (w *Writer) lineEnd() error {
	if w.UseCRLF {
		_, err := w.out.WriteString("\r\n")
		return err
	}
	return w.out.WriteByte('\n')
}

func (w *Writer) writeField(field string) error {
	if !w.needsQuotes(field) {
		_, err := w.out.WriteString(field)
		return err
	}
	if err := w.out.WriteByte('"'); err != nil {
		return err
	}
	for len(field) > 0 {
		plain := strings.IndexAny(field, "\"\r\n")
		if plain < 0 {
			plain = len(field)
		}
		if _, err := w.out.WriteString(field[:plain]); err != nil {
			return err
		}
		if plain == len(field) {
			break
		}
		var err error
		switch field[plain] {
		case '"':
			_, err = w.out.WriteString(`""`)
		case '\n':
			err = w.lineEnd()
		case '\r':
			// with UseCRLF every line end is written from its '\n', so a '\r' of the text is dropped
			if !w.UseCRLF {
				err = w.out.WriteByte('\r')
			}
		}
		if err != nil {
			return err
		}
		field = field[plain+1:]
	}
	return w.out.WriteByte('"')
}

// needsQuotes: a field is quoted when it holds the delimiter, a quote or a line break, when it begins with white
// space (which a reader might trim), or when it is `\.` (which ends data for PostgreSQL's COPY).
func (w *Writer) needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` || strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(first)
}

// Flush writes what the buffer holds; Error then tells whether that or an earlier write failed.
func (w *Writer) Flush() { w.out.Flush() }

// Error is the error of an earlier Write or Flush, if any.
func (w *Writer) Error() error {
	_, err := w.out.Write(nil)
	return err
}

// WriteAll writes every record and flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return w.out.Flush()
}
