// Format and Parse of many layouts, made of every layout element and of literal text around them, on times
// across the calendar in zones at several offsets; each formatted value is parsed back with the same layout.
// The cases come from a fixed pseudo-random sequence, so the output (recorded with Go) is always the same.
package main

import (
	"fmt"
	"strings"
	"time"
)

// rng is xorshift64*, enough to pick cases.
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

func (r *rng) between(lo, hi int64) int64 { return lo + int64(r.next()%uint64(hi-lo+1)) }

// elements are the layout elements, a few near misses, and literal text.
var elements = []string{
	"2006", "06", "January", "Jan", "1", "01", "Monday", "Mon", "2", "_2", "02", "__2", "002",
	"15", "3", "03", "4", "04", "5", "05", "PM", "pm", "MST",
	"-0700", "-07:00", "-07", "-070000", "-07:00:00", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
	".0", ".00", ".000", ".000000", ".000000000", ".9", ".99", ".999", ".999999", ".999999999",
	",000", ",999", ".0000000000", ".9999999999",
}

var literals = []string{
	" ", "  ", "-", "/", ":", "T", "Z", ".", ",", "at", "Month", "Janx", "Mond", "_", "_2006", "day ", "'", "(", ")",
	"x", "0", "7", "9", ".01", "PMx",
}

var zones = []*time.Location{
	time.UTC,
	time.FixedZone("CET", 3600),
	time.FixedZone("NST", -(3*3600 + 30*60)),
	time.FixedZone("", 5*3600+45*60),
	time.FixedZone("LMT", -(4*3600 + 56*60 + 2)),
	time.FixedZone("ODD", 14*3600),
	time.FixedZone("", -30),
	time.FixedZone("", -12*3600),
	time.FixedZone("XT", 59),
}

func randomLayout(r *rng) string {
	var b strings.Builder
	n := 1 + r.intn(6)
	for i := 0; i < n; i++ {
		if r.intn(3) == 0 {
			b.WriteString(literals[r.intn(len(literals))])
		} else {
			b.WriteString(elements[r.intn(len(elements))])
		}
		if r.intn(2) == 0 {
			b.WriteString(literals[r.intn(3)])
		}
	}
	return b.String()
}

func randomTime(r *rng) time.Time {
	var year int64
	switch r.intn(4) {
	case 0:
		year = r.between(1960, 2080)
	case 1:
		year = r.between(1, 9999)
	case 2:
		year = r.between(-3000, 12000)
	default:
		year = r.between(1999, 2001)
	}
	nsec := int(r.between(0, 999999999))
	switch r.intn(4) {
	case 0:
		nsec = 0
	case 1:
		nsec = nsec / 1000000 * 1000000
	case 2:
		nsec = nsec / 1000 * 1000
	}
	t := time.Date(int(year), time.Month(1+r.intn(12)), 1+r.intn(31), r.intn(24), r.intn(60), r.intn(60), nsec, time.UTC)
	return t.In(zones[r.intn(len(zones))])
}

func show(t time.Time, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return t.String() + " @" + t.Location().String()
}

func main() {
	r := rng(20240611)
	fixed := []time.Time{
		{},
		time.Date(2006, time.January, 2, 15, 4, 5, 123456789, time.FixedZone("MST", -7*3600)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(-1, 3, 4, 12, 0, 0, 0, time.UTC),
		time.Date(-10000, 7, 8, 0, 0, 1, 10, time.UTC),
		time.Date(12345, 6, 7, 8, 9, 10, 11, time.UTC),
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 31, 12, 0, 0, 0, time.FixedZone("", 0)),
		time.Date(2023, 1, 1, 0, 30, 0, 500000000, time.FixedZone("W", -60)),
		time.Unix(1<<40, 999).UTC(),
		time.Unix(-1<<40, 1).UTC(),
	}
	std := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05"}
	layouts := append([]string{}, std...)
	layouts = append(layouts, elements...)
	layouts = append(layouts, literals...)
	for _, t := range fixed {
		for _, l := range layouts {
			fmt.Printf("%q %q\n", l, t.Format(l))
		}
	}
	for i := 0; i < 500; i++ {
		fixed = append(fixed, randomTime(&r))
	}
	for i := 0; i < 600; i++ {
		layouts = append(layouts, randomLayout(&r))
	}
	for i := 0; i < 1200; i++ {
		t := fixed[r.intn(len(fixed))]
		l := layouts[r.intn(len(layouts))]
		s := t.Format(l)
		loc := zones[r.intn(len(zones))]
		back, err := time.ParseInLocation(l, s, loc)
		fmt.Printf("%d %q %s\n  %q -> %s\n", i, l, t, s, show(back, err))
		if r.intn(4) == 0 {
			b := []byte(t.AppendFormat([]byte("prefix:"), l))
			fmt.Printf("  append %q\n", b)
		}
	}
}
