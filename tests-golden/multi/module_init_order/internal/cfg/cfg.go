package cfg

import "fmt"

var Name = show("cfg.Name")

var Level = 3

var loaded []string

func show(s string) string {
	fmt.Println("init", s)
	loaded = append(loaded, s)
	return s
}

func Loaded() int { return len(loaded) }

func init() { fmt.Println("cfg.init") }
