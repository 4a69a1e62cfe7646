// sort.Slice and sort.SliceStable with many equal keys: the order equal elements end up in (Go's pdqsort decides it
// for Slice), how many times less is called, for many sizes and input shapes, on every kind of element a slice can
// hold (numbers, bytes, bools, strings, pointers, interfaces, flat and nested structs, arrays) and on sub-slices.
package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key int
	id  int
}

type nested struct {
	inner struct{ key, id int }
	tag   [2]string
}

// rng is a small deterministic generator, so Go and gosub sort the same inputs.
type rng uint32

func (r *rng) next(n int) int {
	*r = *r*1664525 + 1013904223
	return int(uint32(*r)>>8) % n
}

// shape fills keys: random in a small range (many equal), ascending, descending, all equal, sawtooth, nearly sorted.
func shape(kind, n int, r *rng) []int {
	keys := make([]int, n)
	for i := range keys {
		switch kind {
		case 0:
			keys[i] = r.next(5)
		case 1:
			keys[i] = i / 3
		case 2:
			keys[i] = (n - i) / 4
		case 3:
			keys[i] = 7
		case 4:
			keys[i] = i % 9
		case 5:
			keys[i] = i / 2
			if r.next(20) == 0 {
				keys[i] = r.next(n)
			}
		}
	}
	return keys
}

// digest folds a sequence of ids into one number that changes with their order.
func digest(ids []int) uint32 {
	h := uint32(2166136261)
	for _, id := range ids {
		h = (h ^ uint32(id)) * 16777619
	}
	return h
}

func main() {
	sizes := []int{0, 1, 2, 3, 11, 12, 13, 20, 21, 49, 50, 51, 64, 100, 257, 1000, 4099}
	r := rng(1)
	for kind := 0; kind < 6; kind++ {
		for _, n := range sizes {
			keys := shape(kind, n, &r)
			recs := make([]rec, n)
			for i := range recs {
				recs[i] = rec{keys[i], i}
			}
			stable := append([]rec(nil), recs...)
			calls := 0
			sort.Slice(recs, func(i, j int) bool {
				calls++
				return recs[i].key < recs[j].key
			})
			stableCalls := 0
			sort.SliceStable(stable, func(i, j int) bool {
				stableCalls++
				return stable[i].key < stable[j].key
			})
			ids := make([]int, n)
			sids := make([]int, n)
			for i := range recs {
				ids[i] = recs[i].id
				sids[i] = stable[i].id
			}
			fmt.Printf("shape %d n %4d: slice %08x in %6d calls, stable %08x in %6d calls\n", kind, n, digest(ids), calls, digest(sids), stableCalls)
		}
	}

	// every kind of element, with equal keys: what moves must be the elements, whole
	const n = 300
	keys := shape(0, n, &r)
	byKey := func(perm []int) func(i, j int) bool {
		return func(i, j int) bool { return keys[perm[i]] < keys[perm[j]] }
	}
	ints := make([]int, n)
	perm := make([]int, n)
	floats := make([]float64, n)
	bytes := make([]byte, n)
	bools := make([]bool, n)
	strs := make([]string, n)
	ptrs := make([]*rec, n)
	ifaces := make([]interface{}, n)
	nests := make([]nested, n)
	arrs := make([][2]int, n)
	for i := 0; i < n; i++ {
		ints[i] = keys[i]*1000 + i
		floats[i] = float64(keys[i]) + float64(i)/1000
		bytes[i] = byte(i)
		bools[i] = i%3 == 0
		strs[i] = fmt.Sprint(keys[i], "/", i)
		ptrs[i] = &rec{keys[i], i}
		if i%2 == 0 {
			ifaces[i] = i
		} else {
			ifaces[i] = fmt.Sprint(i)
		}
		nests[i].inner.key, nests[i].inner.id = keys[i], i
		nests[i].tag = [2]string{fmt.Sprint(i), "t"}
		arrs[i] = [2]int{keys[i], i}
	}
	sort.Slice(ints, func(i, j int) bool { return ints[i]/1000 < ints[j]/1000 })
	sort.Slice(floats, func(i, j int) bool { return int(floats[i]) < int(floats[j]) })
	sort.Slice(strs, func(i, j int) bool { return strs[i][0] < strs[j][0] })
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].key < ptrs[j].key })
	sort.Slice(nests, func(i, j int) bool { return nests[i].inner.key < nests[j].inner.key })
	sort.Slice(arrs, func(i, j int) bool { return arrs[i][0] < arrs[j][0] })
	// bytes, bools and interfaces have no key of their own: sort a permutation alongside, through the same swaps
	for i := range perm {
		perm[i] = i
	}
	pb := append([]int(nil), perm...)
	sort.Slice(bytes, func(i, j int) bool { return keys[bytes[i]] < keys[bytes[j]] })
	sort.Slice(pb, byKey(pb))
	sort.Slice(bools, func(i, j int) bool { return !bools[i] && bools[j] })
	sort.Slice(ifaces, func(i, j int) bool {
		a, _ := ifaces[i].(int)
		b, _ := ifaces[j].(int)
		return a%7 < b%7
	})
	fmt.Println("ints", ints[:12], ints[n-3:])
	fmt.Println("floats", floats[:6], floats[n-3:])
	fmt.Println("strings", strs[:8], strs[n-3:])
	fmt.Println("pointers", *ptrs[0], *ptrs[1], *ptrs[2], *ptrs[n-1])
	fmt.Println("nested", nests[0], nests[1], nests[n-1])
	fmt.Println("arrays", arrs[:5], arrs[n-1])
	fmt.Println("bytes", bytes[:10], "perm", pb[:10])
	fmt.Println("bools", bools[:3], bools[n-3:])
	fmt.Println("interfaces", ifaces[:12])

	// a sub-slice: the rest of the backing array stays
	sub := make([]int, 40)
	for i := range sub {
		sub[i] = (i * 7) % 13
	}
	sort.Slice(sub[10:30], func(i, j int) bool { return sub[10+i] < sub[10+j] })
	fmt.Println("sub-slice", sub)

	// storage stays, contents move: a pointer to an element sees whatever lands there
	recs := []rec{{3, 0}, {1, 1}, {2, 2}, {1, 3}, {0, 4}}
	first, last := &recs[0], &recs[4]
	sort.Slice(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	fmt.Println("through pointers", *first, *last, recs)
}
