package main

// An empty tag is no tag, and a raw and an interpreted literal of one text are one tag: these types are
// identical. A different tag makes another type, which only a conversion bridges.
func main() {
	a := struct{ x int }{}
	b := struct {
		x int ""
	}{}
	c := struct {
		x int `t`
	}{}
	d := struct {
		x int "t"
	}{}
	a = b
	c = d
	a = c // ERROR "cannot use c \(variable of type struct\{x int .t.\}\) as type struct\{x int\} in assignment"
	a = struct{ x int }(c)
	_, _, _, _ = a, b, c, d
}
