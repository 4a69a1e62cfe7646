package main

// Bad method expressions and selectors on interface types and on pointers to them, and Go's "have" list of a
// wrong argument or result count (untyped values other than numbers lose the word "untyped").

func two() (int, string) { return 1, "" }

func results() (int, int) {
	return nil, "s", true
}

func moreResults() (int, bool, string) {
	return two()
}

func main() {
	_ = error.Unwrap
	_ = (*error).Error
	var p *error
	_ = p.Error
	_ = p.Error()
	_ = error.Error(nil, "s", 1 == 1, 'c')
}
