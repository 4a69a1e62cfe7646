package other

// a sub-folder is another package, not part of the one in the folder above
func Other() {}
