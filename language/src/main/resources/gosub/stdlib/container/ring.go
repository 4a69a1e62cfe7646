// Package ring is a circular list. There is no start and no end: any element stands for the whole ring, and
// the zero Ring is a ring of one element with a nil Value.
package ring

// Ring is an element of a ring.
type Ring struct {
	next, prev *Ring
	Value      any
}

// ready makes a zero Ring a ring of one.
func (r *Ring) ready() *Ring {
	r.next = r
	r.prev = r
	return r
}

// Next is the following element.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.ready()
	}
	return r.next
}

// Prev is the preceding element.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.ready()
	}
	return r.prev
}

// Move goes n elements forward (backward for n < 0) and returns that element.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.ready()
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	for ; n > 0; n-- {
		r = r.next
	}
	return r
}

// New makes a ring of n elements with nil Values (nil for n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for i := 1; i < n; i++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link joins s's ring into r's after r and returns r's old next. When r and s are the same ring, the elements
// between r and s are cut out instead, and returned as a ring of their own.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		before := s.Prev()
		r.next = s
		s.prev = r
		after.prev = before
		before.next = after
	}
	return after
}

// Unlink removes the n elements after r (n mod the length) and returns them as a ring.
func (r *Ring) Unlink(n int) *Ring {
	if n <= 0 {
		return nil
	}
	beyond := r.Move(n + 1)
	return r.Link(beyond)
}

// Len counts the elements; O(n).
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for e := r.Next(); e != r; e = e.next {
		n++
	}
	return n
}

// Do calls f with each element's Value, forward from r; f must not change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for e := r.Next(); e != r; e = e.next {
		f(e.Value)
	}
}
