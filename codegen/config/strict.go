package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/gantry-dev/gantry/codegen/editdist"
)

// known holds what the language packs registered: their ids and rule ids. Settings that
// name a language or a rule are checked against it, so a misspelt rule id in [rules] is an
// error instead of a silent no-op. Nothing registered (a test of this package alone) means
// nothing to check against.
var known struct {
	sync.RWMutex
	languages map[string]bool
	rules     map[string]bool
	sections  map[string]func() Section
}

// RegisterLanguage records a language pack's id and rule ids (its syntax rule included)
// for validation. The pack registry calls it for every pack it is built with.
func RegisterLanguage(id string, ruleIDs ...string) {
	known.Lock()
	defer known.Unlock()
	if known.languages == nil {
		known.languages, known.rules = map[string]bool{}, map[string]bool{}
	}
	known.languages[id] = true
	for _, r := range ruleIDs {
		known.rules[r] = true
	}
}

// checkRuleID says what is wrong with a rule id in [rules], or "".
func checkRuleID(id string) string {
	known.RLock()
	defer known.RUnlock()
	if len(known.rules) == 0 || known.rules[id] {
		return ""
	}
	best, bestD := "", 4 // suggest only close names
	for r := range known.rules {
		if d := editdist.Distance(id, r); d < bestD || d == bestD && r < best {
			best, bestD = r, d
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown rule (did you mean %q? `gantry rules` lists them)", best)
	}
	return "unknown rule (`gantry rules` lists them)"
}

// languageIDs returns the registered language ids, sorted, or nil when none are.
func languageIDs() []string {
	known.RLock()
	defer known.RUnlock()
	var out []string
	for id := range known.languages {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// unknownKeyError names a key no setting has, with the keys valid at that place.
func unknownKeyError(path []string) error {
	valid := keysAt(reflect.TypeOf(Config{}), path[:len(path)-1])
	where := ""
	if len(path) > 1 {
		where = " in [" + strings.Join(path[:len(path)-1], ".") + "]"
	}
	return fmt.Errorf("unknown setting %q (valid%s: %s)", strings.Join(path, "."), where, strings.Join(valid, ", "))
}

// keysAt lists the setting names of the table at path, following the struct tags; at the
// top, the packs' sections are tables too.
func keysAt(t reflect.Type, path []string) []string {
	if len(path) == 0 && t == reflect.TypeOf(Config{}) {
		return append(structKeys(t), sectionNames()...)
	}
	if len(path) > 0 && t == reflect.TypeOf(Config{}) {
		if s := newSection(path[0]); s != nil {
			return keysAt(reflect.TypeOf(s), path[1:])
		}
	}
	for _, p := range path {
		t = deref(t)
		if t.Kind() == reflect.Map || t.Kind() == reflect.Slice {
			t = deref(t.Elem())
			continue
		}
		f, ok := fieldByKey(t, p)
		if !ok {
			return nil
		}
		t = f.Type
	}
	t = deref(t)
	if t.Kind() == reflect.Slice {
		t = deref(t.Elem())
	}
	return structKeys(t)
}

// structKeys lists the setting names of a struct's fields.
func structKeys(t reflect.Type) []string {
	var out []string
	if t.Kind() != reflect.Struct {
		return out
	}
	for i := 0; i < t.NumField(); i++ {
		if k := keyOf(t.Field(i)); k != "" {
			out = append(out, k)
		}
	}
	return out
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func keyOf(f reflect.StructField) string {
	k, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if k == "-" || !f.IsExported() {
		return ""
	}
	return k
}

func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if keyOf(t.Field(i)) == key {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// unknownJSONKeys walks decoded JSON settings against the settings' types and reports
// every key no setting has; free-form tables (rules, travel) take any key.
func unknownJSONKeys(v any, t reflect.Type, path []string, errs *[]error) {
	t = deref(t)
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return // a type mismatch: json.Unmarshal names it
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p := append(append([]string{}, path...), k)
			if len(path) == 0 && t == reflect.TypeOf(Config{}) {
				if s := newSection(k); s != nil {
					unknownJSONKeys(m[k], reflect.TypeOf(s), p, errs)
					continue
				}
			}
			f, ok := fieldByKey(t, k)
			if !ok {
				*errs = append(*errs, unknownKeyError(p))
				continue
			}
			unknownJSONKeys(m[k], f.Type, p, errs)
		}
	case reflect.Slice:
		if list, ok := v.([]any); ok {
			for _, e := range list {
				unknownJSONKeys(e, t.Elem(), path, errs)
			}
		}
	}
}

// decodeStrict reads JSON settings over c and validates them, refusing keys no setting has.
func (c *Config) decodeStrict(raw json.RawMessage) error {
	var tree any
	if err := json.Unmarshal(raw, &tree); err != nil {
		return err
	}
	if _, ok := tree.(map[string]any); !ok {
		return fmt.Errorf("want an object of settings, got %s", jsonKind(tree))
	}
	var errs []error
	unknownJSONKeys(tree, reflect.TypeOf(Config{}), nil, &errs)
	if err := json.Unmarshal(raw, c); err != nil {
		errs = append(errs, err)
	} else if err := c.Validate(); err != nil {
		errs = append(errs, err) // the known keys' values are checked too, all reported at once
	}
	return errors.Join(errs...)
}

func jsonKind(v any) string {
	switch v.(type) {
	case []any:
		return "an array"
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	}
	return "null"
}
