package b

import "example.com/in/a/internal/secret"

func Get() string { return secret.Word }
