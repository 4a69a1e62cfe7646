package main

// TZ as an absolute path: the file is read and Local takes the path as its name.
import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC).Local()
	fmt.Println(time.Local, t)
	fmt.Println(time.Date(1930, time.July, 15, 12, 0, 0, 0, time.Local))
}
