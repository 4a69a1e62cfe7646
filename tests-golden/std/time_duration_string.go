package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500 * time.Microsecond, time.Millisecond, 250 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, time.Minute, time.Hour,
		-2*time.Hour - 3*time.Minute, 36 * time.Hour, 100*time.Hour + 59*time.Second + 7*time.Nanosecond,
		-1, -time.Microsecond, 1<<63 - 1, -1 << 63, 2*time.Second + 500*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Printf("%d %v %s|%q\n", int64(d), d, d.String(), d)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 678*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
		fmt.Println(m, d.Round(m), d.Truncate(m), (-d).Round(m), (-d).Truncate(m))
	}
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println((-5 * time.Second).Abs(), time.Duration(-1<<63).Abs())
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1µs", "1us", "0", "+5s", ".5s", "1.s", "", "abc", "5", "3x", "1e3s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "0.000000001s", "1.0000000001s", "100000000000000000000h"} {
		dur, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v %v\n", s, dur, err)
	}
	fmt.Println(time.Month(1), time.December, time.Month(13), time.Sunday, time.Saturday, time.Weekday(7))
	fmt.Printf("%v %d %s\n", time.March, time.March, time.Tuesday)
}
