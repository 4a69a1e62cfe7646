package main

// Go's compiler stops at ten errors while parsing too: the eleventh and twelfth bad literals are not reported.

var (
	a = 0x
	b = 0b2
	c = 08
	d = 1__0
	e = 1e
	f = 0x1.2
	g = 'ab'
	h = ''
	i = "\q"
	j = '\400'
	k = 0o8
	l = "\z"
)

func main() {
}
