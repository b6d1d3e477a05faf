package st

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The source-wide markers of classic SCL and optimized access are hand-written scans
// (they run over the whole text on every edit); they must answer as the patterns that
// state them do, line by line over every ST test file and over edge cases written here.
func TestSourceMarkersMatchTheirPatterns(t *testing.T) {
	classic := regexp.MustCompile(`(?im)^[ \t]*(?:FUNCTION_BLOCK|FUNCTION|ORGANIZATION_BLOCK|DATA_BLOCK)[ \t]+(?:FB|FC|OB|DB)[0-9]+\b|^[ \t]*VERSION[ \t]*:[ \t]*'|^[ \t]*END_(?:CONST|LABEL)\b`)
	optimized := regexp.MustCompile(`(?i)\bS7_Optimized_Access\b`)
	texts := []string{
		"FUNCTION_BLOCK FB10\n", "function fc7 : VOID\n", "FUNCTION_BLOCK FB10x\n", "FUNCTION_BLOCK FB\n",
		"FUNCTION_BLOCK\tDB3\r\n", "FUNCTIONFB1\n", "FUNCTION_BLOCK \"FB10\"\n", "  DATA_BLOCK DB1_\n",
		"ORGANIZATION_BLOCK OB1 // main\n", "ORGANIZATION_BLOCK OB1a\n", "x := 1; FUNCTION FC1\n",
		"VERSION : '0.1'\n", "VERSION:'0.1'", "VERSION : 0.1\n", "VERSIONS : '0.1'\n", "  version :\t'1'\n",
		"END_CONST\n", "END_LABEL;\n", "END_CONSTANT\n", "END_LABELS\n", " end_label", "END_",
		"{ S7_Optimized_Access := 'TRUE' }\n", "s7_optimized_access", "XS7_Optimized_Access",
		"S7_Optimized_Access_X", "S7_Optimized_Acces", "7_Optimized_Access", "S7_S7_Optimized_Access",
		"{S7_OPTIMIZED_ACCESS:='FALSE'}", "AS7_Optimized_Access S7_Optimized_Access",
		"FUNCTION_BLOCK  FB1\nVERSION : '1'\n", "Ä FUNCTION_BLOCK FB1\n", "FUNCTION_BLOCK FB1é\n", "",
	}
	var files []string
	for _, pattern := range []string{"testdata/*", "testdata/*/*", "testdata/*/*/*", "../../grammars/st/test/corpus/*.txt"} {
		more, _ := filepath.Glob(pattern)
		files = append(files, more...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || bytes.IndexByte(b, 0) >= 0 {
			continue
		}
		texts = append(texts, string(b))
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts: the test data moved", len(texts))
	}
	seen := [2]int{}
	for _, text := range texts {
		b := []byte(text)
		if got, want := classicSCLMarker(b), classic.Match(b); got != want {
			t.Errorf("classicSCLMarker(%q) = %v, the pattern says %v", text, got, want)
		} else if got {
			seen[0]++
		}
		if got, want := optimizedAccessMarker(b), optimized.Match(b); got != want {
			t.Errorf("optimizedAccessMarker(%q) = %v, the pattern says %v", text, got, want)
		} else if got {
			seen[1]++
		}
	}
	if seen[0] < 10 || seen[1] < 5 {
		t.Errorf("too few texts with a marker to compare: %v", seen)
	}
}
