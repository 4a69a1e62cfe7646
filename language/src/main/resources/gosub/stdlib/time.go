// Package time measures and shows time: instants (Time), their differences (Duration), the calendar, time zones
// at fixed offsets plus the local zone, layouts for printing and parsing, and sleeping, timers and tickers.
// Clocks, sleeping and timers are the gosub scheduler's (its timer queue); the calendar and the layouts are Go
// code written from the package's documentation.
package time

import (
	"errors"
	"syscall"
)

// ===== Durations =====

// Duration is the time between two instants in nanoseconds. An int64 holds about 292 years either way.
type Duration int64

// The ends of the range of Duration, where results that do not fit are held.
const (
	shortest Duration = -1 << 63
	longest  Duration = 1<<63 - 1
)

// The units of Duration. There is no Day: days differ in length where clocks change.
const (
	Nanosecond  Duration = 1
	Microsecond          = Nanosecond * 1000
	Millisecond          = Microsecond * 1000
	Second               = Millisecond * 1000
	Minute               = Second * 60
	Hour                 = Minute * 60
)

// String shows d as hours, minutes and seconds with a decimal fraction ("72h3m0.5s"), dropping leading units
// that are zero. Under a second it uses ms, µs or ns so that the number starts with a non-zero digit; zero
// is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	sign := ""
	n := uint64(d)
	if d < 0 {
		sign = "-"
		n = -n // also right for the most negative Duration, as an unsigned magnitude
	}
	switch {
	case n < uint64(Microsecond):
		return sign + formatUint(n) + "ns"
	case n < uint64(Millisecond):
		return sign + formatUint(n/1e3) + decimals(n%1e3, 3) + "µs"
	case n < uint64(Second):
		return sign + formatUint(n/1e6) + decimals(n%1e6, 6) + "ms"
	}
	secs := n / 1e9
	text := formatUint(secs%60) + decimals(n%1e9, 9) + "s"
	if mins := secs / 60; mins > 0 {
		text = formatUint(mins%60) + "m" + text
		if hours := mins / 60; hours > 0 {
			text = formatUint(hours) + "h" + text
		}
	}
	return sign + text
}

// decimals shows frac/10^digits as "." and the digits without trailing zeros, or "" when frac is 0.
func decimals(frac uint64, digits int) string {
	if frac == 0 {
		return ""
	}
	var buf [9]byte
	for i := digits - 1; i >= 0; i-- {
		buf[i] = byte('0' + frac%10)
		frac /= 10
	}
	for digits > 0 && buf[digits-1] == '0' {
		digits--
	}
	return "." + string(buf[:digits])
}

// formatUint is x in decimal.
func formatUint(x uint64) string {
	var buf [20]byte
	at := len(buf)
	for {
		at--
		buf[at] = byte('0' + x%10)
		x /= 10
		if x == 0 {
			return string(buf[at:])
		}
	}
}

// Nanoseconds is d as a count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds is d as a whole number of microseconds, cut toward zero.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds is d as a whole number of milliseconds, cut toward zero.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds is d in seconds, as a float. The whole seconds and the rest are converted apart, for precision.
func (d Duration) Seconds() float64 {
	whole, rest := d/Second, d%Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes is d in minutes, as a float.
func (d Duration) Minutes() float64 {
	whole, rest := d/Minute, d%Minute
	return float64(whole) + float64(rest)/60e9
}

// Hours is d in hours, as a float.
func (d Duration) Hours() float64 {
	whole, rest := d/Hour, d%Hour
	return float64(whole) + float64(rest)/3600e9
}

// Truncate cuts d toward zero to a multiple of m; with m <= 0 it gives d.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round gives the multiple of m nearest to d, halves away from zero, held to the range of Duration; with
// m <= 0 it gives d.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	rest := d % m // has d's sign
	mag := rest
	if mag < 0 {
		mag = -mag
	}
	if uint64(mag)*2 < uint64(m) {
		return d - rest
	}
	if d < 0 {
		if away := d - (m - mag); away < d {
			return away
		}
		return shortest
	}
	if away := d + (m - mag); away > d {
		return away
	}
	return longest
}

// Abs is |d|; the most negative Duration, which has no positive counterpart, gives the largest one.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == shortest {
		return longest
	}
	return -d
}

