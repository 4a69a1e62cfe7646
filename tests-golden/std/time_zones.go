package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 15, 12, 0, 0, 0, time.UTC)
	summer := time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC)
	for _, name := range []string{"America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney", "Etc/GMT+5", "UTC", ""} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		fmt.Println(loc, "|", t.In(loc), "|", summer.In(loc).Format(time.RFC1123Z), summer.In(loc).Format("MST"))
	}
	for _, name := range []string{"Mars/Olympus", "../etc/passwd", "/etc/localtime", "America/New_York "} {
		_, err := time.LoadLocation(name)
		fmt.Printf("%q: %v\n", name, err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	// the wall clock jumps from 2:00 to 3:00 on 2024-03-10 in New York
	for _, h := range []int{1, 3} {
		w := time.Date(2024, time.March, 10, h, 30, 0, 0, ny)
		fmt.Println(w, w.UTC())
	}
	p, err := time.ParseInLocation("2006-01-02 15:04 MST", "2024-07-04 09:00 EDT", ny)
	fmt.Println(p, p.Unix(), err)
	fmt.Println(t.In(ny).Location().String(), t.In(ny).Equal(t))
}
