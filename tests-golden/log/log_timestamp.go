package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
	"time"
)

// The header's date and time cannot be recorded, so this checks their shape (and that they are now) and prints
// the header with the digits masked.
func mask(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '9'
		}
		return r
	}, s)
}

func main() {
	var buf bytes.Buffer
	flags := []int{
		log.Ldate,
		log.Ltime,
		log.Lmicroseconds,
		log.Ldate | log.Lmicroseconds,
		log.LstdFlags,
		log.LstdFlags | log.LUTC,
		log.LstdFlags | log.Lmsgprefix,
		log.LstdFlags | log.Lshortfile,
		log.Ldate | log.Ltime | log.Lmicroseconds | log.Lshortfile | log.Lmsgprefix | log.LUTC,
	}
	for _, f := range flags {
		buf.Reset()
		l := log.New(&buf, "P ", f)
		before := time.Now()
		l.Print("msg")
		line := buf.String()
		fmt.Printf("%3d %q\n", f, mask(line))
		if f&log.Ldate != 0 {
			t := before
			if f&log.LUTC != 0 {
				t = t.UTC()
			}
			want := t.Format("2006/01/02")
			if !strings.Contains(line, want) {
				fmt.Println("   date is not", want, "in", line)
			}
		}
		if f&log.LUTC != 0 && f&log.Ltime != 0 {
			h := fmt.Sprintf(" %02d:", before.UTC().Hour())
			if !strings.Contains(line, h) && !strings.Contains(line, fmt.Sprintf(" %02d:", time.Now().UTC().Hour())) {
				fmt.Println("   hour is not UTC in", line)
			}
		}
	}
	log.SetFlags(log.LstdFlags)
	fmt.Println(log.Flags() == log.LstdFlags)
}