// ParseDuration reads a duration written as an optional sign and one or more numbers with units, such as
// "300ms", "-1.5h" or "2h45m". A number may have a decimal fraction; the units are "ns", "us" (or "µs"),
// "ms", "s", "m" and "h".
func ParseDuration(s string) (Duration, error) {
	bad := func() (Duration, error) { return 0, errors.New("time: invalid duration " + quoteBytes(s)) }
	rest := s
	negative := false
	if rest != "" && (rest[0] == '+' || rest[0] == '-') {
		negative = rest[0] == '-'
		rest = rest[1:]
	}
	if rest == "0" {
		return 0, nil
	}
	if rest == "" {
		return bad()
	}
	var total uint64 // magnitude; 1<<63 is allowed for the most negative Duration
	for rest != "" {
		if rest[0] != '.' && !isDigit(rest[0]) {
			return bad()
		}
		whole, afterWhole, ok := wholeNumber(rest)
		if !ok {
			return bad()
		}
		hasWhole := len(afterWhole) < len(rest)
		var frac uint64
		scale := 1.0
		afterFrac := afterWhole
		hasFrac := false
		if afterWhole != "" && afterWhole[0] == '.' {
			frac, scale, afterFrac = fraction(afterWhole[1:])
			hasFrac = len(afterFrac) < len(afterWhole)-1
		}
		if !hasWhole && !hasFrac {
			return bad() // a lone point
		}
		unitLen := 0
		for unitLen < len(afterFrac) && afterFrac[unitLen] != '.' && !isDigit(afterFrac[unitLen]) {
			unitLen++
		}
		if unitLen == 0 {
			return 0, errors.New("time: missing unit in duration " + quoteBytes(s))
		}
		unitName := afterFrac[:unitLen]
		rest = afterFrac[unitLen:]
		unit := unitNanos(unitName)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quoteBytes(unitName) + " in duration " + quoteBytes(s))
		}
		if whole > 1<<63/unit {
			return bad()
		}
		term := whole * unit
		if frac > 0 {
			// float64 keeps this exact to the nanosecond even for fractions of an hour.
			term += uint64(float64(frac) * (float64(unit) / scale))
			if term > 1<<63 {
				return bad()
			}
		}
		total += term
		if total > 1<<63 {
			return bad()
		}
	}
	if negative {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return bad()
	}
	return Duration(total), nil
}

// unitNanos is the length of a ParseDuration unit in nanoseconds, 0 for an unknown unit.
func unitNanos(name string) uint64 {
	switch name {
	case "ns":
		return 1
	case "us", "µs", "μs": // micro sign U+00B5 or Greek mu U+03BC
		return 1e3
	case "ms":
		return 1e6
	case "s":
		return 1e9
	case "m":
		return 60e9
	case "h":
		return 3600e9
	}
	return 0
}

// wholeNumber reads the digits at the start of s (none is 0). ok is false when the number exceeds 1<<63.
func wholeNumber(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// fraction reads the digits at the start of s as the numerator of a fraction over scale (a power of ten).
// Digits past what an int64 holds are read but dropped.
func fraction(s string) (x uint64, scale float64, rest string) {
	scale = 1
	full := false
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		if full {
			continue
		}
		if x > (1<<63-1)/10 {
			full = true
			continue
		}
		next := x*10 + uint64(s[i]-'0')
		if next > 1<<63 {
			full = true
			continue
		}
		x = next
		scale *= 10
	}
	return x, scale, s[i:]
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// quoteBytes puts s in double quotes for an error message, escaping quotes and backslashes, and writing every
// byte that is not printable ASCII as \xNN.
func quoteBytes(s string) string {
	const hexadecimal = "0123456789abcdef"
	out := make([]byte, 0, len(s)+2)
	out = append(out, '"')
	for at := 0; at < len(s); at++ {
		switch c := s[at]; {
		case c < ' ' || c >= 0x80:
			out = append(out, '\\', 'x', hexadecimal[c>>4], hexadecimal[c&15])
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

// ===== Months and weekdays =====

// Month is a month of the year, January being 1.
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// Weekday is a day of the week, Sunday being 0.
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

var weekdayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// monthDays is the length of each month in a common year.
var monthDays = [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// String is the month's English name; a value out of range shows as %!Month(n), n as an unsigned number.
func (m Month) String() string {
	if m < January || m > December {
		return "%!Month(" + formatUint(uint64(m)) + ")"
	}
	return monthNames[m-1]
}

// String is the day's English name; a value out of range shows as %!Weekday(n), n as an unsigned number.
func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return "%!Weekday(" + formatUint(uint64(d)) + ")"
	}
	return weekdayNames[d]
}

// isLeap says whether year has a February 29 (proleptic Gregorian calendar).
func isLeap(year int) bool {
	if year%100 == 0 {
		return year%400 == 0
	}
	return year%4 == 0
}

// daysIn is the length of month m of year.
func daysIn(m Month, year int) int {
	if isLeap(year) && m == February {
		return 29
	}
	return monthDays[m-1]
}

// ===== The calendar =====
// Dates are converted to and from day numbers counted from January 1, 1970, with the era-based algorithm of
// Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms": years that begin on March 1 put the leap
// day at the end of the year, and 400-year eras of 146097 days repeat exactly.

const (
	daysPerEra   = 146097 // days in 400 Gregorian years
	marchToEpoch = 719468 // days from March 1 of year 0 to January 1, 1970
)

// civil splits a day number into year, month and day.
func civil(days int64) (year int, month Month, day int) {
	z := days + marchToEpoch
	era := floorDiv(z, daysPerEra)
	dayOfEra := z - era*daysPerEra                                                   // [0, 146096]
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365 // [0, 399]
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)            // from March 1
	shifted := (5*dayOfYear + 2) / 153                                               // month with March as 0
	day = int(dayOfYear - (153*shifted+2)/5 + 1)
	if shifted < 10 {
		month = Month(shifted + 3)
	} else {
		month = Month(shifted - 9)
	}
	y := yearOfEra + era*400
	if month <= February {
		y++
	}
	return int(y), month, day
}

// dayNumber is the day number of the first day of month (1 to 12) of year.
func dayNumber(year int64, month Month) int64 {
	y := year
	if month <= February {
		y-- // January and February end the March-based year before
	}
	era := floorDiv(y, 400)
	yearOfEra := y - era*400
	shifted := (int64(month) + 9) % 12
	dayOfYear := (153*shifted + 2) / 5
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*daysPerEra + dayOfEra - marchToEpoch
}

// floorDiv divides rounding toward minus infinity (b > 0).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// weekdayOf is the weekday of a day number; January 1, 1970 was a Thursday.
func weekdayOf(days int64) Weekday {
	w := (days + int64(Thursday)) % 7
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// ===== Locations =====

// Location tells which zone is in use at an instant: its abbreviation and its offset from UTC. gosub has UTC,
// zones at a fixed offset (FixedZone), and zones read from TZif files where Go 1.19 reads them (LoadLocation,
// LoadLocationFromTZData, and Local as the TZ environment variable says). The files' tables and their lookups are
// Java (gosub.language.stdlib.time.zoneinfo); a Location keeps its table in a func() field.
type Location struct {
	name   string
	zone   string // abbreviation of a fixed zone (and UTC)
	offset int    // seconds east of UTC of a fixed zone
	zones  func() // the table of a zone read from a file, nil for a fixed zone
}

var (
	utcLoc   = Location{name: "UTC", zone: "UTC"}
	localLoc Location
	// localRead says Local has been made from TZ (or the system's file), which Go does on its first use, so that
	// a program may set TZ before.
	localRead bool

	// UTC is Coordinated Universal Time.
	UTC *Location = &utcLoc
	// Local is the system's time zone, or the one TZ names.
	Local *Location = &localLoc
)

// String is the location's name.
func (l *Location) String() string {
	return l.get().name
}

// get reads a nil *Location as UTC (the zero Time has no location and is in UTC), and makes Local on first use.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localRead {
		readLocal()
	}
	return l
}

// localMaking is held while Local is made, so that goroutines using it first at the same time make it once (time
// imports no sync, to stay light on hello world's path).
var localMaking = make(chan struct{}, 1)

func readLocal() {
	localMaking <- struct{}{}
	if !localRead {
		tz, set := syscall.Getenv("TZ")
		name, zones := localZones(tz, set)
		localLoc = Location{name: name, zone: "UTC", zones: zones}
		localRead = true
	}
	<-localMaking
}

// FixedZone makes a location that always uses the abbreviation name and is offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation gives the location called name: "" and "UTC" are UTC, "Local" is Local, and any other name is
// a file of the time zone database: in the directory (or uncompressed zip file) ZONEINFO names, then in
// /usr/share/zoneinfo (or /usr/share/lib/zoneinfo, /usr/lib/locale/TZ). A machine with none of these
// directories uses the JVM's database instead, as Go would use its toolchain's.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if hasDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// IANA names have no "..", and are not paths
		return nil, errInvalidLocation
	}
	if !zoneinfoRead {
		zoneinfo, _ = syscall.Getenv("ZONEINFO")
		zoneinfoRead = true
	}
	zones, msg := loadZones(name, zoneinfo)
	if msg != "" {
		return nil, errors.New(msg)
	}
	return &Location{name: name, zones: zones}, nil
}

