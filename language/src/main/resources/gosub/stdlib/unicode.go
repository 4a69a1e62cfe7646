package unicode

// Package unicode for gosub: classification and case mapping are natives (gosub.language.stdlib.unicode), with
// the tables of Unicode 13.0.0 as in Go 1.19.

const (
	MaxRune         = '\U0010FFFF' // the last code point
	ReplacementChar = '\uFFFD'     // what stands for an invalid code point
	MaxASCII        = '\u007F'     // the last ASCII code point
	MaxLatin1       = '\u00FF'     // the last Latin-1 code point
)

// The cases To maps to.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta marks a run that alternates upper case, lower case, upper case...
const UpperLower = MaxRune + 1

// RangeTable is a set of code points: sorted, non-overlapping ranges below 0x10000 in R16 and the rest in R32.
// LatinOffset counts the R16 ranges that end at or below MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 holds Lo, Lo+Stride, Lo+2*Stride, ... up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points Lo..Hi to upper, lower and title case by adding Delta[UpperCase], ... (or, for
// UpperLower, by alternating).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d is a CaseRange's deltas, by case.
type d [MaxCase]rune

// SpecialCase is a language's own case mappings, which take precedence over the general ones.
type SpecialCase []CaseRange

// The tables live in a data file of the natives; each is made (once) when a program first uses it, so that a
// program that imports unicode only for IsLetter or ToUpper never reads them.

// table is the table of the given id; the same id gives the same pointer, as several of Go's names (Letter and L)
// share one table.
func table(id string) *RangeTable

// tableMap is a new map of the named group of tables (Categories, Scripts, ...), over the tables table returns.
func tableMap(name string) map[string]*RangeTable

// caseTable is the named list of case ranges (CaseRanges or TurkishCase), the same slice on every call.
func caseTable(name string) []CaseRange

var (
	// Categories, Scripts and Properties are the tables by category, script and property name.
	Categories = tableMap("Categories")
	Scripts    = tableMap("Scripts")
	Properties = tableMap("Properties")
	// FoldCategory and FoldScript hold, by category or script name, the code points outside it whose simple case
	// folding reaches a code point inside it (only where there are any).
	FoldCategory = tableMap("FoldCategory")
	FoldScript   = tableMap("FoldScript")

	// CaseRanges are the case mappings of ToUpper, ToLower and ToTitle.
	CaseRanges = caseTable("CaseRanges")
	// TurkishCase and AzeriCase map the dotted and dotless i as Turkish and Azeri do (one table, as in Go).
	TurkishCase SpecialCase = caseTable("TurkishCase")
	AzeriCase   SpecialCase = caseTable("TurkishCase")

	// GraphicRanges are the categories of IsGraphic (with the Zs spaces); PrintRanges those of IsPrint.
	GraphicRanges = []*RangeTable{table("L"), table("M"), table("N"), table("P"), table("S"), table("Zs")}
	PrintRanges   = []*RangeTable{table("L"), table("M"), table("N"), table("P"), table("S")}
)

// Tables of at most this many ranges, and code points up to MaxLatin1, are searched from the start; the rest by
// halving (the choice matters only for a table that is not sorted, and it is Go's).
const scanLimit = 18

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if n := len(rangeTab.R16); n > 0 && uint32(r) <= uint32(rangeTab.R16[n-1].Hi) {
		return in16(rangeTab.R16, uint16(r))
	}
	if len(rangeTab.R32) > 0 && r >= rune(rangeTab.R32[0].Lo) {
		return in32(rangeTab.R32, uint32(r))
	}
	return false
}

func in16(rs []Range16, c uint16) bool {
	if len(rs) <= scanLimit || c <= MaxLatin1 {
		for i := 0; i < len(rs); i++ {
			if c < rs[i].Lo {
				break
			}
			if c <= rs[i].Hi {
				return rs[i].Stride == 1 || (c-rs[i].Lo)%rs[i].Stride == 0
			}
		}
		return false
	}
	for lo, hi := 0, len(rs); lo < hi; {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < rs[m].Lo:
			hi = m
		case c > rs[m].Hi:
			lo = m + 1
		default:
			return rs[m].Stride == 1 || (c-rs[m].Lo)%rs[m].Stride == 0
		}
	}
	return false
}

func in32(rs []Range32, c uint32) bool {
	if len(rs) <= scanLimit {
		for i := 0; i < len(rs); i++ {
			if c < rs[i].Lo {
				break
			}
			if c <= rs[i].Hi {
				return rs[i].Stride == 1 || (c-rs[i].Lo)%rs[i].Stride == 0
			}
		}
		return false
	}
	for lo, hi := 0, len(rs); lo < hi; {
		m := int(uint(lo+hi) >> 1)
		switch {
		case c < rs[m].Lo:
			hi = m
		case c > rs[m].Hi:
			lo = m + 1
		default:
			return rs[m].Stride == 1 || (c-rs[m].Lo)%rs[m].Stride == 0
		}
	}
	return false
}

