// Package config reads Gantry's settings: the workspace file gantry.toml (found by walking up
// from the checked file, like .editorconfig), LSP initializationOptions and
// workspace/didChangeConfiguration, and environment defaults. One struct serves the CLI and
// the server alike; JSON settings use the same keys as the TOML file.
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/gantry-dev/gantry/codegen/rules"
	"github.com/gantry-dev/gantry/codegen/source"
)

// FileName is the workspace configuration file.
const FileName = "gantry.toml"

// Config is the whole configuration. Zero values mean "use the default".
type Config struct {
	// Backend: "auto" (Ollama when reachable, else embedded), "ollama", "openai" (an
	// OpenAI-compatible server at BaseURL) or "embedded".
	Backend string `toml:"backend" json:"backend"`
	// Model is the Ollama model; GANTRY_MODEL is the fallback.
	Model string `toml:"model" json:"model"`
	// Host overrides OLLAMA_HOST for the model host.
	Host string `toml:"host" json:"host"`
	// BaseURL is the OpenAI-compatible API root with backend = "openai", version path
	// included ("http://127.0.0.1:8000/v1").
	BaseURL string `toml:"base_url" json:"base_url"`
	// APIKeyEnv names the environment variable holding that server's API key: the key
	// itself never sits in a settings file.
	APIKeyEnv string `toml:"api_key_env" json:"api_key_env"`
	// ChatModel answers natural-language generation (default: Model).
	ChatModel string `toml:"chat_model" json:"chat_model"`
	// EmbedModel turns on retrieval by embedding similarity (e.g. "nomic-embed-text").
	EmbedModel string     `toml:"embed_model" json:"embed_model"`
	Completion Completion `toml:"completion" json:"completion"`
	// Rules maps a rule id to "error", "warning", "info" or "off".
	Rules map[string]string `toml:"rules" json:"rules"`
	// Provenance records accepted suggestions in the workspace ledger when Ledger is set.
	Provenance Provenance `toml:"provenance" json:"provenance"`
	// Retrieval tunes the workspace context added to prompts.
	Retrieval Retrieval `toml:"retrieval" json:"retrieval"`
	// Gate says which findings drop a model's candidate.
	Gate Gate `toml:"gate" json:"gate"`
	// Limits bound what one client can make the language server hold.
	Limits Limits `toml:"limits" json:"limits"`
	// Encoding decodes source files that are not valid UTF-8 (classic STEP 7, TwinCAT 2,
	// CODESYS V2 and CNC tools save in a Windows code page): a WHATWG label such as
	// "windows-1251" or "gbk"; "" reads them as windows-1252, "utf-8" refuses them.
	Encoding string `toml:"encoding" json:"encoding"`

	// Path is where the file was read from ("" when none was found).
	Path string `toml:"-" json:"-"`

	// sections are the tables language packs register ([st], [gcode], [rtl]); see Section.
	sections map[string]Section
}

// Completion tunes suggestions.
type Completion struct {
	MaxTokens     int     `toml:"max_tokens" json:"max_tokens"`
	Temperature   float64 `toml:"temperature" json:"temperature"`
	ContextTokens int     `toml:"context_tokens" json:"context_tokens"`
	NumCtx        int     `toml:"num_ctx" json:"num_ctx"`
	DebounceMS    int     `toml:"debounce_ms" json:"debounce_ms"`
	TimeoutMS     int     `toml:"timeout_ms" json:"timeout_ms"`
	KeepAlive     string  `toml:"keep_alive" json:"keep_alive"`
	// Candidates per request while typing, and when the user asks explicitly.
	Candidates        int `toml:"candidates" json:"candidates"`
	CandidatesInvoked int `toml:"candidates_invoked" json:"candidates_invoked"`
	// Enabled turns suggestions off per language id when false ("st", "gcode", "rtl").
	Disabled []string `toml:"disabled_languages" json:"disabled_languages"`
}

// Gate configures the gate that vets model candidates. A candidate is model-written code, so
// each finding counts at its --ai-only severity (a warning counts as an error, info as a
// warning); a finding at error then drops the candidate when its rule's category is listed.
type Gate struct {
	// Drop lists the rule categories that drop a candidate: "safety", "correctness", "style".
	// Syntax errors always drop.
	Drop []string `toml:"drop" json:"drop"`
}