// zoneinfo is ZONEINFO as LoadLocation first saw it: like Go, later changes are not seen.
var (
	zoneinfo     string
	zoneinfoRead bool
)

// LoadLocationFromTZData makes a location called name from data, the content of a TZif file (RFC 8536).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	zones, ok := zonesFromData(string(data))
	if !ok {
		return nil, errors.New("malformed time zone information")
	}
	return &Location{name: name, zones: zones}, nil
}

var errInvalidLocation = errors.New("time: invalid location name")

// hasDotDot reports whether s has two dots in a row (time imports no strings, to stay light on hello world's path).
func hasDotDot(s string) bool {
	dots := 0
	for _, b := range []byte(s) {
		if b != '.' {
			dots = 0
		} else if dots++; dots == 2 {
			return true
		}
	}
	return false
}

// localZones is Local's name and table for the TZ variable's value (set is false when it is unset): "Local" and
// /etc/localtime's when unset, the zone TZ names (a path, or a name in the system's directories) otherwise, and
// "UTC" with no table when TZ is empty, "UTC", or names nothing readable.
func localZones(tz string, set bool) (name string, zones func())

// loadZones reads the zone file called name as LoadLocation does; msg is Go's error, "" on success.
func loadZones(name, zoneinfo string) (zones func(), msg string)

// zonesFromData reads TZif data; ok is false when it is not.
func zonesFromData(data string) (zones func(), ok bool)

// lookupZone is the zone a table has in use at Unix time sec, and the span [start, end) it stays in use.
func lookupZone(zones func(), sec int64) (name string, offset int, start, end int64, isDST bool)

// lookupZoneName is the offset of the zone abbreviated name around unix, a wall clock reading taken as UTC: the
// one in use at the instant the reading means if one so named is, else that of any zone of the table so named.
func lookupZoneName(zones func(), name string, unix int64) (offset int, ok bool)

// The bounds of a zone in use for all time.
const (
	alpha = -1 << 63
	omega = 1<<63 - 1
)

// lookup is the zone in use at Unix time sec: its abbreviation and offset (seconds east of UTC), and the span
// [start, end) over which it is.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64) {
	l = l.get()
	if l.zones == nil {
		return l.zone, l.offset, alpha, omega
	}
	name, offset, start, end, _ = lookupZone(l.zones, sec)
	return name, offset, start, end
}

// zoneAt is the abbreviation and offset (seconds east of UTC) in use at Unix time unix.
func (l *Location) zoneAt(unix int64) (name string, offset int) {
	name, offset, _, _ = l.lookup(unix)
	return name, offset
}

