package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// gitlabIssue is one entry of a GitLab code quality report (the Code Climate issue format
// GitLab reads: description, check_name, fingerprint, severity, location).
type gitlabIssue struct {
	Type        string         `json:"type"`
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// GitLab writes a GitLab code quality report (artifacts:reports:codequality). Paths are
// relative to Root (the repository root when run there). A fingerprint hashes the rule,
// the path and the text of the line, not the line number, so a finding keeps its identity
// when lines above it move and GitLab shows it as neither fixed nor new.
func (r *Report) GitLab(w io.Writer) error {
	root, err := sarifRoot(r.Root)
	if err != nil {
		return err
	}
	issues := []gitlabIssue{}
	seen := map[string]int{}
	for _, f := range r.Files {
		path := relativePath(root, f.Path)
		for _, d := range f.Diagnostics {
			key := d.Rule + "\x00" + path + "\x00" + strings.TrimSpace(d.sourceLine)
			seen[key]++ // the same finding on two identical lines stays two issues
			sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(seen[key])))
			issues = append(issues, gitlabIssue{
				Type: "issue", Description: d.Message, CheckName: d.Rule,
				Fingerprint: hex.EncodeToString(sum[:16]), Severity: gitlabSeverity(d.Severity),
				Location: gitlabLocation{Path: path, Lines: gitlabLines{Begin: d.Line, End: d.EndLine}},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}

// gitlabSeverity maps to GitLab's info, minor, major, critical, blocker.
func gitlabSeverity(sev string) string {
	switch sev {
	case "error":
		return "major"
	case "warning":
		return "minor"
	}
	return "info"
}

// relativePath is path relative to root with forward slashes, or the absolute path when
// it lies outside root.
func relativePath(root, path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}
