package other

type T struct {
	Exported int
	hidden   string
}

var Anon = struct {
	a int
	B string `k:"v"`
	T
}{}

func Func() any { return func(x int, rest ...struct{ z bool }) {} }
