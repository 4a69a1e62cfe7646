package main

import (
	"fmt"

	"example.com/app/internal/cfg"
	"example.com/app/internal/util"
)

var fromMain = trace("main.fromMain")

func trace(s string) string {
	fmt.Println("init", s)
	return s
}

func init() { fmt.Println("main.init", util.Double(cfg.Level)) }

func main() {
	fmt.Println(util.Double(2), cfg.Name, util.Tag{Name: "t"}, cfg.Loaded())
	var s fmt.Stringer = util.Tag{Name: "x"}
	fmt.Println(s)
}
