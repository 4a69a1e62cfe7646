package main

// go run leaves test files out: were this one compiled, main would be declared twice
func main() {}
