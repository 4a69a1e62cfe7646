package main

// TZ names one of the database's three-letter zones: Local is that zone, by that name, and LoadLocation finds the
// others (Go reads them from /usr/share/zoneinfo; the JVM deprecates these ids).
import (
	"fmt"
	"time"
)

func main() {
	winter := time.Date(2024, time.January, 15, 12, 0, 0, 0, time.UTC)
	summer := time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC)
	fmt.Println(time.Local, winter.Local(), summer.Local())
	name, offset := summer.Local().Zone()
	fmt.Println(name, offset)
	for _, id := range []string{"EST", "MST", "HST", "EST5EDT", "CST6CDT", "PST8PDT", "MST7MDT"} {
		loc, err := time.LoadLocation(id)
		if err != nil {
			fmt.Println(id, err)
			continue
		}
		fmt.Println(loc, winter.In(loc).Format("15:04 MST -0700"), summer.In(loc).Format("15:04 MST -0700"))
	}
	t, err := time.Parse("2006-01-02 15:04 MST", "2024-07-04 09:00 EST")
	fmt.Println(t, t.Location(), err)
	fmt.Println(time.Date(2024, time.March, 10, 2, 30, 0, 0, time.Local))
}
