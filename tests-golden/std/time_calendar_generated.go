// Date with fields out of range, the calendar accessors (Weekday, YearDay, ISOWeek, Clock), Unix conversions,
// Add, Sub, AddDate, Truncate and Round of times, and Duration's String, ParseDuration, Round, Truncate, Abs and
// conversions. Cases come from a fixed pseudo-random sequence, so the output (recorded with Go) is always the
// same.
package main

import (
	"fmt"
	"math"
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

func (r *rng) between(lo, hi int64) int64 { return lo + int64(r.next()%uint64(hi-lo+1)) }

// duration picks durations of every size, extremes included.
func (r *rng) duration() time.Duration {
	switch r.intn(6) {
	case 0:
		return time.Duration(r.next())
	case 1:
		return time.Duration(r.between(-2000, 2000))
	case 2:
		return time.Duration(r.between(-5e12, 5e12))
	case 3:
		return time.Duration(r.between(-100, 100)) * []time.Duration{time.Microsecond, time.Millisecond, time.Second,
			time.Minute, time.Hour, 24 * time.Hour}[r.intn(6)]
	case 4:
		return []time.Duration{0, 1, -1, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1,
			time.Second, -time.Second, 1500 * time.Millisecond}[r.intn(10)]
	}
	return time.Duration(r.between(-1e18, 1e18))
}

var zones = []*time.Location{time.UTC, time.FixedZone("A", 3*3600), time.FixedZone("B", -(9*3600 + 30*60)),
	time.FixedZone("C", 86399), time.FixedZone("D", -86399)}

func (r *rng) instant() time.Time {
	t := time.Unix(r.between(-80000000000, 250000000000), r.between(0, 999999999)).In(zones[r.intn(len(zones))])
	if r.intn(10) == 0 {
		return time.Time{}
	}
	return t
}

func describe(t time.Time) string {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	zn, zo := t.Zone()
	return fmt.Sprintf("%v | %d %v %d %d:%d:%d.%09d %v yd=%d iso=%d-W%02d zone=%s%+d unix=%d ms=%d us=%d ns=%d zero=%v | %#v",
		t, y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw, zn, zo, t.Unix(), t.UnixMilli(),
		t.UnixMicro(), t.UnixNano(), t.IsZero(), t)
}

func main() {
	r := rng(99991)
	fmt.Println("== Date normalization")
	for i := 0; i < 200; i++ {
		y := int(r.between(-2000, 4000))
		if i%5 == 0 {
			y = int(r.between(1999, 2001))
		}
		t := time.Date(y, time.Month(r.between(-30, 40)), int(r.between(-400, 400)), int(r.between(-60, 60)),
			int(r.between(-200, 200)), int(r.between(-200, 200)), int(r.between(-3e9, 3e9)), zones[r.intn(len(zones))])
		fmt.Println(describe(t))
	}
	fmt.Println("== calendar edges")
	for y := 2000; y <= 2028; y++ {
		for _, md := range [][2]int{{1, 1}, {1, 3}, {1, 4}, {12, 28}, {12, 29}, {12, 31}, {2, 28}, {2, 29}, {3, 1}} {
			t := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			iy, iw := t.ISOWeek()
			fmt.Println(t.Format("2006-01-02 Mon"), t.YearDay(), iy, iw)
		}
	}
	for _, y := range []int{-400, -101, -100, -4, -1, 0, 1, 4, 100, 400, 1600, 1700, 1900, 2000, 2100, 2400, 10000} {
		t := time.Date(y, 2, 29, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, describe(t))
	}
	fmt.Println("== Unix")
	for n := 150; n > 0; n-- {
		sec, nsec := r.between(-1e11, 1e11), r.between(-5e9, 5e9)
		ms, us := r.between(-1e15, 1e15), r.between(-1e17, 1e17)
		fmt.Println(time.Unix(sec, nsec).UTC(), time.UnixMilli(ms).UTC(), time.UnixMicro(us).UTC())
	}
	fmt.Println(time.Unix(math.MaxInt64, 0).UTC().Year(), time.Unix(math.MinInt64/2, 0).UTC().Year())
	fmt.Println("== Add, Sub, AddDate, Truncate, Round")
	for i := 0; i < 200; i++ {
		t, u := r.instant(), r.instant()
		d := r.duration()
		fmt.Println(t.Add(d), "|", t.Sub(u), u.Sub(t), t.Before(u), t.After(u), t.Equal(u))
		m := r.duration()
		if r.intn(2) == 0 {
			m = time.Duration(r.between(1, 90)) * []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond,
				time.Second, time.Minute, time.Hour}[r.intn(6)]
		}
		fmt.Println("  ", m, t.Truncate(m), "|", t.Round(m))
		fmt.Println("  ", t.AddDate(int(r.between(-50, 50)), int(r.between(-30, 30)), int(r.between(-400, 400))))
	}
	for _, t := range []time.Time{{}, time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), time.Date(-5, 1, 1, 0, 0, 0, 7, time.UTC)} {
		fmt.Println(t.Add(math.MaxInt64), t.Add(math.MinInt64), t.Sub(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)),
			time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(t), t.Truncate(time.Hour), t.Round(7*time.Second))
	}
	fmt.Println("== Duration")
	for k := 0; k < 300; k++ {
		d, m := r.duration(), r.duration()
		fmt.Println(int64(d), d, d.Abs(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(),
			d.Nanoseconds(), "|", m, d.Truncate(m), d.Round(m))
		back, err := time.ParseDuration(d.String())
		if back != d || err != nil {
			fmt.Println("  round trip:", back, err)
		}
	}
	fmt.Println("== ParseDuration")
	parts := []string{"1", "0", "12", ".5", "1.", "1.5", "00", "007", "9223372036854775807", "9223372036854775808",
		"99999999999999999999", "3.000000000000000000001", ".", "", "+", "-", "1e3", "0x1"}
	units := []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h", "", "d", "sec", "H", "µ", "\xff"}
	for k := 0; k < 300; k++ {
		s := []string{"", "", "-", "+", "--"}[r.intn(5)]
		for n := 1 + r.intn(3); n > 0; n-- {
			s += parts[r.intn(len(parts))] + units[r.intn(len(units))]
		}
		parsed, err := time.ParseDuration(s)
		fmt.Printf("%q %d %v\n", s, parsed, err)
	}
	for _, s := range []string{"0", "-0", "+0", "0s", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "-2562047h47m16.854775809s", "9223372036854775807ns", "-9223372036854775808ns",
		"9223372036854775808ns", "1h1h", "1.0000000001h", "0.0000000001s", "5m0.1234567899s", "1.5µs", "1ms2us3ns"} {
		parsed, err := time.ParseDuration(s)
		fmt.Printf("%q %d %v\n", s, parsed, err)
	}
	fmt.Println("== names")
	for _, m := range []time.Month{0, 1, 12, 13, -1} {
		fmt.Println(m.String())
	}
	for _, w := range []time.Weekday{0, 6, 7, -1} {
		fmt.Println(w.String())
	}
	fmt.Printf("%#v\n", time.Date(2009, 11, 10, 23, 0, 0, 0, time.FixedZone("Some \"zone\"", 60)))
	fmt.Println(time.UTC, time.FixedZone("", 0), time.FixedZone("Q", 1), time.Time{}.Location())
}
