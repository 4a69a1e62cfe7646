package main

// A TZ that names no zone file leaves Local at UTC, silently; LoadLocation of that name fails.
import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.July, 15, 12, 0, 0, 0, time.Local)
	fmt.Println(time.Local, t, t.Unix())
	_, err := time.LoadLocation("Nonexistent/Zone")
	fmt.Println(err)
}
