package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"
)

func ranges(p func(rune) bool) []rune {
	var out []rune
	in := false
	var lo rune
	for r := rune(0x80); r <= unicode.MaxRune+1; r++ {
		v := r <= unicode.MaxRune && p(r)
		if v && !in {
			lo = r
			in = true
		} else if !v && in {
			out = append(out, lo, r-1)
			in = false
		}
	}
	return out
}

func emit(sb *strings.Builder, name string, vals []rune) {
	fmt.Fprintf(sb, "    static final int[] %s = decode(\"\"", name)
	for i, v := range vals {
		if i%16 == 0 {
			sb.WriteString("\n                    + \"")
		}
		fmt.Fprintf(sb, "%x ", v)
		if i%16 == 15 || i == len(vals)-1 {
			sb.WriteString("\"")
		}
	}
	sb.WriteString(");\n\n")
}

func main() {
	var sb strings.Builder
	sb.WriteString(`package gosub.language.stdlib.unicode;

/**
 * Go 1.19's Unicode 13.0.0 tables (generated from Go's package unicode): inclusive [lo, hi] rune ranges of the
 * categories gosub's unicode package needs, from U+0080 up (ASCII is handled inline), and Go's CaseRanges as
 * (lo, hi, upper delta, lower delta, title delta) rows, where a delta of 0x110000 marks an Upper-Lower alternation.
 */
final class UnicodeTables {
    private UnicodeTables() {
    }

    /** Space-separated hexadecimal numbers (negative with a leading '-'). */
    private static int[] decode(String s) {
        String[] parts = s.trim().split(" ");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i], 16);
        }
        return out;
    }

`)
	is := func(t *unicode.RangeTable) func(rune) bool { return func(r rune) bool { return unicode.Is(t, r) } }
	emit(&sb, "UPPER", ranges(is(unicode.Upper)))
	emit(&sb, "LOWER", ranges(is(unicode.Lower)))
	emit(&sb, "TITLE", ranges(is(unicode.Title)))
	emit(&sb, "LETTER", ranges(is(unicode.Letter)))
	emit(&sb, "DIGIT", ranges(is(unicode.Digit)))
	emit(&sb, "NUMBER", ranges(is(unicode.Number)))
	emit(&sb, "PUNCT", ranges(is(unicode.Punct)))
	emit(&sb, "SYMBOL", ranges(is(unicode.Symbol)))
	emit(&sb, "MARK", ranges(is(unicode.Mark)))
	emit(&sb, "PRINT", ranges(unicode.IsPrint))
	emit(&sb, "GRAPHIC", ranges(unicode.IsGraphic))
	var cr []rune
	for _, c := range unicode.CaseRanges {
		if c.Hi < 0x80 {
			continue
		}
		cr = append(cr, rune(c.Lo), rune(c.Hi), c.Delta[0], c.Delta[1], c.Delta[2])
	}
	s := sb.String()
	var cb strings.Builder
	emit(&cb, "CASE_RANGES", cr)
	cb.WriteString("}\n")
	os.Stdout.WriteString(s + cb.String())
}
