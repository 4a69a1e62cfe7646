package util

func Hello() {
	unused := 1
}
