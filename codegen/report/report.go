// Package report renders `gantry check` results: the JSON contract, readable text, SARIF
// 2.1.0, GitHub workflow annotations and GitLab code quality. Lines and columns are 1-based, columns in Unicode
// code points.
package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
)

// Diagnostic is one finding in output coordinates.
type Diagnostic struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Message   string `json:"message"`

	sourceLine string
}

// SourceLine is the text of the finding's first line, what baselines and fingerprints key
// on so that they survive lines moving.
func (d Diagnostic) SourceLine() string { return d.sourceLine }

// File is one checked file.
type File struct {
	Path        string       `json:"path"`
	Language    string       `json:"language"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	// Skipped lists rules that did not run for lack of information (a machine profile).
	Skipped []string `json:"skipped,omitempty"`
	Error   string   `json:"error,omitempty"`
	// Encoding names the code page a file that is not UTF-8 was read in ("" for UTF-8).
	Encoding string `json:"encoding,omitempty"`
}

// Summary counts findings.
type Summary struct {
	Files    int `json:"files"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
}

// Report is the whole result.
type Report struct {
	Files   []File  `json:"files"`
	Summary Summary `json:"summary"`
	// Root is the folder SARIF locations are relative to (the working directory when
	// empty); files outside it are written as absolute file URIs.
	Root string `json:"-"`
}

// NewFile converts findings over a text to output coordinates.
func NewFile(path, lang string, lines *source.Lines, findings []rules.Finding) File {
	f := File{Path: path, Language: lang, Diagnostics: make([]Diagnostic, 0, len(findings))}
	for _, fd := range findings {
		sl := lines.LineOf(fd.Start)
		el := lines.LineOf(fd.End)
		f.Diagnostics = append(f.Diagnostics, Diagnostic{
			Rule: fd.Rule, Severity: fd.Severity.String(), Message: fd.Message,
			Line: sl + 1, Column: lines.RuneColumn(fd.Start) + 1,
			EndLine: el + 1, EndColumn: lines.RuneColumn(fd.End) + 1,
			sourceLine: string(lines.LineText(sl)),
		})
	}
	return f
}

// Add appends a file and updates the summary.
func (r *Report) Add(f File) {
	r.Files = append(r.Files, f)
	r.Summary.Files++
	for _, d := range f.Diagnostics {
		switch d.Severity {
		case "error":
			r.Summary.Errors++
		case "warning":
			r.Summary.Warnings++
		default:
			r.Summary.Infos++
		}
	}
}

// JSON writes the machine-readable contract, as encoding/json indents it, one diagnostic
// at a time: encoding the whole report at once held it three times over (the report, its
// compact encoding, the indented copy), 150 MB for the 97,000 findings of a 10 MB program.
func (r *Report) JSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	jw := jsonWriter{w: bw}
	bw.WriteString("{\n  \"files\": [")
	for i := range r.Files {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		jw.file(&r.Files[i])
	}
	if len(r.Files) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"summary\": ")
	jw.value(r.Summary, "  ")
	bw.WriteString("\n}\n")
	if jw.err != nil {
		return jw.err
	}
	return bw.Flush()
}

// jsonWriter writes parts of a report as json.Encoder with SetIndent("", "  ") writes
// them within the whole; the first error is kept.
type jsonWriter struct {
	w   *bufio.Writer
	err error
}

// value writes v indented as it is at prefix's depth.
func (j *jsonWriter) value(v any, prefix string) {
	b, err := json.MarshalIndent(v, prefix, "  ")
	if err != nil && j.err == nil {
		j.err = err
	}
	j.w.Write(b)
}

// field writes a member of a file object: its key, then its value.
func (j *jsonWriter) field(key string, v any) {
	j.w.WriteString(",\n      \"" + key + "\": ")
	j.value(v, "      ")
}

// file writes one file object at the depth of the report's files.
func (j *jsonWriter) file(f *File) {
	j.w.WriteString("{\n      \"path\": ")
	j.value(f.Path, "")
	j.field("language", f.Language)
	j.w.WriteString(",\n      \"diagnostics\": ")
	switch {
	case f.Diagnostics == nil:
		j.w.WriteString("null")
	case len(f.Diagnostics) == 0:
		j.w.WriteString("[]")
	default:
		j.w.WriteByte('[')
		for i := range f.Diagnostics {
			if i > 0 {
				j.w.WriteByte(',')
			}
			j.w.WriteString("\n        ")
			j.value(&f.Diagnostics[i], "        ")
		}
		j.w.WriteString("\n      ]")
	}
	if len(f.Skipped) > 0 {
		j.field("skipped", f.Skipped)
	}
	if f.Error != "" {
		j.field("error", f.Error)
	}
	if f.Encoding != "" {
		j.field("encoding", f.Encoding)
	}
	j.w.WriteString("\n    }")
}

