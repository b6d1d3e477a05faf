package source

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Source files from older Windows tools are not always UTF-8: classic STEP 7 saves SCL
// sources in the Windows code page of the engineer's system (1252 in Western Europe, 1251
// in Russia and Ukraine, 1250 in Central Europe), TwinCAT 2 and CODESYS V2 exports and
// many CNC programs too, and Chinese or Japanese tools write GBK or Shift_JIS. Keywords,
// names and numbers are ASCII in all of them; comments and strings are not. Such a file is
// decoded into UTF-8 when it is read, so it is checked like any other.

// DefaultLegacyEncoding decodes a file that is not valid UTF-8 when the configuration
// names no encoding: every byte is one character in it, so lines and columns stay those of
// the file, and a file in another single-byte code page still reads right outside its
// comments and strings.
const DefaultLegacyEncoding = "windows-1252"

// LookupEncoding returns the canonical name of an encoding label as the WHATWG Encoding
// standard knows it ("cp1251", "windows-1251", "latin2", "gbk", "shift_jis"…), or an error
// naming what is accepted. "utf-8" means no other encoding: a file that is not valid
// UTF-8 is refused.
func LookupEncoding(label string) (string, error) {
	e, err := htmlindex.Get(strings.TrimSpace(label))
	if err != nil {
		return "", fmt.Errorf("unknown encoding %q (a WHATWG label: utf-8, windows-1252, windows-1251, windows-1250, iso-8859-2, koi8-r, gbk, gb18030, big5, shift_jis, euc-kr…)", label)
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return "", err
	}
	return name, nil
}

// Decode returns text as UTF-8, with the name of the encoding it was in ("" for UTF-8):
// UTF-16 with its byte order mark decoded (the mark says what it is, whatever legacy
// says), text itself when it is valid UTF-8 (a UTF-8 byte order mark kept), else text
// decoded from legacy ("" for DefaultLegacyEncoding; "utf-8" decodes nothing). Other text
// with NUL bytes is returned as it is: it is binary, and CheckText says so.
func Decode(text []byte, legacy string) ([]byte, string, error) {
	// UTF-16 with its byte order mark, as Windows PowerShell's redirections and Notepad's
	// "Unicode" write text: its NUL bytes do not make it binary.
	if bom := utf16BOM(text); bom != nil {
		out, err := bom.NewDecoder().Bytes(text)
		if err != nil {
			return nil, "", fmt.Errorf("not valid UTF-16: %w", err)
		}
		name := "utf-16le"
		if text[0] == 0xFE {
			name = "utf-16be"
		}
		return out, name, nil
	}
	if utf8.Valid(text) || bytes.IndexByte(text, 0) >= 0 {
		return text, "", nil
	}
	if legacy == "" {
		legacy = DefaultLegacyEncoding
	}
	name, err := LookupEncoding(legacy)
	if err != nil {
		return nil, "", err
	}
	if name == "utf-8" {
		return text, "", nil
	}
	enc, _ := htmlindex.Get(name)
	out, err := enc.NewDecoder().Bytes(text)
	if err != nil {
		return nil, "", fmt.Errorf("not valid UTF-8 nor %s: %w", name, err)
	}
	return out, name, nil
}

// utf16BOM returns the decoder of a text that opens with a UTF-16 byte order mark (which it
// drops), nil for any other text.
func utf16BOM(text []byte) encoding.Encoding {
	switch {
	case len(text) >= 2 && text[0] == 0xFF && text[1] == 0xFE:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case len(text) >= 2 && text[0] == 0xFE && text[1] == 0xFF:
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	return nil
}
