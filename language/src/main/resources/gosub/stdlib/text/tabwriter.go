// Package tabwriter lines up tab-separated columns (elastic tabstops): text written to a Writer is cut into
// cells at '\t' and '\v', lines end at '\n' and '\f', and cell j of a line is padded to the width of the widest
// cell j in the run of consecutive lines that all have a cell j followed by another. The last cell of a line
// belongs to no column and is never padded. Output is held until Flush, a '\f', or a line of one cell (which
// ends every run).
package tabwriter

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// Flags of a Writer.
const (
	// FilterHTML: HTML tags count as zero wide and entities (&amp;) as one; they are written as they are.
	FilterHTML = uint(1) << iota
	// StripEscape: Escape bytes are dropped from the output instead of written.
	StripEscape
	// AlignRight: padding goes before a cell's text.
	AlignRight
	// DiscardEmptyColumns: a column of empty cells all ended by '\v' takes no room.
	DiscardEmptyColumns
	// TabIndent: leading empty cells are padded with tabs, whatever the padding character.
	TabIndent
	// Debug: a '|' between the cells of a line, and "---" after each '\f'.
	Debug
)

// Escape starts and ends a section of text that is taken as it is: its tabs and newlines end nothing, and it
// is as wide as its characters (the Escape bytes do not count). 0xff never occurs in UTF-8.
const Escape = '\xff'

// cell is a finished cell of a line.
type cell struct {
	size  int  // its bytes in Writer.text
	width int  // its width in characters (see Escape and FilterHTML)
	htab  bool // ended by '\t' rather than '\v'
}

// Writer is a filter that lines up columns; make it with NewWriter or Init.
type Writer struct {
	output   io.Writer
	minwidth int
	tabwidth int
	padding  int
	padchar  byte
	flags    uint

	text    []byte   // the text of the buffered cells, one after another
	counted int      // text[:counted] is counted in cell.width already
	cell    cell     // the cell being written
	closer  byte     // inside an escaped section, the byte that ends it (Escape, '>' or ';'); 0 outside
	lines   [][]cell // the buffered lines' finished cells; the last is the line being written
}

// Init sets b up to write to output: cells at least minwidth wide, padding added to each cell's width, padchar
// to pad with ('\t' pads with tabs of width tabwidth and aligns left), and the flags. It returns b.
func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	if min(minwidth, tabwidth, padding) < 0 {
		panic(negativeSetting)
	}
	b.output = output
	b.minwidth = minwidth
	b.tabwidth = tabwidth
	b.padding = padding
	b.padchar = padchar
	if padchar == '\t' {
		flags &^= AlignRight // tabs can only pad on the right
	}
	b.flags = flags
	b.clear()
	return b
}

// NewWriter makes a Writer; see Init.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer {
	var w Writer
	return w.Init(output, minwidth, tabwidth, padding, padchar, flags)
}

// clear drops everything buffered.
func (b *Writer) clear() {
	b.text = b.text[:0]
	b.counted = 0
	b.cell = cell{}
	b.closer = 0
	b.lines = append(b.lines[:0], nil)
}

// negativeSetting is Init's panic for a negative width (Go's words).
const negativeSetting = "negative minwidth, tabwidth, or padding"

// writeError carries an error of the output through a panic, out of the formatting.
type writeError struct {
	err error
}

// emit writes p to the output.
func (b *Writer) emit(p []byte) {
	n, err := b.output.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		panic(writeError{err})
	}
}

// recovered turns a panic during op into the error of the output, or into tabwriter's own panic.
func (b *Writer) recovered(err *error, op string) {
	p := recover()
	if p == nil {
		return
	}
	if op == "Flush" {
		b.clear()
	}
	if we, ok := p.(writeError); ok {
		*err = we.err
		return
	}
	panic("tabwriter: panic during " + op + " (" + fmt.Sprint(p) + ")")
}

// count adds the characters written since the last count to the cell's width.
func (b *Writer) count() {
	b.cell.width += utf8.RuneCount(b.text[b.counted:])
	b.counted = len(b.text)
}

// add appends text to the cell being written.
func (b *Writer) add(text []byte) {
	b.text = append(b.text, text...)
	b.cell.size += len(text)
}

// endCell finishes the cell being written and returns how many cells its line has now.
func (b *Writer) endCell(htab bool) int {
	b.cell.htab = htab
	line := len(b.lines) - 1
	b.lines[line] = append(b.lines[line], b.cell)
	b.cell = cell{}
	return len(b.lines[line])
}

// endEscape closes an escaped section: an HTML tag counts as nothing, an entity as one character, Escape'd text
// as its characters.
func (b *Writer) endEscape() {
	switch b.closer {
	case Escape:
		b.count()
		if b.flags&StripEscape != StripEscape {
			b.cell.width -= 2 // the two Escape bytes
		}
	case ';':
		b.cell.width++
	}
	b.counted = len(b.text)
	b.closer = 0
}

