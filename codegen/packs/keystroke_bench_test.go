package packs_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
)

// BenchmarkLargeDocumentKeystroke types into an ST or Verilog document as an editor does:
// each op inserts a blank at the start of a line spread over the file, or deletes the one
// typed before, and checks the new snapshot with every rule on, as the server does after
// a didChange. At 256 KB the document is kept whole with its tree; at 4 MB as text, checked
// unit by unit, the results of the units the keystroke left alone kept (units-checked/op
// counts the others):
//
//	go test -run '^$' -bench LargeDocumentKeystroke -benchtime 20x ./codegen/packs
func BenchmarkLargeDocumentKeystroke(b *testing.B) {
	for _, id := range []string{"st", "rtl"} {
		for _, kb := range []int{256, 4 << 10} {
			b.Run(fmt.Sprintf("%s/%dKB", id, kb), func(b *testing.B) {
				benchmarkKeystrokes(b, packs.Registry().ByID(id), kb<<10)
			})
		}
	}
}

func benchmarkKeystrokes(b *testing.B, p codegen.Pack, size int) {
	path, text := bigFile(b, p, size)
	cfg := allRulesOn(p)
	ctx := context.Background()
	f, err := codegen.Parse(ctx, p, path, text)
	if err != nil {
		b.Fatal(err)
	}
	codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: f, Config: cfg})
	var lineStarts []int
	for i := 1; i < len(text); i++ {
		if text[i-1] == '\n' && text[i] == ' ' {
			lineStarts = append(lineStarts, i)
		}
	}
	reused := codegen.ReusedUnits()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		at := lineStarts[(i/2*7919)%len(lineStarts)]
		next := f
		if i%2 == 0 {
			next, err = f.Splice(ctx, at, at, " ")
		} else {
			next, err = f.Splice(ctx, at, at+1, "")
		}
		if err != nil {
			b.Fatal(err)
		}
		codegen.Diagnose(ctx, p, codegen.CheckRequest{Path: path, File: next, Config: cfg})
		f = next
	}
	b.StopTimer()
	if !f.HasTree() {
		units := len(codegen.UnitsOf(p.(codegen.UnitScanner), f).Ranges)
		b.ReportMetric(float64(units)-float64(codegen.ReusedUnits()-reused)/float64(b.N), "units-checked/op")
		b.ReportMetric(float64(units), "units")
	}
}
