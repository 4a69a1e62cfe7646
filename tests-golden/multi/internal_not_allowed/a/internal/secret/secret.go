package secret

const Word = "psst"
