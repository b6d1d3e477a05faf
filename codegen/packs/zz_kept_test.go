package packs_test

import (
	"context"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/packs"
	"github.com/gantry-dev/gantry/codegen/syntax"
)

func TestZZKeptEdit(t *testing.T) {
	lang := os.Getenv("ZZLANG")
	p := packs.Registry().ByID(lang)
	runtime.MemProfileRate = 256
	path, text := bigFile(t, p, 256<<10)
	cfg := allRulesOn(p)
	runtime.GC()
	var before, m runtime.MemStats
	runtime.ReadMemStats(&before)
	f, _ := codegen.Parse(context.Background(), p, path, text)
	codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: f, Config: cfg})
	var edited *syntax.File
	edited, _ = f.Splice(context.Background(), 0, 0, " ")
	f = nil
	res := codegen.Diagnose(context.Background(), p, codegen.CheckRequest{Path: path, File: edited, Config: cfg})
	runtime.GC()
	runtime.ReadMemStats(&m)
	t.Logf("kept %.1f bytes/byte", float64(int(m.HeapAlloc-before.HeapAlloc))/float64(len(text)))
	pf, _ := os.Create("/tmp/rss/kepted-" + lang + ".prof")
	pprof.Lookup("heap").WriteTo(pf, 0)
	pf.Close()
	runtime.KeepAlive(edited)
	runtime.KeepAlive(res)
}
