package gcode

import (
	"strconv"
	"strings"
)

// jogWord is one word of a Grbl jog command (`$J=G91 X10 F500`).
type jogWord struct {
	Letter byte
	Value  float64
	Text   string
}

// jogWords reads the words of a Grbl jog command from a block's command text: nil, false
// for any other `$` command. Grbl drops blanks before parsing (`$J = G91G21Z-1F200`
// reads as `$J=G91 G21 Z-1 F200`) and upper-cases the line.
func jogWords(text string) ([]jogWord, bool) {
	t := strings.ToUpper(strings.Join(strings.Fields(text), ""))
	if !strings.HasPrefix(t, "$J=") {
		return nil, false
	}
	t = t[3:]
	var out []jogWord
	for i := 0; i < len(t); {
		c := t[i]
		j := i + 1
		for j < len(t) && (isDigit(t[j]) || t[j] == '.' || t[j] == '-' || t[j] == '+') {
			j++
		}
		v, err := strconv.ParseFloat(t[i+1:j], 64)
		if err != nil {
			v = unknown
		}
		out = append(out, jogWord{Letter: c, Value: v, Text: t[i:j]})
		i = j
	}
	return out, true
}

// jogRefused returns the first word of a jog that Grbl refuses (error 16): a jog takes
// only G20/G21, G90/G91, G53, axis words and F.
func jogRefused(ws []jogWord) (jogWord, bool) {
	for _, w := range ws {
		switch w.Letter {
		case 'X', 'Y', 'Z', 'A', 'B', 'C', 'F':
			continue
		case 'G':
			switch w.Value {
			case 20, 21, 53, 90, 91:
				continue
			}
		}
		return w, true
	}
	return jogWord{}, false
}