// In reports whether r is in one of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	return IsOneOf(ranges, r)
}

// IsOneOf reports whether r is in one of the tables.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// mapCase looks r up in the case ranges crs: r in the case given (UpperCase, LowerCase or TitleCase), and whether
// a range held it.
func mapCase(_case int, r rune, crs []CaseRange) (rune, bool) {
	for lo, hi := 0, len(crs); lo < hi; {
		m := int(uint(lo+hi) >> 1)
		cr := crs[m]
		switch {
		case r < rune(cr.Lo):
			hi = m
		case r > rune(cr.Hi):
			lo = m + 1
		case cr.Delta[_case] > MaxRune:
			// an alternating run starts upper case: even offsets from Lo are upper (and title), odd ones lower
			even := rune(cr.Lo) + (r-rune(cr.Lo))&^1
			if _case == LowerCase {
				return even + 1, true
			}
			return even, true
		default:
			return r + cr.Delta[_case], true
		}
	}
	return r, false
}

// ToUpper maps r to upper case, the special mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	if m, ok := mapCase(UpperCase, r, special); ok || m != r {
		return m
	}
	return ToUpper(r)
}

// ToTitle maps r to title case, the special mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	if m, ok := mapCase(TitleCase, r, special); ok || m != r {
		return m
	}
	return ToTitle(r)
}

// ToLower maps r to lower case, the special mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	if m, ok := mapCase(LowerCase, r, special); ok || m != r {
		return m
	}
	return ToLower(r)
}

// ---- generated by language/stdlib-gen/unicode_range_tables.go: do not edit below

