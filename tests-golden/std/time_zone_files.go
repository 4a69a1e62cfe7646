package main

// Zones from files: TZ and ZONEINFO set by the program before time first needs them, a zone read from bytes, and
// the errors of files that are no zones.
import (
	"fmt"
	"os"
	"time"
)

func main() {
	os.Setenv("TZ", "America/Sao_Paulo")
	os.Setenv("ZONEINFO", "tzdir")
	fmt.Println(time.Local, time.Date(2024, time.July, 15, 12, 0, 0, 0, time.UTC).Local())

	paris, err := os.ReadFile("/usr/share/zoneinfo/Europe/Paris")
	if err != nil {
		fmt.Println(err)
		return
	}
	os.MkdirAll("tzdir/Mine", 0o755)
	os.WriteFile("tzdir/Mine/Paris", paris, 0o644)
	os.WriteFile("tzdir/Mine/Broken", paris[:40], 0o644)
	os.WriteFile("tzdir/Mine/Text", []byte("not a zone\n"), 0o644)
	for _, name := range []string{"Mine/Paris", "Mine/Broken", "Mine/Text", "Mine", "Mine/Paris/x", "Mine/None", "Asia/Tokyo"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
			continue
		}
		fmt.Println(name, time.Date(2024, time.July, 15, 12, 0, 0, 0, loc))
	}

	loc, err := time.LoadLocationFromTZData("Somewhere", paris)
	fmt.Println(loc, err, time.Date(1911, time.March, 12, 0, 0, 0, 0, loc), time.Date(2024, time.January, 1, 0, 0, 0, 0, loc))
	_, err = time.LoadLocationFromTZData("Nowhere", []byte("TZif2"))
	fmt.Println(err)
	loc, err = time.LoadLocationFromTZData("", paris)
	fmt.Printf("%q %v\n", loc.String(), err)
}
