package util

func Hello() {}