// The tables of Unicode 13.0.0 by category, script and property, made on first use.
var (
	Cc                                 = table("Cc")
	Cf                                 = table("Cf")
	Co                                 = table("Co")
	Cs                                 = table("Cs")
	Digit                              = table("Nd")
	Nd                                 = table("Nd")
	Letter                             = table("L")
	L                                  = table("L")
	Lm                                 = table("Lm")
	Lo                                 = table("Lo")
	Lower                              = table("Ll")
	Ll                                 = table("Ll")
	Mark                               = table("M")
	M                                  = table("M")
	Mc                                 = table("Mc")
	Me                                 = table("Me")
	Mn                                 = table("Mn")
	Nl                                 = table("Nl")
	No                                 = table("No")
	Number                             = table("N")
	N                                  = table("N")
	Other                              = table("C")
	C                                  = table("C")
	Pc                                 = table("Pc")
	Pd                                 = table("Pd")
	Pe                                 = table("Pe")
	Pf                                 = table("Pf")
	Pi                                 = table("Pi")
	Po                                 = table("Po")
	Ps                                 = table("Ps")
	Punct                              = table("P")
	P                                  = table("P")
	Sc                                 = table("Sc")
	Sk                                 = table("Sk")
	Sm                                 = table("Sm")
	So                                 = table("So")
	Space                              = table("Z")
	Z                                  = table("Z")
	Symbol                             = table("S")
	S                                  = table("S")
	Title                              = table("Lt")
	Lt                                 = table("Lt")
	Upper                              = table("Lu")
	Lu                                 = table("Lu")
	Zl                                 = table("Zl")
	Zp                                 = table("Zp")
	Zs                                 = table("Zs")
	Adlam                              = table("Adlam")
	Ahom                               = table("Ahom")
	Anatolian_Hieroglyphs              = table("Anatolian_Hieroglyphs")
	Arabic                             = table("Arabic")
	Armenian                           = table("Armenian")
	Avestan                            = table("Avestan")
	Balinese                           = table("Balinese")
	Bamum                              = table("Bamum")
	Bassa_Vah                          = table("Bassa_Vah")
	Batak                              = table("Batak")
	Bengali                            = table("Bengali")
	Bhaiksuki                          = table("Bhaiksuki")
	Bopomofo                           = table("Bopomofo")
	Brahmi                             = table("Brahmi")
	Braille                            = table("Braille")
	Buginese                           = table("Buginese")
	Buhid                              = table("Buhid")
	Canadian_Aboriginal                = table("Canadian_Aboriginal")
	Carian                             = table("Carian")
	Caucasian_Albanian                 = table("Caucasian_Albanian")
	Chakma                             = table("Chakma")
	Cham                               = table("Cham")
	Cherokee                           = table("Cherokee")
	Chorasmian                         = table("Chorasmian")
	Common                             = table("Common")
	Coptic                             = table("Coptic")
	Cuneiform                          = table("Cuneiform")
	Cypriot                            = table("Cypriot")
	Cyrillic                           = table("Cyrillic")
	Deseret                            = table("Deseret")
	Devanagari                         = table("Devanagari")
	Dives_Akuru                        = table("Dives_Akuru")
	Dogra                              = table("Dogra")
	Duployan                           = table("Duployan")
	Egyptian_Hieroglyphs               = table("Egyptian_Hieroglyphs")
	Elbasan                            = table("Elbasan")
	Elymaic                            = table("Elymaic")
	Ethiopic                           = table("Ethiopic")
	Georgian                           = table("Georgian")
	Glagolitic                         = table("Glagolitic")
	Gothic                             = table("Gothic")
	Grantha                            = table("Grantha")
	Greek                              = table("Greek")
	Gujarati                           = table("Gujarati")
	Gunjala_Gondi                      = table("Gunjala_Gondi")
	Gurmukhi                           = table("Gurmukhi")
	Han                                = table("Han")
	Hangul                             = table("Hangul")
	Hanifi_Rohingya                    = table("Hanifi_Rohingya")
	Hanunoo                            = table("Hanunoo")
	Hatran                             = table("Hatran")
	Hebrew                             = table("Hebrew")
	Hiragana                           = table("Hiragana")
	Imperial_Aramaic                   = table("Imperial_Aramaic")
	Inherited                          = table("Inherited")
	Inscriptional_Pahlavi              = table("Inscriptional_Pahlavi")
	Inscriptional_Parthian             = table("Inscriptional_Parthian")
	Javanese                           = table("Javanese")
	Kaithi                             = table("Kaithi")
	Kannada                            = table("Kannada")
	Katakana                           = table("Katakana")
	Kayah_Li                           = table("Kayah_Li")
	Kharoshthi                         = table("Kharoshthi")
	Khitan_Small_Script                = table("Khitan_Small_Script")
	Khmer                              = table("Khmer")
	Khojki                             = table("Khojki")
	Khudawadi                          = table("Khudawadi")
	Lao                                = table("Lao")
	Latin                              = table("Latin")
	Lepcha                             = table("Lepcha")
	Limbu                              = table("Limbu")
	Linear_A                           = table("Linear_A")
	Linear_B                           = table("Linear_B")
	Lisu                               = table("Lisu")
	Lycian                             = table("Lycian")
	Lydian                             = table("Lydian")
	Mahajani                           = table("Mahajani")
	Makasar                            = table("Makasar")
	Malayalam                          = table("Malayalam")
	Mandaic                            = table("Mandaic")
	Manichaean                         = table("Manichaean")
	Marchen                            = table("Marchen")
	Masaram_Gondi                      = table("Masaram_Gondi")
	Medefaidrin                        = table("Medefaidrin")
	Meetei_Mayek                       = table("Meetei_Mayek")
	Mende_Kikakui                      = table("Mende_Kikakui")
	Meroitic_Cursive                   = table("Meroitic_Cursive")
	Meroitic_Hieroglyphs               = table("Meroitic_Hieroglyphs")
	Miao                               = table("Miao")
	Modi                               = table("Modi")
	Mongolian                          = table("Mongolian")
	Mro                                = table("Mro")
	Multani                            = table("Multani")
	Myanmar                            = table("Myanmar")
	Nabataean                          = table("Nabataean")
	Nandinagari                        = table("Nandinagari")
	New_Tai_Lue                        = table("New_Tai_Lue")
	Newa                               = table("Newa")
	Nko                                = table("Nko")
	Nushu                              = table("Nushu")
	Nyiakeng_Puachue_Hmong             = table("Nyiakeng_Puachue_Hmong")
	Ogham                              = table("Ogham")
	Ol_Chiki                           = table("Ol_Chiki")
	Old_Hungarian                      = table("Old_Hungarian")
	Old_Italic                         = table("Old_Italic")
	Old_North_Arabian                  = table("Old_North_Arabian")
	Old_Permic                         = table("Old_Permic")
	Old_Persian                        = table("Old_Persian")
	Old_Sogdian                        = table("Old_Sogdian")
	Old_South_Arabian                  = table("Old_South_Arabian")
	Old_Turkic                         = table("Old_Turkic")
	Oriya                              = table("Oriya")
	Osage                              = table("Osage")
	Osmanya                            = table("Osmanya")
	Pahawh_Hmong                       = table("Pahawh_Hmong")
	Palmyrene                          = table("Palmyrene")
	Pau_Cin_Hau                        = table("Pau_Cin_Hau")
	Phags_Pa                           = table("Phags_Pa")
	Phoenician                         = table("Phoenician")
	Psalter_Pahlavi                    = table("Psalter_Pahlavi")
	Rejang                             = table("Rejang")
	Runic                              = table("Runic")
	Samaritan                          = table("Samaritan")
	Saurashtra                         = table("Saurashtra")
	Sharada                            = table("Sharada")
	Shavian                            = table("Shavian")
	Siddham                            = table("Siddham")
	SignWriting                        = table("SignWriting")
	Sinhala                            = table("Sinhala")
	Sogdian                            = table("Sogdian")
	Sora_Sompeng                       = table("Sora_Sompeng")
	Soyombo                            = table("Soyombo")
	Sundanese                          = table("Sundanese")
	Syloti_Nagri                       = table("Syloti_Nagri")
	Syriac                             = table("Syriac")
	Tagalog                            = table("Tagalog")
	Tagbanwa                           = table("Tagbanwa")
	Tai_Le                             = table("Tai_Le")
	Tai_Tham                           = table("Tai_Tham")
	Tai_Viet                           = table("Tai_Viet")
	Takri                              = table("Takri")
	Tamil                              = table("Tamil")
	Tangut                             = table("Tangut")
	Telugu                             = table("Telugu")
	Thaana                             = table("Thaana")
	Thai                               = table("Thai")
	Tibetan                            = table("Tibetan")
	Tifinagh                           = table("Tifinagh")
	Tirhuta                            = table("Tirhuta")
	Ugaritic                           = table("Ugaritic")
	Vai                                = table("Vai")
	Wancho                             = table("Wancho")
	Warang_Citi                        = table("Warang_Citi")
	Yezidi                             = table("Yezidi")
	Yi                                 = table("Yi")
	Zanabazar_Square                   = table("Zanabazar_Square")
	ASCII_Hex_Digit                    = table("ASCII_Hex_Digit")
	Bidi_Control                       = table("Bidi_Control")
	Dash                               = table("Dash")
	Deprecated                         = table("Deprecated")
	Diacritic                          = table("Diacritic")
	Extender                           = table("Extender")
	Hex_Digit                          = table("Hex_Digit")
	Hyphen                             = table("Hyphen")
	IDS_Binary_Operator                = table("IDS_Binary_Operator")
	IDS_Trinary_Operator               = table("IDS_Trinary_Operator")
	Ideographic                        = table("Ideographic")
	Join_Control                       = table("Join_Control")
	Logical_Order_Exception            = table("Logical_Order_Exception")
	Noncharacter_Code_Point            = table("Noncharacter_Code_Point")
	Other_Alphabetic                   = table("Other_Alphabetic")
	Other_Default_Ignorable_Code_Point = table("Other_Default_Ignorable_Code_Point")
	Other_Grapheme_Extend              = table("Other_Grapheme_Extend")
	Other_ID_Continue                  = table("Other_ID_Continue")
	Other_ID_Start                     = table("Other_ID_Start")
	Other_Lowercase                    = table("Other_Lowercase")
	Other_Math                         = table("Other_Math")
	Other_Uppercase                    = table("Other_Uppercase")
	Pattern_Syntax                     = table("Pattern_Syntax")
	Pattern_White_Space                = table("Pattern_White_Space")
	Prepended_Concatenation_Mark       = table("Prepended_Concatenation_Mark")
	Quotation_Mark                     = table("Quotation_Mark")
	Radical                            = table("Radical")
	Regional_Indicator                 = table("Regional_Indicator")
	STerm                              = table("Sentence_Terminal")
	Sentence_Terminal                  = table("Sentence_Terminal")
	Soft_Dotted                        = table("Soft_Dotted")
	Terminal_Punctuation               = table("Terminal_Punctuation")
	Unified_Ideograph                  = table("Unified_Ideograph")
	Variation_Selector                 = table("Variation_Selector")
	White_Space                        = table("White_Space")
)

