package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	layouts := []string{time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano, "2006-01-02", "15:04:05", "Jan _2 06 3:04:05.000 pm", "__2 002 Monday January",
		"2006-01-02T15:04:05.999Z07:00", "05,000 .9 .99 -07 -0700 -07:00 Z07"}
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
	z := time.FixedZone("XYZ", -(3*3600 + 30*60))
	tz := t.In(z)
	fmt.Println(tz, tz.Format(time.RFC3339), tz.Location(), tz.Equal(t))
	name, off := tz.Zone()
	fmt.Println(name, off)
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Unix(), zero.Year(), zero.Weekday())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	u := time.Unix(1700000000, 5).UTC()
	fmt.Println(u, u.Weekday(), u.YearDay())
	fmt.Println(time.UnixMilli(1700000000123).UTC())
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.YearDay(), t.Weekday())
	fmt.Println(t.AddDate(0, 1, 30), t.AddDate(-1, -3, 0))
	fmt.Println(time.Date(2024, 2, 30, 25, 61, 61, 0, time.UTC))
	fmt.Println(time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	t2 := t.Add(90 * time.Minute)
	fmt.Println(t2.Sub(t), t.Sub(t2), t2.After(t), t2.Before(t), t.Equal(t))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Round(time.Second), t.Truncate(24*time.Hour))
	for _, yy := range []int{2020, 2021, 2004, 2005, 2026} {
		iy, iw := time.Date(yy, 1, 1, 0, 0, 0, 0, time.UTC).ISOWeek()
		fmt.Println(yy, iy, iw)
	}
	p, err := time.Parse("2006-01-02 15:04:05", "2021-07-04 09:08:07")
	fmt.Println(p, err)
	p, err = time.Parse(time.RFC3339, "2021-07-04T09:08:07.25+02:00")
	fmt.Println(p, err, p.UTC())
	_, err = time.Parse("2006-01-02", "2021-13-04")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "2021-02-30")
	fmt.Println(err)
	_, err = time.Parse("2006-01-02", "hello")
	fmt.Println(err)
	p, err = time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)")
	fmt.Println(p, err)
	fmt.Printf("%v|%s|%d\n", time.UTC, time.UTC, time.May)
}