// offsetOfName is the offset the zone abbreviated name has in l around unix, a wall clock reading taken as UTC.
func (l *Location) offsetOfName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	if l.zones == nil {
		if l.zone == name {
			return l.offset, true
		}
		return 0, false
	}
	return lookupZoneName(l.zones, name, unix)
}

// ===== Instants =====

// Time is an instant with nanosecond precision, shown in a location. The zero value is January 1, year 1,
// 00:00:00 UTC. A Time from Now also carries a reading of the monotonic clock, which Sub, Before, After and
// Equal prefer when both sides have one, so that changes of the wall clock do not disturb measurements.
type Time struct {
	sec  int64     // seconds since January 1, year 1, 00:00:00 UTC
	nsec int64     // [0, 999999999]
	mono int64     // nanoseconds of the monotonic clock since the program started, plus 1; 0 when absent
	loc  *Location // nil for UTC
}

const (
	secondsPerDay = 86400

	// epochSeconds is the number of seconds from January 1, year 1 to January 1, 1970.
	epochSeconds int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

	// A time keeps its monotonic reading through Add only between 1885 and 2157, as in Go (which packs the
	// wall clock of such a time into 33 bits counted from 1885).
	monoWallFirst int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
	monoWallLast        = monoWallFirst + 1<<33 - 1

	largestSec = 1<<63 - 1
)

// now reads the wall clock (Unix seconds and nanoseconds) and the monotonic clock (as Time.mono).
func now() (sec int64, nsec int64, mono int64)

// nanotime is the scheduler's clock, on which timer deadlines are expressed.
func nanotime() int64

// Now is the current time, in Local, with a monotonic reading.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + epochSeconds, nsec: nsec, mono: mono, loc: Local}
}

// Unix is the instant sec seconds and nsec nanoseconds after January 1, 1970 UTC, in Local. nsec may lie
// outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	carry := floorDiv(nsec, 1e9)
	return Time{sec: sec + carry + epochSeconds, nsec: nsec - carry*1e9, loc: Local}
}

// UnixMilli is the instant msec milliseconds after January 1, 1970 UTC, in Local.
func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, msec%1e3*1e6)
}

// UnixMicro is the instant usec microseconds after January 1, 1970 UTC, in Local.
func UnixMicro(usec int64) Time {
	return Unix(usec/1e6, usec%1e6*1e3)
}

func (t Time) unixSec() int64 { return t.sec - epochSeconds }

// Unix is t in seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.unixSec() }

// UnixMilli is t in milliseconds since January 1, 1970 UTC (meaningless when that overflows an int64).
func (t Time) UnixMilli() int64 { return t.unixSec()*1e3 + t.nsec/1e6 }

// UnixMicro is t in microseconds since January 1, 1970 UTC (meaningless when that overflows an int64).
func (t Time) UnixMicro() int64 { return t.unixSec()*1e6 + t.nsec/1e3 }

// UnixNano is t in nanoseconds since January 1, 1970 UTC (meaningless outside the years 1678 to 2262).
func (t Time) UnixNano() int64 { return t.unixSec()*1e9 + t.nsec }

// IsZero says whether t is the zero instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After says whether t is later than u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before says whether t is earlier than u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal says whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare is -1 when t is before u, +1 when it is after, 0 when they are the same instant.
func (t Time) Compare(u Time) int {
	if t.Before(u) {
		return -1
	}
	if t.After(u) {
		return +1
	}
	return 0
}

// Add is t moved by d. Seconds saturate at the ends of the range; the monotonic reading moves along unless it
// would overflow or leave the range where Go keeps one.
func (t Time) Add(d Duration) Time {
	secs := int64(d / Second)
	nsec := t.nsec + int64(d%Second)
	// int64(Second), not 1e9: a float constant makes the checker start Java's BigDecimal, which costs a cold
	// JVM a tenth of a second, and time's init calls Add (see init below)
	switch {
	case nsec >= int64(Second):
		secs++
		nsec -= int64(Second)
	case nsec < 0:
		secs--
		nsec += int64(Second)
	}
	t.nsec = nsec
	t.moveSeconds(secs)
	if t.mono != 0 {
		moved := t.mono + int64(d)
		wrapped := d > 0 && moved < t.mono || d < 0 && moved > t.mono
		if wrapped || moved <= 0 {
			t.mono = 0
		} else {
			t.mono = moved
		}
	}
	return t
}

// moveSeconds adds secs to t's seconds, saturating, and drops a monotonic reading outside Go's range for it.
func (t *Time) moveSeconds(secs int64) {
	if t.mono != 0 {
		if to := t.sec + secs; to >= monoWallFirst && to <= monoWallLast {
			t.sec = to
			return
		}
		t.mono = 0
	}
	to := t.sec + secs
	switch {
	case secs > 0 && to < t.sec:
		t.sec = largestSec
	case secs < 0 && to > t.sec:
		t.sec = -largestSec
	default:
		t.sec = to
	}
}

// Sub is the duration from u to t, held to the range of Duration.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		switch {
		case t.mono > u.mono && d < 0:
			return longest
		case t.mono < u.mono && d > 0:
			return shortest
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if back := u.Add(d); back.Equal(t) {
		return d // nothing overflowed on the way
	}
	if t.Before(u) {
		return shortest
	}
	return longest
}

// Since is the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration {
	return Now().Sub(t)
}

