package main

import "regexp"

// An invalid pattern given to MustCompile is a panic whose value quotes the pattern.

var re = regexp.MustCompile(`^(\d+)-(\d+`)

func main() {
	println(re.String())
}
