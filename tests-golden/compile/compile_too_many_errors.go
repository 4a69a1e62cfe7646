package main

func main() {
	var s string
	s = 2.0
	s = 1e6
	s = 1e21
	s = 123456789.0
	s = 0.5
	s = 1e-5
	s = 1e300
	s = 1e309
	s = 1e-400
	s = 12345678.5
	s = 7.25
	_ = s
}
