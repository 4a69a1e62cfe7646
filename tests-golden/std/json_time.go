package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Entry struct {
	At    time.Time  `json:"at"`
	Until *time.Time `json:"until,omitempty"`
	Took  time.Duration
}

func main() {
	at := time.Date(2022, 3, 4, 5, 6, 7, 123450000, time.UTC)
	b, err := json.Marshal(Entry{At: at, Took: 1500 * time.Millisecond})
	fmt.Println(string(b), err)
	zone := time.FixedZone("X", -5*3600)
	b, err = json.Marshal(map[string]time.Time{"a": time.Date(2001, 1, 2, 3, 4, 5, 0, zone)})
	fmt.Println(string(b), err)
	_, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	var e Entry
	fmt.Println(json.Unmarshal([]byte(`{"at": "2020-02-29T23:59:59.5+02:00", "until": "2021-01-01T00:00:00Z", "Took": 5}`), &e))
	fmt.Println(e.At, e.Until, e.Took)
	fmt.Println(json.Unmarshal([]byte(`{"at": "yesterday"}`), &e))
	fmt.Println(json.Unmarshal([]byte(`{"at": null}`), &e), e.At)
	var m map[time.Time]int
	fmt.Println(json.Unmarshal([]byte(`{"2020-01-01T00:00:00Z": 1}`), &m), m)
	t, _ := at.MarshalText()
	fmt.Println(string(t))
}
