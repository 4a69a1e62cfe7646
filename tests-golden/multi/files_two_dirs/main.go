package main

func main() { hello() }
