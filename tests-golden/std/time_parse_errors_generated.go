// Parse on values that do not fit their layout: values formatted with a layout and then damaged (a byte left
// out, added or changed), and hand-picked values for each rule of the parser (ranges, day of the year,
// zone abbreviations and offsets, fractions, spaces, error quoting). The damage comes from a fixed
// pseudo-random sequence, so the output (recorded with Go) is always the same.
package main

import (
	"fmt"
	"time"
)

type rng uint64

func (r *rng) next() uint64 {
	x := uint64(*r)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*r = rng(x)
	return x * 2685821657736338717
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var layouts = []string{
	time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
	time.RFC3339, time.RFC3339Nano, time.Kitchen, time.StampMicro, time.Layout,
	"2006-01-02 15:04:05.000", "Jan _2 06 3:04:05.999 pm", "__2 002 2006 Monday", "2006 002 15:04",
	"02/01/06 15h04m05s -07:00:00", "Z070000 Z07:00:00 -070000", "2006-01-02T15:04:05,999999Z07", "January 2, 2006",
	"15:04:05 MST", "3PM MST -0700", "Mon, 2 Jan 2006", "06 1 2 3 4 5", "2006-01-02 15:04:05 .9",
}

// bytes that damage values: digits, letters, signs, separators, a space, and non-ASCII.
const damage = "0159aZzMPTJ+-:., \x00\xff"

var loc = time.FixedZone("EET", 2*3600)

func try(layout, value string) {
	t, err := time.ParseInLocation(layout, value, loc)
	if err != nil {
		fmt.Printf("%q %q\n  error: %v\n", layout, value, err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  elements: %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	fmt.Printf("%q %q\n  %s @%s\n", layout, value, t, t.Location())
}

func main() {
	r := rng(777)
	for i := 0; i < 800; i++ {
		l := layouts[r.intn(len(layouts))]
		t := time.Date(1900+r.intn(250), time.Month(1+r.intn(12)), 1+r.intn(28), r.intn(24), r.intn(60), r.intn(60),
			r.intn(1000000000), time.FixedZone("EST", -5*3600))
		v := []byte(t.Format(l))
		for n := 1 + r.intn(2); n > 0 && len(v) > 0; n-- {
			at := r.intn(len(v))
			switch r.intn(3) {
			case 0:
				v = append(v[:at], v[at+1:]...)
			case 1:
				v = append(v[:at], append([]byte{damage[r.intn(len(damage))]}, v[at:]...)...)
			default:
				v[at] = damage[r.intn(len(damage))]
			}
		}
		try(l, string(v))
	}

	cases := [][2]string{
		// ranges
		{"2006-01-02", "2021-13-04"}, {"2006-01-02", "2021-00-04"}, {"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2020-02-29"}, {"2006-01-02", "2021-04-31"}, {"2006-01-02", "2021-04-00"},
		{"15:04:05", "24:00:00"}, {"15:04:05", "23:60:00"}, {"15:04:05", "23:59:60"}, {"3:04PM", "13:00PM"},
		{"3:04PM", "0:00AM"}, {"3:04PM", "12:00AM"}, {"3:04PM", "12:00PM"}, {"3:04pm", "11:59pm"}, {"3:04pm", "11:59PM"},
		{"03:04", "1:04"}, {"3:04", "1:4"}, {"15:4:5", "7:8:9"}, {"2006-1-2", "2021-3-4"}, {"2006-1-2", "2021-003-4"},
		// two-digit years
		{"06", "68"}, {"06", "69"}, {"06", "00"}, {"06", "+1"}, {"06", "-1"}, {"06", "1"}, {"2006", "+123"}, {"2006", "12a4"},
		{"2006", "123"}, {"2006", "-123"},
		// day of the year
		{"2006 002", "2020 060"}, {"2006 002", "2021 060"}, {"2006 002", "2020 366"}, {"2006 002", "2021 366"},
		{"2006 002", "2021 000"}, {"2006 __2", "2021   5"}, {"2006 __2", "2021  45"}, {"2006 __2", "2021 345"},
		{"2006 002 01", "2021 032 02"}, {"2006 002 01 02", "2021 032 02 02"}, {"2006 002 01 02", "2021 032 02 01"},
		{"002 2006", "060 2020"}, {"2006 002", "2021 60"}, {"2006 __2", "2021 6"},
		// fractions
		{"05", "05.123"}, {"05", "05,123456789123"}, {"05.000", "05.1234"}, {"05.000", "05.12"}, {"05.999", "05"},
		{"05.999", "05.1234567891234"}, {"05 .999", "05 .5"}, {"05.9", "05,25"}, {"05,000", "05.250"},
		{".000", ".-12"}, {".000", ".+12"}, {"5", ".5"}, {"05", "x.5"}, {"15:04:05", "01:02:03.4 extra"},
		{"05.000 MST", "05.123 UTC"}, {".0000000000", ".1234567891"}, {"05", "05."}, {"05", "05.x"},
		// zone abbreviations
		{"MST", "UTC"}, {"MST", "EET"}, {"MST", "PDT"}, {"MST", "CEST"}, {"MST", "CESTX"}, {"MST", "ABCDE"},
		{"MST", "ABCDT"}, {"MST", "WITA"}, {"MST", "ChST"}, {"MST", "MeST"}, {"MST", "GMT"}, {"MST", "GMT+3"},
		{"MST", "GMT-11"}, {"MST", "GMT+24"}, {"MST", "GMT+"}, {"MST", "+03"}, {"MST", "-1"}, {"MST", "+24"},
		{"MST", "AB"}, {"MST", "ABCDEF"}, {"MST", "abc"}, {"15 MST", "10 XYZ"}, {"15 MST -0700", "10 EET +0200"},
		{"15 MST -0700", "10 EST +0200"}, {"15 -0700 MST", "10 +0200 EET"},
		// numeric offsets
		{"-0700", "+0200"}, {"-0700", "+02:00"}, {"-0700", "Z"}, {"Z0700", "Z"}, {"Z07:00", "Z"}, {"Z07", "Z"},
		{"Z070000", "Z"}, {"Z07:00:00", "Z"}, {"-07", "+05"}, {"-07", "+5"}, {"-07:00", "+0530"}, {"-07:00", "+05:30"},
		{"-07:00:00", "+05:30:15"}, {"-070000", "-053015"}, {"-0700", "*0200"}, {"-0700", "+-200"}, {"-0700", "-0000"},
		{"-07:00:00", "-00:00:01"}, {"Z07:00", "+00:00"}, {"-0700", "+0a00"}, {"-07:00", "+02-00"},
		// words
		{"Jan", "jan"}, {"Jan", "JAN"}, {"January", "jAnUaRy"}, {"January", "Janu"}, {"Mon Jan", "Tue Feb"},
		{"Monday", "Wednesday"}, {"Monday", "Wed"}, {"Mon", "Wednesday"}, {"Mon 2006", "Xyz 2006"},
		// spaces and literals
		{"2006  01", "2006 01"}, {"2006 01", "2006     01"}, {"2006 01", "200601"}, {"2006 ", "2006"},
		{"2006 ", "2006   "}, {" 2006", "2006"}, {"_2", " 5"}, {"_2", "5"}, {"_2", "  5"}, {"[2006]", "[2021"},
		{"2006-01", "2006/01"}, {"", ""}, {"", "x"}, {"literal", "literal"}, {"literal", "litERAL"},
		// quoting
		{"2006", "20\x0021"}, {"2006", "日本語"}, {"2006", "\"2021\""}, {"2006", "\\2021"}, {"2006 MST", "2021 \xe2\x82"},
		{"2006", "2021\t"}, {"2006", "2021\ufffd"},
	}
	for _, c := range cases {
		try(c[0], c[1])
		if _, err := time.Parse(c[0], c[1]); err == nil {
			t, _ := time.Parse(c[0], c[1])
			fmt.Println("  Parse:", t.UTC(), t.Format(time.RFC3339Nano))
		}
	}
	fmt.Println((&time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE"}).Error())
	fmt.Println((&time.ParseError{Value: "V", Message: ": msg"}).Error())
}
