package lib

func Public() string { return "public " + hidden() }

func hidden() string { return "hidden" }
