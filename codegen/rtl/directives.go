package rtl

import (
	"iter"
	"strings"
)

// directives yields each compiler directive of text that stands outside comments and
// string literals: the offset of its backtick and the end of its lower-case word
// (text[at+1:end] is "ifdef", "define", a macro's name…).
func directives(text string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case '/':
				if i+1 < len(text) && text[i+1] == '/' {
					j := strings.IndexByte(text[i:], '\n')
					if j < 0 {
						return
					}
					i += j
				} else if i+1 < len(text) && text[i+1] == '*' {
					j := strings.Index(text[i+2:], "*/")
					if j < 0 {
						return
					}
					i += j + 3
				}
			case '"':
				for i++; i < len(text) && text[i] != '"' && text[i] != '\n'; i++ {
					if text[i] == '\\' {
						i++
					}
				}
			case '`':
				j := i + 1
				for j < len(text) && (text[j] == '_' || text[j] >= 'a' && text[j] <= 'z') {
					j++
				}
				if !yield(i, j) {
					return
				}
				i = j - 1
			}
		}
	}
}
