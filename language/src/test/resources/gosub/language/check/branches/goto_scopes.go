package main

func stacked() {
	goto B
A:
B:
	v := 1
	println(v)
	goto A
}

func overLabelledDecl() {
	goto C
D:
	w := 2
	_ = w
C:
	goto D
}

func closure() {
	f := func() {
		goto E
		u := 1
		_ = u
	E:
	}
	f()
	goto F
	{
		func() {
		F:
			goto F
		}()
	}
}

func blank() {
	goto G
	var _ = 1
G:
}

func sibling() {
	{
	H:
		println()
	}
	{
		goto H
	}
}

func undefined() {
	goto nowhere
}

func main() {}
