package util

import (
	"fmt"

	"example.com/app/internal/cfg"
)

var Factor = mk("util.Factor")

func mk(s string) int {
	fmt.Println("init", s, "after", cfg.Name)
	return base * 2
}

func Double(x int) int { return Factor * x }

func init() { fmt.Println("util.init in util.go") }
