package main

// Go's parser checks labels and branches, so their errors are found before any type error: with more than ten
// errors, the unused label at the end is among the ten reported, and "too many errors" stands at the tenth found.

func main() {
	var a int = "1"
	var b int = "2"
	var c int = "3"
	var d int = "4"
	var e int = "5"
	var f int = "6"
	var g int = "7"
	var h int = "8"
	var i int = "9"
	var j int = "10"
	var k int = "11"
L:
	for {
		break
	}
	var v interface{} = 1
	switch v.(type) {
	case int:
		fallthrough
	case string:
	}
}