// Until is the time left until t: t.Sub(Now()).
func Until(t Time) Duration {
	return t.Sub(Now())
}

// AddDate adds years, months and days to t's date in its location, normalized as Date does: October 31 plus
// one month is December 1.
func (t Time) AddDate(years int, months int, days int) Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, mo+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
}

// UTC is t shown in UTC (without a monotonic reading).
func (t Time) UTC() Time {
	return t.withLocation(&utcLoc)
}

// Local is t shown in the local zone (without a monotonic reading).
func (t Time) Local() Time {
	return t.withLocation(Local)
}

// In is t shown in loc (without a monotonic reading). loc must not be nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic(missingLocation + "Time.In")
	}
	return t.withLocation(loc)
}

// missingLocation starts the panic message of In and Date when given a nil Location.
const missingLocation = "time: missing Location in call to "

// withLocation moves t to loc; like Go it drops the monotonic reading.
func (t Time) withLocation(loc *Location) Time {
	if loc == &utcLoc {
		loc = nil
	}
	t.loc = loc
	t.mono = 0
	return t
}

// Location is t's location.
func (t Time) Location() *Location {
	return t.loc.get()
}

// Zone is the abbreviation and the offset in seconds east of UTC of the zone in use at t.
func (t Time) Zone() (name string, offset int) {
	return t.loc.zoneAt(t.unixSec())
}

// wall reads t in its own zone: the day number (days since 1970-01-01), the second of that day, and the zone.
func (t Time) wall() (days int64, second int, zone string, offset int) {
	unix := t.unixSec()
	zone, offset = t.loc.zoneAt(unix)
	days = floorDiv(unix, secondsPerDay)
	s := unix - days*secondsPerDay + int64(offset)
	spill := floorDiv(s, secondsPerDay)
	return days + spill, int(s - spill*secondsPerDay), zone, offset
}

// Date is t's year, month and day in its location.
func (t Time) Date() (year int, month Month, day int) {
	days, _, _, _ := t.wall()
	return civil(days)
}

// Year is t's year.
func (t Time) Year() int {
	year, _, _ := t.Date()
	return year
}

// Month is t's month.
func (t Time) Month() Month {
	_, month, _ := t.Date()
	return month
}

// Day is t's day of the month.
func (t Time) Day() int {
	_, _, day := t.Date()
	return day
}

// Weekday is t's day of the week.
func (t Time) Weekday() Weekday {
	days, _, _, _ := t.wall()
	return weekdayOf(days)
}

// YearDay is t's day of the year, from 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	days, _, _, _ := t.wall()
	year, _, _ := civil(days)
	return int(days-dayNumber(int64(year), January)) + 1
}

// ISOWeek is the ISO 8601 year and week of t. Weeks run Monday to Sunday and belong to the year that has
// their Thursday, so early January may be in week 52 or 53 of the year before, late December in week 1.
func (t Time) ISOWeek() (year, week int) {
	days, _, _, _ := t.wall()
	sinceMonday := (int64(weekdayOf(days)) + 6) % 7
	thursday := days - sinceMonday + 3
	year, _, _ = civil(thursday)
	return year, int(thursday-dayNumber(int64(year), January))/7 + 1
}

// Clock is the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, s, _, _ := t.wall()
	return s / 3600, s / 60 % 60, s % 60
}

// Hour is t's hour, 0 to 23.
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute is t's minute, 0 to 59.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second is t's second, 0 to 59.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond is the nanosecond within t's second, 0 to 999999999.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Date is the instant with the given wall clock reading in loc. Fields out of their usual ranges carry into the
// next larger field (October 32 is November 1; a negative minute borrows from the hour). Where the zone's
// offset changes, a reading that happens twice or not at all gives one of the candidate instants. loc must not
// be nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic(missingLocation + "Date")
	}
	y, m := carry(int64(year), int64(month)-1, 12)
	s, ns := carry(int64(sec), int64(nsec), 1e9)
	mi, s := carry(int64(min), s, 60)
	h, mi := carry(int64(hour), mi, 60)
	d, h := carry(int64(day), h, 24)
	days := dayNumber(y, Month(m+1)) + d - 1
	wallSec := days*secondsPerDay + h*3600 + mi*60 + s
	// wallSec is the reading taken as UTC; the offset to undo is the one in use at the instant it stands for. If
	// that instant lies outside the span of the zone found first, the zone there decides (so a reading in a gap
	// moves by the gap, as in Go).
	_, offset, start, end := loc.lookup(wallSec)
	if offset != 0 {
		if utc := wallSec - int64(offset); utc < start || utc >= end {
			_, offset = loc.zoneAt(utc)
		}
	}
	t := Time{sec: wallSec - int64(offset) + epochSeconds, nsec: ns}
	return t.withLocation(loc)
}

// carry moves whole multiples of base from low into high, leaving low in [0, base).
func carry(high, low, base int64) (int64, int64) {
	q := floorDiv(low, base)
	return high + q, low - q*base
}

// Truncate rounds t down to a multiple of d counted from the zero time, and drops the monotonic reading;
// with d <= 0 it only drops the reading. It works on the instant, not the wall clock of t's zone.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.sinceMultiple(d))
}

// Round rounds t to the nearest multiple of d counted from the zero time, halves up, and drops the monotonic
// reading; with d <= 0 it only drops the reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	past := t.sinceMultiple(d)
	if uint64(past)*2 < uint64(d) {
		return t.Add(-past)
	}
	return t.Add(d - past)
}