// Text writes `file:line:col: severity rule: message` with the source line and a caret.
func (r *Report) Text(w io.Writer) {
	for _, f := range r.Files {
		if f.Error != "" {
			fmt.Fprintf(w, "%s: error: %s\n", f.Path, f.Error)
		}
		for _, d := range f.Diagnostics {
			fmt.Fprintf(w, "%s:%d:%d: %s %s: %s\n", f.Path, d.Line, d.Column, d.Severity, d.Rule, d.Message)
			if d.sourceLine != "" {
				fmt.Fprintf(w, "    %s\n", strings.ReplaceAll(d.sourceLine, "\t", " "))
				width := 1
				if d.EndLine == d.Line && d.EndColumn > d.Column {
					width = d.EndColumn - d.Column
				}
				fmt.Fprintf(w, "    %s%s\n", strings.Repeat(" ", d.Column-1), strings.Repeat("^", width))
			}
		}
		if len(f.Skipped) > 0 {
			fmt.Fprintf(w, "%s: note: skipped without a machine profile: %s\n", f.Path, strings.Join(f.Skipped, ", "))
		}
	}
	encodings := map[string]int{}
	for _, f := range r.Files {
		if f.Encoding != "" {
			encodings[f.Encoding]++
		}
	}
	for _, enc := range slices.Sorted(maps.Keys(encodings)) {
		files := fmt.Sprintf("%d files are", encodings[enc])
		if encodings[enc] == 1 {
			files = "1 file is"
		}
		fmt.Fprintf(w, "note: %s not UTF-8 and read as %s (set encoding in gantry.toml for another code page)\n", files, enc)
	}
	fmt.Fprintf(w, "%d files checked: %d errors, %d warnings, %d infos\n", r.Summary.Files, r.Summary.Errors, r.Summary.Warnings, r.Summary.Infos)
}

// GitHub writes workflow commands that annotate the pull request.
func (r *Report) GitHub(w io.Writer) {
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			level := map[string]string{"error": "error", "warning": "warning"}[d.Severity]
			if level == "" {
				level = "notice"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
				level, escapeProperty(f.Path), d.Line, d.Column, d.EndLine, d.EndColumn, escapeProperty(d.Rule), escapeData(d.Message))
		}
	}
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// RuleInfo describes a rule for SARIF's driver section.
type RuleInfo struct {
	ID, Title, Doc string
	Severity       rules.Severity
}

// SARIF writes a SARIF 2.1.0 log.
func (r *Report) SARIF(w io.Writer, version string, ruleInfo []RuleInfo) error {
	type msg struct {
		Text string `json:"text"`
	}
	sort.Slice(ruleInfo, func(i, j int) bool { return ruleInfo[i].ID < ruleInfo[j].ID })
	index := map[string]int{}
	var sRules []map[string]any
	for i, ri := range ruleInfo {
		index[ri.ID] = i
		sRules = append(sRules, map[string]any{
			"id": ri.ID, "shortDescription": msg{ri.Title}, "fullDescription": msg{firstParagraph(ri.Doc)},
			"defaultConfiguration": map[string]string{"level": sarifLevel(ri.Severity.String())},
		})
	}
	root, err := sarifRoot(r.Root)
	if err != nil {
		return err
	}
	var results []map[string]any
	for _, f := range r.Files {
		for _, d := range f.Diagnostics {
			res := map[string]any{
				"ruleId": d.Rule, "level": sarifLevel(d.Severity), "message": msg{d.Message},
				"locations": []any{map[string]any{"physicalLocation": map[string]any{
					"artifactLocation": artifactLocation(root, f.Path),
					"region":           map[string]int{"startLine": d.Line, "startColumn": d.Column, "endLine": d.EndLine, "endColumn": d.EndColumn},
				}}},
			}
			if i, ok := index[d.Rule]; ok {
				res["ruleIndex"] = i
			}
			results = append(results, res)
		}
	}
	if results == nil {
		results = []map[string]any{}
	}
	log := map[string]any{
		"version": "2.1.0",
		"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
		"runs": []any{map[string]any{
			"tool": map[string]any{"driver": map[string]any{
				"name": "gantry", "version": version, "informationUri": "https://github.com/gantry-dev/gantry", "rules": sRules,
			}},
			"columnKind": "unicodeCodePoints",
			// SARIF consumers resolve relative URIs against this base; GitHub code
			// scanning maps them to the repository when the run starts at its root.
			"originalUriBaseIds": map[string]any{srcRoot: map[string]string{"uri": fileURI(root) + "/"}},
			"results":            results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// srcRoot names the folder the results' relative URIs start from.
const srcRoot = "SRCROOT"

func sarifRoot(root string) (string, error) {
	if root == "" {
		root = "."
	}
	return filepath.Abs(root)
}

// artifactLocation is a file's SARIF location: a URI relative to root, percent-encoded
// ("HTML ENCODE#1.TcPOU" must not read as a fragment), with the base it is relative to;
// outside root, an absolute file URI.
func artifactLocation(root, path string) map[string]string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return map[string]string{"uri": fileURI(abs)}
	}
	u := (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath()
	if first, _, _ := strings.Cut(u, "/"); strings.Contains(first, ":") {
		u = "./" + u // "a:b.st" would otherwise read as a URI of scheme "a"
	}
	return map[string]string{"uri": u, "uriBaseId": srcRoot}
}

// fileURI is the file URI of an absolute path, percent-encoded.
func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // Windows: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

func sarifLevel(sev string) string {
	switch sev {
	case "error":
		return "error"
	case "warning":
		return "warning"
	}
	return "note"
}

func firstParagraph(doc string) string {
	doc = strings.TrimSpace(doc)
	if i := strings.Index(doc, "\n\n"); i >= 0 {
		return doc[:i]
	}
	return doc
}
