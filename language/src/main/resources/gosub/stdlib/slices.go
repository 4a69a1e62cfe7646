package slices

// Go 1.21's package slices (the commonly used part) and Go 1.23's iterator functions.
//
// The functions that give back a slice have Go's signatures (F[S ~[]E, E ...](s S, ...) S: a named slice type comes
// back as itself); the others take []E where Go takes S (a named slice type is assignable to it).

import "iter"

type ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

// sortOrdered sorts the slice in x, of an ordered element type, natively (gosub.language.stdlib.sort.SortNatives):
// equal numbers and strings cannot be told apart, and floats are sorted by Go's algorithm, so the result is Go's.
func sortOrdered(x any)

// Sort puts x in increasing order, NaNs first.
func Sort[E ordered](x []E) {
	sortOrdered(x)
}

// SortFunc puts x in increasing order by cmp (negative: a before b); equal elements may move.
func SortFunc[E any](x []E, cmp func(a, b E) int) {
	n := len(x)
	for start := n/2 - 1; start >= 0; start-- {
		root := start
		for {
			child := 2*root + 1
			if child >= n {
				break
			}
			if child+1 < n && cmp(x[child], x[child+1]) < 0 {
				child++
			}
			if cmp(x[root], x[child]) >= 0 {
				break
			}
			x[root], x[child] = x[child], x[root]
			root = child
		}
	}
	for end := n - 1; end > 0; end-- {
		x[0], x[end] = x[end], x[0]
		root := 0
		for {
			child := 2*root + 1
			if child >= end {
				break
			}
			if child+1 < end && cmp(x[child], x[child+1]) < 0 {
				child++
			}
			if cmp(x[root], x[child]) >= 0 {
				break
			}
			x[root], x[child] = x[child], x[root]
			root = child
		}
	}
}

// SortStableFunc puts x in increasing order by cmp, equal elements staying in their order.
func SortStableFunc[E any](x []E, cmp func(a, b E) int) {
	// bottom-up merge sort through a buffer
	n := len(x)
	if n < 2 {
		return
	}
	buf := make([]E, n)
	src, dst := x, buf
	inBuf := false
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := lo + width
			if mid > n {
				mid = n
			}
			hi := lo + 2*width
			if hi > n {
				hi = n
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if cmp(src[j], src[i]) < 0 {
					dst[k] = src[j]
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			for i < mid {
				dst[k] = src[i]
				i++
				k++
			}
			for j < hi {
				dst[k] = src[j]
				j++
				k++
			}
		}
		src, dst = dst, src
		inBuf = !inBuf
	}
	if inBuf {
		copy(x, src)
	}
}

// IsSorted reports whether no element of x is less than the one before it.
func IsSorted[E ordered](x []E) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

// IsSortedFunc reports whether x is in increasing order by cmp.
func IsSortedFunc[E any](x []E, cmp func(a, b E) int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp(x[i], x[i-1]) < 0 {
			return false
		}
	}
	return true
}

// BinarySearch returns where target is in the sorted x, or would be inserted, and whether it is there.
func BinarySearch[E ordered](x []E, target E) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if x[h] < target || (x[h] != x[h] && target == target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (x[i] != x[i] && target != target))
}

// BinarySearchFunc is BinarySearch in x sorted by cmp, which compares an element with the target.
func BinarySearchFunc[E, T any](x []E, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

// Index returns where v first appears in s, or -1.
func Index[E comparable](s []E, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first element for which f holds, or -1.
func IndexFunc[E any](s []E, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v appears in s.
func Contains[E comparable](s []E, v E) bool {
	for i := range s {
		if v == s[i] {
			return true
		}
	}
	return false
}

// ContainsFunc reports whether f holds for some element of s.
func ContainsFunc[E any](s []E, f func(E) bool) bool {
	for i := range s {
		if f(s[i]) {
			return true
		}
	}
	return false
}

// Equal reports whether s1 and s2 have the same length and equal elements, pair by pair.
func Equal[E comparable](s1, s2 []E) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// EqualFunc reports whether s1 and s2 have the same length and eq holds pair by pair.
func EqualFunc[E1, E2 any](s1 []E1, s2 []E2, eq func(E1, E2) bool) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i, v1 := range s1 {
		v2 := s2[i]
		if !eq(v1, v2) {
			return false
		}
	}
	return true
}

// Compare orders s1 and s2 by their first differing elements, then by length: -1, 0 or +1.
func Compare[E ordered](s1, s2 []E) int {
	for i, x := range s1 {
		if i >= len(s2) {
			return +1
		}
		y := s2[i]
		xNaN := x != x
		yNaN := y != y
		if xNaN && yNaN {
			continue
		}
		if xNaN || x < y {
			return -1
		}
		if yNaN || x > y {
			return +1
		}
	}
	if len(s1) < len(s2) {
		return -1
	}
	return 0
}

// Reverse turns the order of s around, in place.
func Reverse[E any](s []E) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max returns the greatest element of x; it panics on an empty x.
func Max[E ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v > m || v != v {
			m = v
		}
	}
	return m
}

// Min returns the least element of x; it panics on an empty x.
func Min[E ordered](x []E) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if v < m || v != v {
			m = v
		}
	}
	return m
}

