package main

import (
	"fmt"
	"sort"
)

type V struct {
	N int
	S string
}

func main() {
	m := map[string]int{"b": 2, "a": 1}
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nothere")
	fmt.Println(len(m), m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	for k := range nm {
		fmt.Println(k)
	}
	sv := map[int]V{1: {1, "one"}}
	x := sv[1]
	x.N = 100
	fmt.Println(sv[1], x)
	sv[2] = V{S: "two"}
	fmt.Printf("%v %+v\n", sv, sv)
	pm := map[string]*V{"p": {N: 5}}
	pm["p"].N++
	fmt.Println(pm["p"].N)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	keys := []string{}
	for k, c := range counts {
		keys = append(keys, fmt.Sprintf("%c=%d", k, c))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	mm := map[string]map[string]int{}
	if mm["a"] == nil {
		mm["a"] = map[string]int{}
	}
	mm["a"]["b"] = 3
	fmt.Println(mm)
	ms := map[string][]int{}
	ms["k"] = append(ms["k"], 1, 2)
	fmt.Println(ms, len(ms["nope"]))
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x"}
	km[key{3, 4}] = "y"
	fmt.Println(km[key{1, 2}], km[key{3, 4}], len(km))
	im := map[interface{}]int{1: 1, "1": 2, 1.0: 3}
	fmt.Println(im[1], im["1"], im[1.0], len(im))
	fmt.Println(map[int]bool{3: true, 1: false, 2: true})
	m2 := m
	m2["new"] = 9
	fmt.Println(m["new"])
	if _, ok := m["b"]; ok {
		fmt.Println("has b")
	}
}
