package main

// Zones as the database has them: historical abbreviations and offsets, the rule after the last transition,
// readings in a gap or twice over, and abbreviations parsed by the zone's list whether or not in use then.
import (
	"fmt"
	"time"
)

func main() {
	instants := []time.Time{
		time.Date(1850, time.July, 1, 12, 0, 0, 0, time.UTC),
		time.Date(1900, time.July, 1, 12, 0, 0, 0, time.UTC),
		time.Date(1943, time.July, 1, 12, 0, 0, 0, time.UTC),
		time.Date(1995, time.January, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2024, time.January, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2077, time.July, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2200, time.January, 15, 12, 0, 0, 0, time.UTC),
	}
	for _, name := range []string{"America/Los_Angeles", "Europe/Dublin", "Europe/Moscow", "Asia/Kolkata",
		"America/Sao_Paulo", "Australia/Lord_Howe", "Pacific/Chatham", "Africa/Casablanca", "Antarctica/Troll",
		"America/Godthab", "GMT", "Etc/GMT-14", "Etc/UTC", "Zulu", "Factory", "right/UTC", "posix/Asia/Tokyo"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		fmt.Print(loc)
		for _, t := range instants {
			fmt.Print(" | ", t.In(loc).Format("2006-01-02 15:04:05 MST -07:00:00"))
		}
		fmt.Println()
	}

	la, _ := time.LoadLocation("America/Los_Angeles")
	for _, value := range []string{"2024-07-04 09:00 PST", "2024-01-04 09:00 PDT", "2024-07-04 09:00 PDT",
		"1943-07-04 09:00 PWT", "1945-09-04 09:00 PPT", "2024-07-04 09:00 LMT", "2024-07-04 09:00 EST",
		"2024-11-03 01:30 PST", "2024-11-03 01:30 PDT"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", value, la)
		fmt.Println(value, "=>", t, t.Unix(), err)
	}
	sydney, _ := time.LoadLocation("Australia/Sydney")
	for _, value := range []string{"2024-01-10 09:00 AEDT", "2024-07-10 09:00 AEDT", "2024-07-10 09:00 AEST"} {
		t, err := time.ParseInLocation("2006-01-02 15:04 MST", value, sydney)
		fmt.Println(value, "=>", t, t.Unix(), err)
	}

	for _, where := range []*time.Location{la, sydney} {
		for _, at := range [][3]int{{3, 10, 2}, {11, 3, 1}, {10, 6, 2}, {4, 7, 2}, {2077, 3, 14}} {
			y, mo, d, h := 2024, at[0], at[1], at[2]
			if at[0] == 2077 {
				y, mo, d, h = 2077, 3, 14, 2
			}
			for _, m := range []int{0, 30} {
				t := time.Date(y, time.Month(mo), d, h, m, 0, 0, where)
				fmt.Println(where, y, mo, d, h, m, "=>", t, t.Unix())
			}
		}
	}
	fmt.Println(time.FixedZone("", -5400), time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone("", -5400)))
}