// Limits are resource bounds with safe defaults. Candidates and tokens per request are
// bounded by the ranges of completion.candidates, candidates_invoked and max_tokens.
type Limits struct {
	// MaxMessageMB bounds one JSON-RPC message the language server reads: a larger one is
	// skipped without being held in memory, and the user is told.
	MaxMessageMB int `toml:"max_message_mb" json:"max_message_mb"`
}

// GateCategories are the values [gate] drop accepts.
var GateCategories = []string{"safety", "correctness", "style"}

// Provenance configures the ledger of accepted AI suggestions (.gantry/ledger.jsonl).
type Provenance struct {
	Ledger bool `toml:"ledger" json:"ledger"`
}

// Retrieval tunes workspace retrieval.
type Retrieval struct {
	// Docs lists extra folders (coding standards, machine manuals as text or Markdown),
	// relative to the gantry.toml that names them.
	Docs     []string `toml:"docs" json:"docs"`
	Limit    int      `toml:"limit" json:"limit"`
	MinScore float64  `toml:"min_score" json:"min_score"`
	// Disabled turns retrieval off.
	Disabled bool `toml:"disabled" json:"disabled"`
}

// DocDirs returns the documentation folders as absolute paths.
func (c *Config) DocDirs() []string {
	var out []string
	for _, d := range c.Retrieval.Docs {
		if !filepath.IsAbs(d) && c.Path != "" {
			d = filepath.Join(filepath.Dir(c.Path), d)
		}
		out = append(out, d)
	}
	return out
}

// Default returns the built-in configuration.
func Default() *Config {
	return (&Config{
		Backend: "auto",
		Completion: Completion{
			MaxTokens: 128, Temperature: 0.2, ContextTokens: 2048, NumCtx: 4096,
			DebounceMS: 150, TimeoutMS: 8000, KeepAlive: "30m", Candidates: 1, CandidatesInvoked: 3,
		},
		Gate:   Gate{Drop: []string{"safety", "correctness"}},
		Limits: Limits{MaxMessageMB: 64},
	}).withDefaultSections()
}

// Find walks up from dir to the filesystem root and returns the first gantry.toml, or "".
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads a configuration file over the defaults.
func Load(path string) (*Config, error) {
	c := Default()
	if err := c.MergeFile(path); err != nil {
		return nil, err
	}
	return c, nil
}

// ForFile returns the configuration that applies to a file: defaults, then the nearest
// gantry.toml above it.
func ForFile(path string) (*Config, error) {
	p := Find(filepath.Dir(path))
	if p == "" {
		return Default(), nil
	}
	return Load(p)
}

// MergeFile reads a TOML file over c. Unknown keys are errors: a typo in a safety setting
// must not pass silently.
func (c *Config) MergeFile(path string) error {
	// source.ReadFile refuses FIFOs and devices: `--config /dev/stdin` or a FIFO named
	// gantry.toml must not block a check forever.
	raw, err := source.ReadFile(path)
	if err != nil {
		return err
	}
	md, err := toml.Decode(string(raw), c)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	// The pack sections are decoded from the same text, each into its registered table.
	var tables map[string]toml.Primitive
	smd, err := toml.Decode(string(raw), &tables)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var errs []error
	for _, name := range sortedKeys(tables) {
		if sec := c.sectionForWrite(name); sec != nil {
			if err := smd.PrimitiveDecode(tables[name], sec); err != nil {
				errs = append(errs, fmt.Errorf("[%s]: %w", name, err))
			}
		}
	}
	// Core keys come from the first decoding, section keys from the second.
	var undecoded []toml.Key
	for _, k := range md.Undecoded() {
		if newSection(k[0]) == nil {
			undecoded = append(undecoded, k)
		}
	}
	for _, k := range smd.Undecoded() {
		if newSection(k[0]) != nil {
			undecoded = append(undecoded, k)
		}
	}
	for _, k := range undecoded {
		if len(k) > 1 && k[0] == "rules" || len(k) > 1 && k[len(k)-2] == "travel" || len(k) > 1 && k[len(k)-2] == "offsets" {
			continue // a free-form table: its keys are checked by Validate
		}
		errs = append(errs, unknownKeyError(k))
	}
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: %w", path, errors.Join(errs...))
	}
	c.Path = path
	return nil
}

