package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println(sort[0])
}