// sinceMultiple is how far t is past the last multiple of d (d > 0) counted from the zero time, in [0, d).
// The instant in nanoseconds needs more than 64 bits, so it is reduced modulo d piecewise: (sec * 1e9 + nsec)
// mod d, with the product done by doubling, one bit of 1e9 at a time.
func (t Time) sinceMultiple(d Duration) Duration {
	m := int64(d)
	s := t.sec % m
	if s < 0 {
		s += m
	}
	r := int64(0)
	for bit := int64(1) << 29; bit > 0; bit >>= 1 {
		r = addMod(r, r, m)
		if 1e9&bit != 0 {
			r = addMod(r, s, m)
		}
	}
	return Duration(addMod(r, t.nsec%m, m))
}

// addMod is (a + b) mod m for a and b in [0, m), without overflow.
func addMod(a, b, m int64) int64 {
	if a >= m-b {
		return a - (m - b)
	}
	return a + b
}

// ===== Layouts =====
// A layout shows how the reference time, Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445, zone offset
// -0700), would look; Format and Parse recognize its parts (its elements, such as 2006, Jan, _2, .000 or Z07:00)
// in it, and everything else is literal text. Finding the elements, formatting and reading values by them are
// written in Java (gosub.language.stdlib.time): each layout is cut once, and a Format or Parse is one call.

// The reference time itself, its parts in numerical order.
const Layout = "01/02 03:04:05PM '06 -0700"

// Layouts of C's asctime, of the Unix date command, and of Ruby's Time#to_s.
const (
	ANSIC    = "Mon Jan _2 15:04:05 2006"
	UnixDate = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
)

// Layouts of the mail and news standards: RFC 822 and RFC 850 (two-digit years) and RFC 1123, the Z forms
// with a numeric zone.
const (
	RFC822   = "02 Jan 06 15:04 MST"
	RFC822Z  = "02 Jan 06 15:04 -0700"
	RFC850   = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123  = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
)

// Layouts of RFC 3339, the internet's profile of ISO 8601, without and with nanoseconds.
const (
	RFC3339     = DateOnly + "T" + TimeOnly + "Z07:00"
	RFC3339Nano = DateOnly + "T" + TimeOnly + ".999999999Z07:00"
)

// Short layouts: a clock, time stamps with growing precision, and plain dates and times.
const (
	Kitchen    = "3:04PM"
	Stamp      = "Jan _2 " + TimeOnly
	StampMilli = Stamp + ".000"
	StampMicro = Stamp + ".000000"
	StampNano  = Stamp + ".000000000"
	DateTime   = DateOnly + " " + TimeOnly
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// ===== Formatting =====

// Format shows t as layout shows the reference time.
func (t Time) Format(layout string) string {
	days, second, zone, offset := t.wall()
	return formatted(layout, days, second, int(t.nsec), zone, offset)
}

// AppendFormat appends t, formatted by layout, to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// formatted is the wall clock reading of day number days (days since 1970-01-01) at second of that day and
// nanosecond nsec, in the zone abbreviated zone at offset seconds east of UTC, shown by layout. It is written
// in Java: interpreted Go took tens of microseconds per Format, and the compiled Go took Graal seconds.
func formatted(layout string, days int64, second int, nsec int, zone string, offset int) string

// appendPadded appends x in decimal, its digits padded with zeros to width (a minus sign comes first).
func appendPadded(b []byte, x int, width int) []byte {
	mag := uint64(x)
	if x < 0 {
		b = append(b, '-')
		mag = -mag
	}
	digits := formatUint(mag)
	for n := len(digits); n < width; n++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// String shows t as "2006-01-02 15:04:05.999999999 -0700 MST", followed by its monotonic reading as
// " m=+seconds" when it has one. It is meant for debugging; Format gives stable forms.
func (t Time) String() string {
	text := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono == 0 {
		return text
	}
	m := uint64(t.mono)
	frac := appendPadded(nil, int(m%1e9), 9)
	return text + " m=+" + formatUint(m/1e9) + "." + string(frac)
}

// ===== Time as text and JSON (encoding.TextMarshaler and json.Marshaler) =====

// inRFC3339 is t in RFC 3339 with nanoseconds, or the error method gives when the year has no such form.
func (t Time) inRFC3339(method string) ([]byte, error) {
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, errors.New("Time." + method + ": year outside of range [0,9999]")
	}
	return t.AppendFormat(nil, RFC3339Nano), nil
}

// MarshalText writes t in RFC 3339, with as many fractional digits as it needs.
func (t Time) MarshalText() ([]byte, error) { return t.inRFC3339("MarshalText") }

// MarshalJSON writes t as MarshalText does, as a JSON string.
func (t Time) MarshalJSON() ([]byte, error) {
	text, err := t.inRFC3339("MarshalJSON")
	if err != nil {
		return nil, err
	}
	return append(append([]byte{'"'}, text...), '"'), nil
}

// UnmarshalText reads a time in RFC 3339; text that is not one leaves t zero, as in Go.
func (t *Time) UnmarshalText(data []byte) error {
	parsed, err := Parse(RFC3339, string(data))
	*t = parsed
	return err
}

// UnmarshalJSON reads a time in RFC 3339 as a JSON string; null leaves t as it is, anything else that is not
// such a time leaves it zero.
func (t *Time) UnmarshalJSON(data []byte) error {
	text := string(data)
	if text == "null" {
		return nil
	}
	parsed, err := Parse(`"`+RFC3339+`"`, text)
	*t = parsed
	return err
}

// GoString shows t as the Go expression time.Date(...) that makes it, for %#v.
func (t Time) GoString() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b := append([]byte(nil), "time.Date("...)
	b = appendPadded(b, y, 0)
	if mo >= January && mo <= December {
		b = append(b, ", time."+monthNames[mo-1]...)
	} else {
		b = appendPadded(append(b, ", "...), int(mo), 0)
	}
	for _, field := range [...]int{d, h, mi, s, t.Nanosecond()} {
		b = appendPadded(append(b, ", "...), field, 0)
	}
	b = append(b, ", "...)
	switch where := t.Location(); where {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("+quoteBytes(where.String())+")"...)
	}
	return string(append(b, ')'))
}

