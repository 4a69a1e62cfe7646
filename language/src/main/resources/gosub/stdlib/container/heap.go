// Package heap keeps any sort.Interface with Push and Pop as a binary min-heap: element 0 is the least (by
// Less), and every element is no greater than its two children at 2i+1 and 2i+2. Push and Pop are the heap's
// operations (h.Push and h.Pop only append to and cut from the end of the underlying slice).
package heap

import "sort"

// Interface is what the heap works on: a sort.Interface whose Push appends x and whose Pop removes and returns
// the last element.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

// Init puts h into heap order; O(n).
func Init(h Interface) {
	n := h.Len()
	for parent := n/2 - 1; parent >= 0; parent-- {
		sink(h, parent, n)
	}
}

// Push adds x to the heap; O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	rise(h, h.Len()-1)
}

// Pop removes and returns the least element; O(log n).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	sink(h, 0, last)
	return h.Pop()
}

// Remove removes and returns element i; O(log n).
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !sink(h, i, last) {
			rise(h, i)
		}
	}
	return h.Pop()
}

// Fix restores heap order after element i changed its value; cheaper than Remove and Push.
func Fix(h Interface, i int) {
	if !sink(h, i, h.Len()) {
		rise(h, i)
	}
}

// rise moves element i up while it is less than its parent.
func rise(h Interface, i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !h.Less(i, parent) {
			return
		}
		h.Swap(parent, i)
		i = parent
	}
}

// sink moves element i down among the first n while a child is less than it; it says whether i moved.
func sink(h Interface, i, n int) bool {
	start := i
	for {
		least := 2*i + 1
		if least >= n || least < 0 { // no child (or an index past the int range)
			break
		}
		if right := least + 1; right < n && h.Less(right, least) {
			least = right
		}
		if !h.Less(least, i) {
			break
		}
		h.Swap(i, least)
		i = least
	}
	return i > start
}
