package main

// TZ=:Europe/Paris: the colon is dropped and the zone is Local, under its own name, with its history.
import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local)
	for _, y := range []int{1890, 1940, 1976, 2024, 2090} {
		for _, m := range []time.Month{time.January, time.July} {
			t := time.Date(y, m, 15, 12, 0, 0, 0, time.UTC).Local()
			name, offset := t.Zone()
			fmt.Println(t, name, offset)
		}
	}
	t, err := time.Parse("2006-01-02 15:04 MST", "2024-01-04 09:00 CEST")
	fmt.Println(t, t.Location(), err)
}
