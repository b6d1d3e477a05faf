package rules

import (
	"fmt"
	"strings"
)

// Doc assembles a rule's documentation in the catalog's shape (ruff's rule pages): what it
// does, why it is bad, an example and what to write instead, the code indented by four
// spaces so editors show it as a block. Notes (dialects, settings, sources) follow.
// The text is put together when it is read: every rule is declared at start-up, and
// formatting all of them there cost each process about a millisecond of fresh heap.
func Doc(what, why, example, useInstead string, notes ...string) Documentation {
	return Documentation{parts: &docSource{what, why, example, useInstead, notes}}
}

// DocText is documentation written by hand in Doc's shape.
func DocText(text string) Documentation { return Documentation{text: text} }

// Documentation is a rule's documentation; String returns its text.
type Documentation struct {
	parts *docSource
	text  string
}

type docSource struct {
	what, why, example, useInstead string
	notes                          []string
}

// String returns the documentation's text ("" when the rule has none).
func (d Documentation) String() string {
	if d.parts == nil {
		return d.text
	}
	p := d.parts
	parts := []string{
		"What it does: " + strings.TrimSpace(p.what),
		"Why is this bad? " + strings.TrimSpace(p.why),
		"Example:\n\n" + indentCode(p.example),
		"Use instead:\n\n" + indentCode(p.useInstead),
	}
	for _, n := range p.notes {
		parts = append(parts, strings.TrimSpace(n))
	}
	return strings.Join(parts, "\n\n")
}

func indentCode(s string) string {
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = "    " + l
		} else {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// DocParts are the sections of a rule's documentation.
type DocParts struct {
	What, Why string
	// Example and UseInstead are the code blocks, unindented, each ending in a newline.
	Example, UseInstead string
	// Notes is whatever follows the code (dialects, settings), "" when nothing does.
	Notes string
}

// ParseDoc splits documentation written by Doc (or by hand in the same shape) into its
// sections; an error names the first section that is missing or empty.
func ParseDoc(doc string) (DocParts, error) {
	var d DocParts
	rest, ok := strings.CutPrefix(doc, "What it does: ")
	if !ok {
		return d, fmt.Errorf(`the doc does not open with "What it does: "`)
	}
	var found bool
	if d.What, rest, found = strings.Cut(rest, "\n\nWhy is this bad? "); !found {
		return d, fmt.Errorf(`no "Why is this bad?" section`)
	}
	if d.Why, rest, found = strings.Cut(rest, "\n\nExample:\n"); !found {
		return d, fmt.Errorf(`no "Example:" section`)
	}
	var example string
	if example, rest, found = strings.Cut(rest, "\n\nUse instead:\n"); !found {
		return d, fmt.Errorf(`no "Use instead:" section`)
	}
	d.Example = codeBlock(example)
	// The code under "Use instead" ends at the first paragraph that is not indented.
	lines := strings.Split(rest, "\n")
	end := len(lines)
	for i, l := range lines {
		if l != "" && !strings.HasPrefix(l, "    ") && !strings.HasPrefix(l, "\t") {
			end = i
			break
		}
	}
	d.UseInstead = codeBlock(strings.Join(lines[:end], "\n"))
	d.Notes = strings.TrimSpace(strings.Join(lines[end:], "\n"))
	d.What, d.Why = strings.TrimSpace(d.What), strings.TrimSpace(d.Why)
	switch {
	case d.What == "":
		return d, fmt.Errorf(`"What it does" is empty`)
	case d.Why == "":
		return d, fmt.Errorf(`"Why is this bad?" is empty`)
	case strings.TrimSpace(d.Example) == "":
		return d, fmt.Errorf(`"Example" has no code`)
	case strings.TrimSpace(d.UseInstead) == "":
		return d, fmt.Errorf(`"Use instead" has no code`)
	}
	return d, nil
}

// codeBlock removes the four-space indent of a code block and its surrounding blank lines.
func codeBlock(s string) string {
	lines := strings.Split(strings.Trim(s, "\n"), "\n")
	for i, l := range lines {
		l = strings.TrimPrefix(l, "    ")
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	return strings.Join(lines, "\n") + "\n"
}