// ---- end of generated block

// Version is the version of Unicode the tables come from.
const Version = "13.0.0"

// IsUpper reports whether r is an upper-case letter.
func IsUpper(r rune) bool

// IsLower reports whether r is a lower-case letter.
func IsLower(r rune) bool

// IsTitle reports whether r is a title-case letter.
func IsTitle(r rune) bool

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool

// IsSpace reports whether r is white space: the ASCII spaces, U+0085, U+00A0, or category Z.
func IsSpace(r rune) bool

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool

// IsControl reports whether r is a C0 or C1 control character.
func IsControl(r rune) bool

// IsPrint reports whether r is a letter, mark, number, punctuation, symbol or the ASCII space.
func IsPrint(r rune) bool

// IsGraphic reports whether r is a letter, mark, number, punctuation, symbol or space (category Zs).
func IsGraphic(r rune) bool

// ToUpper maps r to upper case.
func ToUpper(r rune) rune

// ToLower maps r to lower case.
func ToLower(r rune) rune

// ToTitle maps r to title case.
func ToTitle(r rune) rune

// SimpleFold returns the next rune after r in r's orbit of simple case folding, wrapping around to the smallest.
func SimpleFold(r rune) rune

// To returns r in the case given (UpperCase, LowerCase or TitleCase), or ReplacementChar for another case.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
