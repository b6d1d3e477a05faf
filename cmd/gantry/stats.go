package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"github.com/gantry-dev/gantry/codegen/provenance"
)

func runStats(args []string, stdout, stderr io.Writer) int {
	fl := newFlags("stats", "[--json] [--reset]", stderr)
	asJSON := fl.Bool("json", false, "print JSON")
	reset := fl.Bool("reset", false, "clear the statistics")
	if code, ok := parse(fl, args, stdout); !ok {
		return code
	}
	path := provenance.StatsPath()
	if *reset {
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			fmt.Fprintf(stderr, "gantry stats: %v\n", err)
			return 2
		}
		return 0
	}
	s, err := provenance.LoadStats(path)
	if err != nil {
		fmt.Fprintf(stderr, "gantry stats: %s: %v\n", path, err)
		return 2
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(s)
		return 0
	}
	if len(s.Languages) == 0 {
		fmt.Fprintf(stdout, "no suggestions recorded yet (%s)\n", path)
		return 0
	}
	fmt.Fprintf(stdout, "%-6s %8s %9s %8s  %s\n", "lang", "shown", "accepted", "dropped", "dropped by reason")
	for _, id := range s.SortedLanguages() {
		c := s.Lang(id)
		total := 0
		var reasons []string
		for r, n := range c.Dropped {
			total += n
			reasons = append(reasons, fmt.Sprintf("%s=%d", r, n))
		}
		sort.Strings(reasons)
		fmt.Fprintf(stdout, "%-6s %8d %9d %8d  %v\n", id, c.Shown, c.Accepted, total, reasons)
	}
	return 0
}
