// The files of this folder that go run builds on linux/amd64, each adding its name to a list.
package main

import (
	"fmt"
	"sort"
)

var built []string

func main() {
	sort.Strings(built)
	for _, b := range built {
		fmt.Println(b)
	}
}