// ===== Parsing =====

// ParseError is a failure of Parse: the layout and value, and the element and part of the value that did not
// match (or a Message for a value out of range).
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error shows the failure as Go does.
func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quoteBytes(e.Value) + e.Message
	}
	return "parsing time " + quoteBytes(e.Value) + " as " + quoteBytes(e.Layout) + ": cannot parse " +
		quoteBytes(e.ValueElem) + " as " + quoteBytes(e.LayoutElem)
}

// Parse reads value as layout shows the reference time. Elements missing from the layout default to zero (one
// for month and day); two-digit years from 69 are 19xx, the others 20xx. A value without zone is UTC; an
// offset or abbreviation that Local uses at that time gives Local, any other a fixed zone of that name (an
// unknown abbreviation gets offset 0). A fractional second may follow the seconds even where the layout has
// none.
func Parse(layout, value string) (Time, error) {
	return parseIn(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of UTC for a value without zone, and in place of Local for
// recognizing zones.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseIn(layout, value, loc, loc)
}

// parsed collects the fields Parse has read.
type parsed struct {
	year, month, day, yearDay int
	hour, min, sec, nsec      int
	am, pm                    bool
	zone                      *Location // UTC, from "UTC" or "Z"
	offset                    int       // seconds east of UTC; noOffset when none was read
	zoneName                  string
}

// noOffset stands for "no numeric offset": as in Go, an offset of exactly -1 second reads as none.
const noOffset = -1

// What readValue found wrong (fault), and the bits of its flags.
const (
	valueFits       = iota
	valueMismatch   // the value does not match layoutElem, the layout's text there
	valueExtraText  // the value goes on after the layout
	valueOutOfRange // the element layoutElem read a value out of range for field
)

const (
	readAM = 1 << iota
	readPM
	readUTC
)

// readValue reads value as layout shows the reference time, as far as it fits: the fields (month, day, yearDay
// and offset are -1 when the layout has none), flags of readAM, readPM and readUTC, the zone name, what is left of
// the value (from where a mismatch is), and what went wrong. It is written in Java: interpreted Go spent tens of
// microseconds per Parse walking the value.
func readValue(layout, value string) (year, month, day, yearDay, hour, min, sec, nsec, offset, flags int,
	zoneName, rest string, fault int, layoutElem, field string)

// parseIn is Parse with defaultLoc for values without zone and local as the location whose zones are known.
func parseIn(layout, value string, defaultLoc, local *Location) (Time, error) {
	var f parsed
	var flags, fault int
	var rest, layoutElem, field string
	f.year, f.month, f.day, f.yearDay, f.hour, f.min, f.sec, f.nsec, f.offset, flags, f.zoneName, rest, fault,
		layoutElem, field = readValue(layout, value)
	switch fault {
	case valueMismatch:
		return Time{}, &ParseError{layout, value, layoutElem, rest, ""}
	case valueExtraText:
		return Time{}, &ParseError{layout, value, "", rest, ": extra text: " + quoteBytes(rest)}
	case valueOutOfRange:
		return Time{}, &ParseError{layout, value, layoutElem, rest, ": " + field + " out of range"}
	}
	f.am, f.pm = flags&readAM != 0, flags&readPM != 0
	if flags&readUTC != 0 {
		f.zone = UTC
	}
	return f.instant(layout, value, rest, defaultLoc, local)
}

// gmtHours is the offset in hours of a zone name GMT+h or GMT-h (the only longer GMT names readValue takes).
func gmtHours(name string) int {
	hours, _, _ := wholeNumber(name[4:])
	if name[3] == '-' {
		return -int(hours)
	}
	return int(hours)
}

// instant turns the fields into a Time, checking the date; rest is what is left of value, for messages.
func (f *parsed) instant(layout, value, rest string, defaultLoc, local *Location) (Time, error) {
	fail := func(msg string) (Time, error) { return Time{}, &ParseError{layout, value, "", rest, msg} }
	hour := f.hour
	if f.pm && hour < 12 {
		hour += 12
	} else if f.am && hour == 12 {
		hour = 0
	}
	month, day := f.month, f.day
	if f.yearDay >= 0 {
		fromYearDay, dayFromYearDay, ok := monthAndDay(f.year, f.yearDay)
		if !ok {
			return fail(": day-of-year out of range")
		}
		if month != -1 && month != fromYearDay {
			return fail(": day-of-year does not match month")
		}
		if day != -1 && day != dayFromYearDay {
			return fail(": day-of-year does not match day")
		}
		month, day = fromYearDay, dayFromYearDay
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), f.year) {
		return fail(": day out of range")
	}
	at := func(loc *Location) Time { return Date(f.year, Month(month), day, hour, f.min, f.sec, f.nsec, loc) }
	switch {
	case f.zone != nil:
		return at(f.zone), nil
	case f.offset != noOffset:
		t := at(UTC)
		t.moveSeconds(-int64(f.offset))
		// Local, if it uses this offset (and name, when one was read) at that instant; else a zone made up.
		if name, offset := local.zoneAt(t.unixSec()); offset == f.offset && (f.zoneName == "" || name == f.zoneName) {
			return t.withLocation(local), nil
		}
		return t.withLocation(FixedZone(f.zoneName, f.offset)), nil
	case f.zoneName != "":
		t := at(UTC)
		if offset, ok := local.offsetOfName(f.zoneName, t.unixSec()); ok {
			t.moveSeconds(-int64(offset))
			return t.withLocation(local), nil
		}
		// An unknown abbreviation: a made-up zone with offset 0, or GMT's hours. Go 1.19 keeps the wall clock
		// reading as UTC here, even for GMT+n.
		offset := 0
		if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
			offset = gmtHours(f.zoneName) * 3600
		}
		return t.withLocation(FixedZone(f.zoneName, offset)), nil
	}
	return at(defaultLoc), nil
}

