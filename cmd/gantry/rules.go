package main

import (
	"fmt"
	"io"
	"strings"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("rules", "[--doc] [LANG]", stderr)
	doc := fl.Bool("doc", false, "print each rule's documentation")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	reg := registry()
	for _, p := range reg.Packs() {
		if fl.NArg() > 0 && fl.Arg(0) != p.ID() {
			continue
		}
		fmt.Fprintf(stdout, "%s (%s)\n", p.Name(), p.ID())
		for _, r := range p.Rules() {
			sev := r.Severity.String()
			if r.OffByDefault {
				sev += ", off by default"
			}
			if r.NeedsProfile {
				sev += ", needs machine profile"
			}
			fmt.Fprintf(stdout, "  %-34s %-9s %-12s %s [%s]\n", r.ID, sev, r.Category, r.Title, strings.Join(r.Anchors, "; "))
			if text := r.Doc.String(); *doc && text != "" {
				for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
					fmt.Fprintf(stdout, "      %s\n", line)
				}
				fmt.Fprintln(stdout)
			}
		}
	}
	return 0
}
