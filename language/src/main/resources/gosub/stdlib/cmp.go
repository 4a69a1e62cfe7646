// Package cmp (Go 1.21) compares values of ordered types. Floating-point NaNs are ordered too: a NaN is less than
// any other value and equal to another NaN, and -0.0 equals 0.0.
package cmp

// Ordered is any type whose values < orders: integers, floats and strings, and types made of them.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less says whether x comes before y (NaN first).
func Less[T Ordered](x, y T) bool {
	return (isNaN(x) && !isNaN(y)) || x < y
}

// Compare is -1 when x comes before y, 0 when they are equal, +1 when x comes after y (NaN first, NaNs equal).
func Compare[T Ordered](x, y T) int {
	xNaN, yNaN := isNaN(x), isNaN(y)
	switch {
	case xNaN && yNaN:
		return 0
	case xNaN || x < y:
		return -1
	case yNaN || x > y:
		return +1
	}
	return 0
}

// isNaN says whether x is a NaN: the only value that is not equal to itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}

// Or is the first of its arguments that is not the zero value, or the zero value (Go 1.22).
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