// Write buffers p, cut into cells and lines; lines are written out as soon as no later line can change them.
// Its error is the output's.
func (b *Writer) Write(p []byte) (n int, err error) {
	defer b.recovered(&err, "Write")
	start := 0 // p[start:i] is not added yet
	for i, c := range p {
		if b.closer != 0 {
			if c == b.closer {
				end := i + 1
				if c == Escape && b.flags&StripEscape == StripEscape {
					end = i
				}
				b.add(p[start:end])
				start = i + 1
				n = start
				b.endEscape()
			}
			continue
		}
		switch {
		case c == '\t' || c == '\v' || c == '\n' || c == '\f':
			b.add(p[start:i])
			b.count()
			start = i + 1
			n = start
			cells := b.endCell(c == '\t')
			if c == '\n' || c == '\f' {
				b.lines = append(b.lines, []cell(nil))
				if c == '\f' || cells == 1 {
					// a line of one cell ends every column: what is above it is final
					b.format()
					if c == '\f' && b.flags&Debug != 0 {
						b.emit([]byte("---\n"))
					}
				}
			}
		case c == Escape:
			b.add(p[start:i])
			b.count()
			start = i
			if b.flags&StripEscape == StripEscape {
				start++
			}
			b.closer = Escape
		case (c == '<' || c == '&') && b.flags&FilterHTML != 0:
			b.add(p[start:i])
			b.count()
			start = i
			if c == '<' {
				b.closer = '>'
			} else {
				b.closer = ';'
			}
		}
	}
	b.add(p[start:])
	return len(p), nil
}

// Flush writes out everything buffered, formatted; the last line ends without a newline unless one was
// written. Call it when done writing.
func (b *Writer) Flush() (err error) {
	defer b.recovered(&err, "Flush")
	if b.cell.size > 0 {
		if b.closer != 0 {
			b.endEscape()
		}
		b.endCell(false)
	}
	b.format()
	return nil
}

// format writes out the buffered lines and clears the buffer.
func (b *Writer) format() {
	widths := b.columnWidths()
	var out []byte
	at := 0
	for row, line := range b.lines {
		out = out[:0]
		indent := b.flags&TabIndent != 0
		for j, c := range line {
			if b.flags&Debug != 0 && j > 0 {
				out = append(out, '|')
			}
			inColumn := j < len(line)-1
			if c.size == 0 {
				if inColumn {
					out = b.pad(out, c.width, widths[row][j], indent)
				}
				continue
			}
			indent = false
			text := b.text[at : at+c.size]
			at += c.size
			if b.flags&AlignRight != 0 {
				if inColumn {
					out = b.pad(out, c.width, widths[row][j], false)
				}
				out = append(out, text...)
			} else {
				out = append(out, text...)
				if inColumn {
					out = b.pad(out, c.width, widths[row][j], false)
				}
			}
		}
		if row+1 < len(b.lines) {
			out = append(out, '\n')
		}
		if len(out) > 0 {
			b.emit(out)
		}
	}
	b.clear()
}

// columnWidths gives, for each buffered line, the width of each of its cells that is in a column. Cell j of a
// line is in column j of the block of consecutive lines around it that all have a cell j followed by another;
// the block's width is its widest cell plus padding (at least minwidth), or 0 when DiscardEmptyColumns is set
// and all its cells are empty and ended by '\v'.
func (b *Writer) columnWidths() [][]int {
	widths := make([][]int, len(b.lines))
	for row, line := range b.lines {
		if len(line) > 1 {
			widths[row] = make([]int, len(line)-1)
		}
	}
	for j := 0; ; j++ {
		found := false
		for i := 0; i < len(b.lines); {
			if len(b.lines[i])-1 <= j {
				i++
				continue
			}
			found = true
			width, empty := b.minwidth, true
			end := i
			for ; end < len(b.lines) && len(b.lines[end])-1 > j; end++ {
				c := b.lines[end][j]
				if c.width+b.padding > width {
					width = c.width + b.padding
				}
				empty = empty && c.width == 0 && !c.htab
			}
			if empty && b.flags&DiscardEmptyColumns != 0 {
				width = 0
			}
			for k := i; k < end; k++ {
				widths[k][j] = width
			}
			i = end
		}
		if !found {
			return widths
		}
	}
}

// pad appends what takes text of width textWidth to cellWidth: padding characters, or tabs when the padding
// character is a tab or withTabs is set (rounding the cell up to whole tabs; no padding with tabwidth 0).
func (b *Writer) pad(out []byte, textWidth, cellWidth int, withTabs bool) []byte {
	if b.padchar == '\t' || withTabs {
		if b.tabwidth == 0 {
			return out
		}
		cellWidth = (cellWidth + b.tabwidth - 1) / b.tabwidth * b.tabwidth
		for n := (cellWidth - textWidth + b.tabwidth - 1) / b.tabwidth; n > 0; n-- {
			out = append(out, '\t')
		}
		return out
	}
	for n := cellWidth - textWidth; n > 0; n-- {
		out = append(out, b.padchar)
	}
	return out
}
