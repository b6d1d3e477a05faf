package codegen

import (
	"github.com/gantry-dev/gantry/codegen/source"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Prompt is exactly what a backend is sent for a fill-in-the-middle request.
type Prompt struct {
	Header string
	Prefix string
	Suffix string
	Stop   []string
	Blocks []Block
	// Masked counts the secrets replaced before sending.
	Masked int
	// EscapedText says the cursor is in XML-escaped code (a PLCopen body): the prompt shows
	// it unescaped, so what the model writes must be escaped back before it goes in.
	EscapedText bool
}

// EstimateTokens approximates the prompt tokens of s for the code models Gantry uses,
// erring high so a prompt never overflows num_ctx. BPE vocabularies of code models merge
// letters into pieces of three to four characters and a single space into the word
// after it, but Qwen2, Llama, DeepSeek and StarCoder split numbers into single digits:
// "G01 X123.456 Y78.9" costs about one token per character, three times a
// characters/3 estimate. Non-ASCII runes may fall back to bytes.
func EstimateTokens(s string) int {
	n, word, punct, spaces := 0, 0, 0, 0
	// flush ends the current run: words, punctuation and spaces cost by their length.
	flush := func() {
		n += (word+2)/3 + (punct+1)/2
		if spaces > 1 { // one space joins the next word
			n += (spaces + 2) / 4
		}
		word, punct, spaces = 0, 0, 0
	}
	// Bytes, not runes: the prompt is costed on every request, and code is almost all
	// ASCII (a multi-byte rune costs the same whichever of its bytes is looked at).
	for i := 0; i < len(s); i++ {
		switch tokenClasses[s[i]] {
		case classSpace:
			if word > 0 || punct > 0 {
				flush()
			}
			spaces++
		case classLetter:
			if punct > 0 || spaces > 0 {
				flush()
			}
			word++
		case classDigit, classNewline:
			flush()
			n++
		case classPunct:
			if word > 0 || spaces > 0 {
				flush()
			}
			punct++
		default: // DEL, or a non-ASCII rune: skip its continuation bytes
			flush()
			n += 3
			if s[i] >= utf8.RuneSelf {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size - 1
			}
		}
	}
	flush()
	return n
}

// Byte classes of EstimateTokens.
const (
	classOther byte = iota // DEL and every byte of a non-ASCII rune
	classSpace
	classLetter
	classDigit
	classNewline
	classPunct
)

var tokenClasses = func() (t [256]byte) {
	for b := 0; b < unicode.MaxASCII; b++ {
		switch r := rune(b); {
		case r == ' ' || r == '\t':
			t[b] = classSpace
		case unicode.IsLetter(r) || r == '_':
			t[b] = classLetter
		case r >= '0' && r <= '9':
			t[b] = classDigit
		case r == '\n' || r == '\r':
			t[b] = classNewline
		default:
			t[b] = classPunct
		}
	}
	return t
}()

// BuildPrompt trims the text around offset to the token budget, by whole lines, and writes
// the context blocks as comments of the language. The budget gives the suffix about a fifth,
// the context header at most half, and the prefix the rest.
func BuildPrompt(text []byte, offset int, lineComment string, c Context, budget int) Prompt {
	if budget <= 0 {
		budget = 2048
	}
	suffixBudget := budget / 5
	headerBudget := budget / 2

	var header strings.Builder
	var kept []Block
	used := 0
	for _, b := range c.Blocks {
		block := commentBlock(lineComment, b)
		t := EstimateTokens(block)
		if used+t > headerBudget && b.List {
			// Two thirds of the room left: the blocks after it (related code) get some.
			b = firstLines(lineComment, b, (headerBudget-used)*2/3)
			block = commentBlock(lineComment, b)
			t = EstimateTokens(block)
		}
		if b.Text == "" || used+t > headerBudget {
			continue // a block that does not fit is left out whole: half a declaration misleads
		}
		used += t
		header.WriteString(block)
		kept = append(kept, b)
	}
	prefixBudget := budget - suffixBudget - used
	return Prompt{
		Header: header.String(),
		Prefix: strings.Clone(TailLines(source.View(text[:offset]), prefixBudget)),
		Suffix: strings.Clone(HeadLines(source.View(text[offset:]), suffixBudget)),
		Stop:   c.Stop,
		Blocks: kept,
	}
}

// firstLines shortens a list block to the lines that fit budget tokens as a comment
// block, and a last line "…" saying the list goes on; Text is "" when not one line fits.
func firstLines(lc string, b Block, budget int) Block {
	more := EstimateTokens(lc + " …\n")
	used := EstimateTokens(lc+" Context: "+b.Source+"\n") + more
	text, end := b.Text, 0
	for end < len(text) {
		next := strings.IndexByte(text[end:], '\n')
		if next < 0 {
			next = len(text) - end
		}
		t := EstimateTokens(lc + " " + text[end:end+next] + "\n")
		if used+t > budget {
			break
		}
		used += t
		end += next + 1
	}
	if end == 0 {
		return Block{Source: b.Source}
	}
	return Block{Source: b.Source, Text: strings.TrimRight(text[:min(end, len(text))], "\n") + "\n…"}
}

func commentBlock(lc string, b Block) string {
	var sb strings.Builder
	text := strings.TrimRight(b.Text, "\n")
	sb.WriteString(lc)
	sb.WriteString(" Context: ")
	sb.WriteString(b.Source)
	sb.WriteByte('\n')
	for more := true; more; {
		var line string
		line, text, more = strings.Cut(text, "\n")
		sb.WriteString(lc)
		sb.WriteByte(' ')
		sb.WriteString(line)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TailLines keeps the last lines of s within budget tokens; the line holding the cursor is
// always kept whole. Lines are costed once each, from the cursor outwards.
func TailLines(s string, budget int) string {
	cut := strings.LastIndexByte(s, '\n')
	if cut < 0 {
		return s
	}
	start := cut + 1
	used := EstimateTokens(s[start:])
	for start > 0 {
		prev := strings.LastIndexByte(s[:start-1], '\n') + 1
		used += EstimateTokens(s[prev:start])
		if used > budget {
			break
		}
		start = prev
	}
	return s[start:]
}

// HeadLines keeps the first lines of s within budget tokens; the rest of the cursor's line
// is always kept.
func HeadLines(s string, budget int) string {
	end := strings.IndexByte(s, '\n')
	if end < 0 {
		return s
	}
	end++
	used := EstimateTokens(s[:end])
	for end < len(s) {
		next := strings.IndexByte(s[end:], '\n')
		if next < 0 {
			next = len(s) - end - 1
		}
		used += EstimateTokens(s[end : end+next+1])
		if used > budget {
			break
		}
		end += next + 1
	}
	return s[:end]
}

// FormatPrompt renders a prompt for people: the header, then the prefix, a cursor marker and
// the suffix, each section labelled, then the stop sequences.
func FormatPrompt(p Prompt) string {
	var sb strings.Builder
	sb.WriteString("=== context header ===\n")
	sb.WriteString(p.Header)
	sb.WriteString("=== prefix ===\n")
	sb.WriteString(p.Prefix)
	sb.WriteString("<CURSOR>\n=== suffix ===\n")
	sb.WriteString(p.Suffix)
	if len(p.Stop) > 0 {
		sb.WriteString("\n=== stop ===\n")
		for _, s := range p.Stop {
			sb.WriteString(strconv.Quote(s) + "\n")
		}
	}
	return sb.String()
}
