package main

// An empty TZ is UTC, by that name.
import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.July, 15, 12, 0, 0, 0, time.Local)
	fmt.Println(time.Local, t, t.Unix())
	name, offset := t.Zone()
	fmt.Println(name, offset, t.Location() == time.Local, time.Local.String() == time.UTC.String())
	fmt.Printf("%#v\n", t)
}
