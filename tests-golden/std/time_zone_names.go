package main

// LoadLocation of odd names: what the file system makes of them, with its errors.
import (
	"fmt"
	"time"
)

func main() {
	for _, n := range []string{"a\x00b", "Europe/Paris\x00", "Europe//Paris", "./Europe/Paris", "Europe/./Paris", "Europe/Paris/", "\\x", "Local", "UTC", "utc", "EST5EDT", "Asia/Kolkata ", "."} {
		l, err := time.LoadLocation(n)
		fmt.Printf("%q %v %v\n", n, l, err)
	}
}
