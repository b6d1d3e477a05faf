package main

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

// Issue 13, defect 5: SARIF URIs are percent-encoded; files under the working folder are
// relative to SRCROOT, declared in originalUriBaseIds; files elsewhere are file URIs.
func TestSARIFURIsAreEncodedAndAnchored(t *testing.T) {
	src, err := os.ReadFile("testdata/unsafe.st")
	if err != nil {
		t.Fatal(err)
	}
	work, other := t.TempDir(), filepath.Join(t.TempDir(), "out side")
	inside := filepath.Join(work, "POUs", "HTML ENCODE#1.st")
	outside := filepath.Join(other, "x%y#2.st")
	for _, p := range []string{inside, outside} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(work)
	out, stderr, _ := gantry(t, "check", "--format", "sarif", "POUs", outside)
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%v %s\n%s", err, stderr, out)
	}
	run := log.Runs[0]
	base, err := url.Parse(run.OriginalURIBaseIDs["SRCROOT"].URI)
	if err != nil || base.Scheme != "file" || filepath.Clean(base.Path) != filepath.Clean(work) {
		t.Fatalf("SRCROOT %q (%v), want the file URI of %s", run.OriginalURIBaseIDs["SRCROOT"].URI, err, work)
	}
	seen := map[string]bool{}
	for _, r := range run.Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		u, err := url.Parse(loc.URI)
		if err != nil || u.Fragment != "" || u.RawQuery != "" {
			t.Fatalf("uri %q does not parse to a path: %v", loc.URI, err)
		}
		switch {
		case loc.URIBaseID == "SRCROOT":
			if loc.URI != "POUs/HTML%20ENCODE%231.st" || base.ResolveReference(u).Path != inside {
				t.Errorf("relative uri %q", loc.URI)
			}
			seen["inside"] = true
		case loc.URIBaseID == "":
			if u.Scheme != "file" || u.Path != outside {
				t.Errorf("outside uri %q, want the file URI of %s", loc.URI, outside)
			}
			seen["outside"] = true
		default:
			t.Errorf("uriBaseId %q", loc.URIBaseID)
		}
	}
	if !seen["inside"] || !seen["outside"] {
		t.Errorf("results %+v", run.Results)
	}
}
