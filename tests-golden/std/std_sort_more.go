package main

import (
	"fmt"
	"math"
	"sort"
)

type P struct {
	K int
	V string
}

type byK []P

func (b byK) Len() int           { return len(b) }
func (b byK) Less(i, j int) bool { return b[i].K < b[j].K }
func (b byK) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	seed := uint32(12345)
	rnd := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 16)
	}
	var ps []P
	for i := 0; i < 300; i++ {
		ps = append(ps, P{rnd() % 10, fmt.Sprint(i)})
	}
	cp := func() []P {
		out := make([]P, len(ps))
		for i := range ps {
			out[i].K, out[i].V = ps[i].K, ps[i].V
		}
		return out
	}
	a := cp()
	sort.Slice(a, func(i, j int) bool { return a[i].K < a[j].K })
	fmt.Println(a)
	b := cp()
	sort.SliceStable(b, func(i, j int) bool { return b[i].K < b[j].K })
	fmt.Println(b)
	c := cp()
	sort.Sort(byK(c))
	fmt.Println(c)
	d := cp()
	sort.Stable(sort.Reverse(byK(d)))
	fmt.Println(d)
	fmt.Println(sort.IsSorted(byK(c)), sort.IsSorted(byK(ps)), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].K < a[j].K }))
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Copysign(0, -1), 2.5, math.NaN(), math.Inf(-1)}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	ss := []string{"b", "a", "B", "", "ab", "é", "z"}
	sort.Strings(ss)
	fmt.Println(ss, sort.StringsAreSorted(ss), sort.SearchStrings(ss, "b"))
	is := []int{5, -3, 9, 0, 5, 1 << 40, -1 << 40}
	sort.Ints(is)
	fmt.Println(is, sort.SearchInts(is, 5), sort.SearchInts(is, 6), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	sort.Sort(sort.Reverse(sort.StringSlice(ss)))
	fmt.Println(ss)
	x := sort.IntSlice{3, 1, 2}
	x.Sort()
	fmt.Println(x, x.Search(2), sort.Float64Slice{2, 1}.Len())
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }))
	big := make([]int, 2000)
	for i := range big {
		big[i] = rnd() % 1000
	}
	idx := make([]int, len(big))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return big[idx[i]] < big[idx[j]] })
	fmt.Println(idx[:50], idx[1950:])
	var arr [5][2]int
	for i := range arr {
		arr[i] = [2]int{5 - i, i}
	}
	sl := arr[:]
	sort.Slice(sl, func(i, j int) bool { return sl[i][0] < sl[j][0] })
	fmt.Println(arr)
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
