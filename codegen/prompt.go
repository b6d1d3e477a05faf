package codegen

import (
	"strconv"
	"strings"
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
}

// EstimateTokens approximates a tokenizer: code tokens average about three characters.
// It errs high so a prompt never overflows the model's context.
func EstimateTokens(s string) int { return (utf8.RuneCountInString(s) + 2) / 3 }

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
		if used+t > headerBudget {
			continue // a block that does not fit is left out whole: half a declaration misleads
		}
		used += t
		header.WriteString(block)
		kept = append(kept, b)
	}
	prefixBudget := budget - suffixBudget - used
	return Prompt{
		Header: header.String(),
		Prefix: tailLines(string(text[:offset]), prefixBudget),
		Suffix: headLines(string(text[offset:]), suffixBudget),
		Stop:   c.Stop,
		Blocks: kept,
	}
}

func commentBlock(lc string, b Block) string {
	var sb strings.Builder
	sb.WriteString(lc + " Context: " + b.Source + "\n")
	for _, line := range strings.Split(strings.TrimRight(b.Text, "\n"), "\n") {
		sb.WriteString(lc + " " + line + "\n")
	}
	return sb.String()
}

// tailLines keeps the last lines of s within budget tokens; the line holding the cursor is
// always kept whole.
func tailLines(s string, budget int) string {
	if EstimateTokens(s) <= budget {
		return s
	}
	cut := strings.LastIndexByte(s, '\n')
	if cut < 0 {
		return s
	}
	start := cut + 1
	for start > 0 {
		prev := strings.LastIndexByte(s[:start-1], '\n') + 1
		if EstimateTokens(s[prev:]) > budget {
			break
		}
		start = prev
	}
	return s[start:]
}

// headLines keeps the first lines of s within budget tokens; the rest of the cursor's line
// is always kept.
func headLines(s string, budget int) string {
	if EstimateTokens(s) <= budget {
		return s
	}
	end := strings.IndexByte(s, '\n')
	if end < 0 {
		return s
	}
	end++
	for end < len(s) {
		next := strings.IndexByte(s[end:], '\n')
		if next < 0 {
			next = len(s) - end - 1
		}
		if EstimateTokens(s[:end+next+1]) > budget {
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
