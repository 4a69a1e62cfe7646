package util

// T has an unexported field and method, which only this package may use.
type T struct {
	x int
	X int
}

func (t T) m() int { return t.x }

func (t T) M() int { return t.m() + t.X }