// monthAndDay finds the month and day of the yday-th day (from 1) of year; ok is false outside the year.
func monthAndDay(year, yday int) (month, day int, ok bool) {
	length := 365
	if isLeap(year) {
		length = 366
	}
	if yday < 1 || yday > length {
		return 0, 0, false
	}
	for m := January; ; m++ {
		n := daysIn(m, year)
		if yday <= n {
			return int(m), yday, true
		}
		yday -= n
	}
}

// ===== Sleeping, timers and tickers =====

// Sleep blocks the calling goroutine for at least d; zero or negative d returns at once. The goroutine waits
// on the scheduler's timer queue, so its thread runs other goroutines meanwhile.
func Sleep(d Duration)

// rtimer holds a runtime timer (gosub.runtime.Timer, in h) that, when it fires, sends the time on c without
// blocking or starts f in a new goroutine.
type rtimer struct {
	h chan struct{}
}

// start makes and arms the timer; when and period are on the nanotime clock.
func (r *rtimer) start(when, period int64, c chan Time, f func(), loc *Location)

// stop disarms the timer and says whether that kept it from firing.
func (r *rtimer) stop() bool

// reset arms the timer again and says whether it was still pending.
func (r *rtimer) reset(when, period int64) bool

// inited says whether start has been called.
func (r *rtimer) inited() bool

// deadline is the nanotime reading d from now; a negative d counts as 0, and a sum past the clock's range is
// held at its end.
func deadline(d Duration) int64 {
	at := nanotime()
	if d <= 0 {
		return at
	}
	if at += int64(d); at < 0 {
		return 1<<63 - 1
	}
	return at
}

// Timer is one event in the future: when it expires, the time is sent on C, unless it was made by AfterFunc.
// Make timers with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r rtimer
}

// NewTimer makes a Timer that sends the time on its channel once d has passed.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.start(deadline(d), 0, c, nil, Local)
	return t
}

// AfterFunc calls f in a goroutine of its own once d has passed; Stop on the Timer it gives cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.start(deadline(d), 0, nil, f, nil)
	return t
}

// After gives the channel of NewTimer(d).
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// Stop keeps t from firing and says whether it did (false when t had fired or been stopped already). It does not
// close or drain C.
func (t *Timer) Stop() bool {
	if !t.r.inited() {
		panic(uninitialized("Stop", "Timer"))
	}
	return t.r.stop()
}

// Reset makes t fire d from now and says whether it was still pending.
func (t *Timer) Reset(d Duration) bool {
	if !t.r.inited() {
		panic(uninitialized("Reset", "Timer"))
	}
	return t.r.reset(deadline(d), 0)
}

// uninitialized is the panic message for a method called on a Timer or Ticker that was not made by this package.
func uninitialized(method, typ string) string {
	return "time: " + method + " called on uninitialized " + typ
}

// nonPositive starts the panic message for a ticker period that is not positive.
const nonPositive = "non-positive interval for "

// Ticker sends the time on C every period. A receiver that falls behind misses ticks rather than queueing them.
type Ticker struct {
	C <-chan Time
	r rtimer
}

// NewTicker makes a Ticker with period d, which must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New(nonPositive + "NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.start(deadline(d), int64(d), c, nil, Local)
	return t
}

// Stop ends the ticks; C is not closed.
func (t *Ticker) Stop() {
	if t.r.inited() {
		t.r.stop()
	}
}

// Reset gives t the period d (positive) and restarts it: the next tick comes d from now.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic(nonPositive + "Ticker.Reset")
	}
	if !t.r.inited() {
		panic(uninitialized("Reset", "Ticker"))
	}
	t.r.reset(deadline(d), int64(d))
}

// Tick gives the channel of NewTicker(d), or nil for d <= 0. The ticker cannot be stopped.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// init runs the clock and timer paths once, so that a program's first measurement of time does not include
// building them (gosub builds a function's nodes on its first call): deadlines in the first milliseconds of a
// program are as accurate as in Go.
func init() {
	t := Now()
	_ = Until(t.Add(Since(t)))
	warm := NewTimer(Hour)
	warm.Reset(Hour)
	warm.Stop()
}