// MergeJSON reads LSP settings over c. It accepts the settings object itself or one
// wrapped as {"gantry": {...}}.
//
// Keys no setting has are errors, like in the file; so is anything but an object, except
// null and an empty array (how Neovim encodes an empty Lua table), which mean no settings.
func (c *Config) MergeJSON(raw json.RawMessage) error {
	trimmed := strings.Join(strings.Fields(string(raw)), "")
	if trimmed == "" || trimmed == "null" || trimmed == "[]" {
		return nil
	}
	var wrapped map[string]json.RawMessage
	if err := json.Unmarshal(raw, &wrapped); err == nil && len(wrapped) == 1 && wrapped["gantry"] != nil {
		raw = wrapped["gantry"]
		if t := strings.Join(strings.Fields(string(raw)), ""); t == "null" || t == "[]" {
			return nil
		}
	}
	if err := c.decodeStrict(raw); err != nil {
		return fmt.Errorf("settings: %w", err)
	}
	return nil
}

// Validate checks values that would otherwise fail late or silently.
func (c *Config) Validate() error {
	var errs []error
	switch c.Backend {
	case "", "auto", "ollama", "openai", "embedded":
	default:
		errs = append(errs, fmt.Errorf("backend %q: want auto, ollama, openai or embedded", c.Backend))
	}
	if c.Encoding != "" {
		if _, err := source.LookupEncoding(c.Encoding); err != nil {
			errs = append(errs, fmt.Errorf("encoding: %w", err))
		}
	}
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if why := checkRuleID(id); why != "" {
			errs = append(errs, fmt.Errorf("rules.%q: %s", id, why))
		} else if _, err := rules.ParseSeverity(c.Rules[id]); err != nil {
			errs = append(errs, fmt.Errorf("rules.%q: %w", id, err))
		}
	}
	if c.Completion.KeepAlive != "" {
		if _, err := time.ParseDuration(c.Completion.KeepAlive); err != nil {
			errs = append(errs, fmt.Errorf("completion.keep_alive: %w", err))
		}
	}
	if langs := languageIDs(); langs != nil {
		for _, l := range c.Completion.Disabled {
			if !slices.Contains(langs, l) {
				errs = append(errs, fmt.Errorf("completion.disabled_languages %q: want %s", l, orList(langs)))
			}
		}
	}
	for _, d := range c.Gate.Drop {
		if !slices.Contains(GateCategories, d) {
			errs = append(errs, fmt.Errorf("gate.drop %q: want %s", d, orList(GateCategories)))
		}
	}
	errs = append(errs, c.checkRanges()...)
	for _, name := range sectionNames() {
		errs = append(errs, c.Section(name).Validate(name)...)
	}
	return errors.Join(errs...)
}

func orList(valid []string) string {
	if len(valid) == 1 {
		return valid[0]
	}
	return strings.Join(valid[:len(valid)-1], ", ") + " or " + valid[len(valid)-1]
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Severities returns the configured severity overrides.
func (c *Config) Severities() map[string]rules.Severity {
	out := make(map[string]rules.Severity, len(c.Rules))
	for id, s := range c.Rules {
		if sev, err := rules.ParseSeverity(s); err == nil {
			out[id] = sev
		}
	}
	return out
}

// ModelName returns the configured model, falling back to GANTRY_MODEL.
func (c *Config) ModelName() string {
	if c.Model != "" {
		return c.Model
	}
	return os.Getenv("GANTRY_MODEL")
}

// LanguageEnabled reports whether suggestions are on for a language id.
func (c *Config) LanguageEnabled(id string) bool {
	for _, d := range c.Completion.Disabled {
		if d == id {
			return false
		}
	}
	return true
}

// Clone returns a deep enough copy for per-file overrides.
func (c *Config) Clone() *Config {
	b, _ := json.Marshal(c)
	out := (&Config{}).withDefaultSections()
	_ = json.Unmarshal(b, out)
	out.Path = c.Path
	return out
}