// MaxFunc returns the first greatest element of x by cmp; it panics on an empty x.
func MaxFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) > 0 {
			m = v
		}
	}
	return m
}

// MinFunc returns the first least element of x by cmp; it panics on an empty x.
func MinFunc[E any](x []E, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for _, v := range x[1:] {
		if cmp(v, m) < 0 {
			m = v
		}
	}
	return m
}

// Clone returns a new slice with the elements of s (assigned, not deep-copied); nil stays nil.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(s[:0:0], s...)
}

// Compact keeps one element of each run of equal neighbours and returns the shortened s.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if s[k] != s[k-1] {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:]) // since Go 1.22 the dropped places hold zero values, so they keep nothing alive
	return s[:i]
}

// CompactFunc is Compact with eq deciding which neighbours are equal.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	i := 1
	for k := 1; k < len(s); k++ {
		if !eq(s[k], s[k-1]) {
			if i != k {
				s[i] = s[k]
			}
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Insert returns s with v placed before index i.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:]
	if len(s)+len(v) > cap(s) {
		// a new array: s's own is left as it was
		r := make(S, 0, len(s)+len(v))
		r = append(r, s[:i]...)
		r = append(r, v...)
		return append(r, s[i:]...)
	}
	tail := append([]E(nil), s[i:]...)
	s = append(s[:i], v...)
	return append(s, tail...)
}

// Delete returns s without s[i:j]. Like Compact, DeleteFunc and Replace, it zeroes the places between the new and
// the old length (Go 1.22 and later), so the array keeps no dropped pointer alive.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j]
	r := append(s[:i], s[j:]...)
	clear(s[len(r):])
	return r
}

// DeleteFunc returns s without the elements for which del holds.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := 0
	for _, v := range s {
		if !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace returns s with s[i:j] replaced by v.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j]
	n := len(s) - (j - i) + len(v)
	if n > cap(s) {
		// a new array: s's own is left as it was, as Insert does
		r := make(S, 0, n)
		r = append(r, s[:i]...)
		r = append(r, v...)
		return append(r, s[j:]...)
	}
	tail := append([]E(nil), s[j:]...)
	r := append(append(s[:i], v...), tail...)
	if len(r) < len(s) {
		clear(s[len(r):])
	}
	return r
}

// Grow returns s with room for at least n more elements.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		s = append(s[:cap(s)], make([]E, n)...)[:len(s)]
	}
	return s
}

// Clip returns s with its capacity cut to its length.
func Clip[S ~[]E, E any](s S) S {
	return s[:len(s):len(s)]
}

// All is an iterator over the indices and elements of s, in order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Values is an iterator over the elements of s, in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// Backward is an iterator over the indices and elements of s, from the last to the first.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i > -1; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// AppendSeq appends what seq yields to s and returns the extended slice.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect makes a new slice of what seq yields (nil when it yields nothing).
func Collect[E any](seq iter.Seq[E]) []E {
	var s []E
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Sorted collects what seq yields into a new slice and sorts it.
func Sorted[E ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects what seq yields into a new slice and sorts it by cmp.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// SortedStableFunc collects what seq yields into a new slice and sorts it by cmp, keeping equal elements in
// the order seq gave them.
func SortedStableFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortStableFunc(s, cmp)
	return s
}

// Chunk is an iterator over consecutive pieces of s of n elements each (the last may be shorter). Each piece
// shares s's array, with its capacity cut to its length so that appending to it cannot overwrite the next.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for lo := 0; lo < len(s); lo += n {
			hi := min(lo+n, len(s))
			if !yield(s[lo:hi:hi]) {
				return
			}
		}
	}
}

// Repeat makes a new slice holding count copies of x one after the other.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const largest = int(^uint(0) >> 1)
	if len(x) > 0 && count > largest/len(x) {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, 0, len(x)*count)
	for range count {
		out = append(out, x...)
	}
	return out
}
