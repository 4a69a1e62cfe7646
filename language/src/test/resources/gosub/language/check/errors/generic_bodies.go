package main

// A generic body is checked once, for its whole type set: what some type of the set does not allow is an error
// even when no instantiation exists.

type Chans interface{ chan int | <-chan int }

type Maps interface{ map[string]int | map[int]int }

type Stringer interface{ String() string }

func closeAll[T Chans](c T) { close(c) } // ERROR "cannot close receive-only channel c \(variable of type T constrained by Chans\)"

func drop[T Maps](m T) { delete(m, "a") } // ERROR "maps of m \(variable of type T constrained by Maps\) must have identical key types"

func pick[T ~[]int | ~string](x T) int { return int(x[0]) } // ERROR "cannot index x \(variable of type T constrained by ~\[\]int|~string\)"

func deref[T any](p *T) { _ = p.M } // ERROR "p.M undefined \(type \*T is pointer to type parameter, not type parameter\)"

func send[T any](c T) { c <- 1 } // ERROR "cannot send to c \(variable of type T constrained by any\): no core type"

func recv[T any](c T) { <-c } // ERROR "cannot receive from c \(variable of type T constrained by any\): no core type"

func name[T Stringer](x T) string { return x.String() + x.Name() } // ERROR "x.Name undefined \(type T has no field or method Name\)"

func mixed[T ~int | ~string](x T) T { return x * x } // ERROR "operator \* not defined on x \(variable of type T constrained by ~int|~string\)"

// valid for every type of the set: no error
func fine[T ~[]byte | ~string, M ~map[string]T](x T, m M) (int, byte, T) {
	delete(m, "k")
	for k := range m {
		_ = k
	}
	return len(x), x[0], m["a"]
}

func main() {}
