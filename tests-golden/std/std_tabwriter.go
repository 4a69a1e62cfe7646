package main

// text/tabwriter: alignment left and right, padding characters, tabs as padding, minwidth, Debug columns,
// DiscardEmptyColumns, TabIndent, escaped text, HTML filtering, '\f' sections, '\v' cells, UTF-8 widths, and
// trailing cells.

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func table(title string, minwidth, tabwidth, padding int, padchar byte, flags uint, text string) {
	fmt.Printf("--- %s\n", title)
	w := tabwriter.NewWriter(os.Stdout, minwidth, tabwidth, padding, padchar, flags)
	fmt.Fprint(w, text)
	if ferr := w.Flush(); ferr != nil {
		fmt.Println("flush:", ferr)
	}
	fmt.Println("|end")
}

const people = "name\tage\tcity\nAda\t36\tLondon\nGrace Hopper\t85\tNew York\nLinus\t7\tHelsinki\n"

func main() {
	table("left, spaces", 0, 8, 1, ' ', 0, people)
	table("right", 0, 8, 1, ' ', tabwriter.AlignRight, people)
	table("right with tabs ignores AlignRight", 0, 8, 1, '\t', tabwriter.AlignRight, people)
	table("dots, padding 3", 0, 8, 3, '.', 0, people)
	table("minwidth 10", 10, 8, 0, '_', 0, people)
	table("debug", 0, 8, 1, ' ', tabwriter.Debug, people)
	table("debug right", 5, 0, 1, '-', tabwriter.Debug|tabwriter.AlignRight, "a\tb\tc\naaa\tbbbbb\tc\n")
	table("tabs", 0, 4, 0, '\t', 0, "a\tb\tc\naaaaa\tbb\tc\nx\n\tindented\tcell\n")
	table("tabwidth 0", 0, 0, 1, '\t', 0, "a\tb\naaaaaa\tb\n")
	table("trailing tab", 0, 8, 1, '*', 0, "a\tb\t\nccc\td\t\n")
	table("ragged", 0, 8, 1, '.', 0, "a\tb\tc\td\na\tb\nvery long first\tx\ty\tz\na\n\tb\n")
	table("one cell lines split blocks", 0, 8, 1, '.', 0, "aaaa\tb\nsplit\nc\td\n")
	table("discard empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\v\vb\nc\v\vd\n")
	table("keep empty", 0, 8, 1, '.', 0, "a\v\vb\nc\v\vd\n")
	table("htab keeps empty", 0, 8, 1, '.', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	table("tab indent", 0, 4, 1, '.', tabwriter.TabIndent, "\t\tx\ty\n\tab\tc\td\n")
	table("escape", 0, 8, 1, '.', 0, "\xffa\tb\xff\tc\nd\te\n")
	table("strip escape", 0, 8, 1, '.', tabwriter.StripEscape, "\xffa\tb\xff\tc\nd\te\n")
	table("html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	table("no html filter", 0, 8, 1, '.', 0, "<b>bold</b>\t&amp;\tx\nplain\t&lt;&gt;\ty\n")
	table("form feed", 0, 8, 1, '.', tabwriter.Debug, "a\tb\nccccc\td\fe\tf\ng\th\n")
	table("utf-8", 0, 8, 1, '.', 0, "héllo\twörld\n日本語\tx\n😀\ty\n")
	table("no final newline", 0, 8, 1, '.', 0, "a\tb\nccc\tdd")
	table("unterminated escape", 0, 8, 1, '.', 0, "a\t\xffb\tc")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "pieces\tare")
	fmt.Fprint(w, "writ")
	fmt.Fprint(w, "ten\tsepa")
	fmt.Fprintln(w, "rately")
	w.Write([]byte("h\xc3"))
	w.Write([]byte("\xa9\tsplit rune\n"))
	w.Flush()
	w.Init(os.Stdout, 0, 8, 1, '-', tabwriter.AlignRight)
	fmt.Fprintln(w, "re\tinit")
	fmt.Fprintln(w, "x\ty")
	w.Flush()

	defer func() { fmt.Println("recovered:", recover()) }()
	tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
}
