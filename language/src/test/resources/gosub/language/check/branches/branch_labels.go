package main

func a() {
L:
	for {
		break L
	}
L:
	for {
		break M
	}
}

func b() {
	for {
		continue N
	}
}

func c() {
X:
	{
		break X
	}
Y:
	switch {
	default:
		continue Y
	}
}

func d() {
Z:
	for {
	}
	for {
		break Z
	}
}

func main() {
	break
	continue
	goto nowhere
}
