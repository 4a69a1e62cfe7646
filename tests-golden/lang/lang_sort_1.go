package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

func main() {
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}, {"Di", 25}}
	sort.Sort(ByAge(ps))
	fmt.Println(ps)
	sort.Sort(sort.Reverse(ByAge(ps)))
	fmt.Println(ps[0])
	sort.Stable(ByAge(ps))
	fmt.Println(ps)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchStrings([]string{"a", "c"}, "b"))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	fmt.Println(kvs[:3])
}
