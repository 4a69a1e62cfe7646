// Package list is a doubly linked list. A List's zero value is an empty list ready to use; its elements hold
// any values and know their list, so a method given an element of another list leaves both lists alone.
package list

// Element is one element of a List.
type Element struct {
	next, prev *Element
	list       *List
	Value      any
}

// Next is the element after e, or nil.
func (e *Element) Next() *Element {
	if e.list != nil && e.next != &e.list.root {
		return e.next
	}
	return nil
}

// Prev is the element before e, or nil.
func (e *Element) Prev() *Element {
	if e.list != nil && e.prev != &e.list.root {
		return e.prev
	}
	return nil
}

// List is a doubly linked list: a ring through a sentinel element, root, whose next is the front and whose prev
// is the back.
type List struct {
	root Element
	len  int
}

// Init empties l (or readies it) and returns it.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an empty list.
func New() *List { return new(List).Init() }

// Len is the number of elements; O(1).
func (l *List) Len() int { return l.len }

// Front is the first element, or nil.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back is the last element, or nil.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

// ready makes a zero List usable.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e after at and returns it.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of l.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e (in l) to after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	at.next.prev = e
	at.next = e
}

// Remove takes e out of l if it is in l, and returns its value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront adds v at the front and returns its element.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack adds v at the back and returns its element.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore adds v just before mark (an element of l; else nothing happens and it returns nil).
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter adds v just after mark (an element of l; else nothing happens and it returns nil).
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront moves e (an element of l) to the front.
func (l *List) MoveToFront(e *Element) {
	if e.list != l || e == l.root.next {
		return
	}
	l.relink(e, &l.root)
}

// MoveToBack moves e (an element of l) to the back.
func (l *List) MoveToBack(e *Element) {
	if e.list != l || e == l.root.prev {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore moves e just before mark (both elements of l, and different).
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || mark.list != l || e == mark {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves e just after mark (both elements of l, and different).
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || mark.list != l || e == mark {
		return
	}
	l.relink(e, mark)
}

// PushBackList appends copies of other's values (other may be l itself).
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of other's values, in their order (other may be l itself).
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
