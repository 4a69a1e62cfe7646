package main

func overVar() {
	goto L
	var x, y int = 1, 2
L:
	println(x, y)
}

func overDefine() {
	goto L
	a, b := 1, 2
L:
	println(a, b)
}

func overTwo() {
	goto L
	a := 1
	var (
		b int
		c int
	)
L:
	println(a, b, c)
}

func fromInner(k bool) {
	if k {
		goto L
	}
	z := 3
L:
	println(z)
}

func backOk() {
	i := 0
L:
	j := i
	i++
	if j < 3 {
		goto L
	}
}

func outOk() {
	for {
		x := 1
		_ = x
		goto out
	}
out:
	println()
}

func constTypeOk() {
	goto L
	const c = 1
	type T int
L:
	println(c, T(1))
}

func nestedLabel() {
	{
		goto M
		m := 1
		_ = m
	M:
	}
}

func declAfterLabel() {
	goto L
L:
	q := 1
	_ = q
}

func main() {}
