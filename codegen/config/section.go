package config

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
)

// Section is a settings table a language pack owns ([st], [gcode], [rtl]): the pack
// registers it with its defaults and its checks, so this package knows no language's
// settings. A section is a pointer to a struct with toml and json tags.
type Section interface {
	// Validate checks the section's values; table is its name, for messages.
	Validate(table string) []error
}

// RegisterSection makes [name] a settings table with the defaults newDefault returns. A pack
// registers its section in its package's init, before any configuration is read.
func RegisterSection(name string, newDefault func() Section) {
	known.Lock()
	defer known.Unlock()
	if known.sections == nil {
		known.sections = map[string]func() Section{}
	}
	if _, dup := known.sections[name]; dup {
		panic("config: section [" + name + "] registered twice")
	}
	if fieldKnown(reflect.TypeOf(Config{}), name) {
		panic("config: section [" + name + "] shadows a core setting")
	}
	known.sections[name] = newDefault
}

// sectionNames returns the registered sections, sorted.
func sectionNames() []string {
	known.RLock()
	defer known.RUnlock()
	out := make([]string, 0, len(known.sections))
	for n := range known.sections {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// newSection returns a registered section's defaults, or nil for a name nobody registered.
func newSection(name string) Section {
	known.RLock()
	f := known.sections[name]
	known.RUnlock()
	if f == nil {
		return nil
	}
	return f()
}

// Section returns c's table [name], or its defaults when c has none (a Config built by
// hand): the result is never stored, since a Config is shared by readers. It returns nil
// for a name no pack registered.
func (c *Config) Section(name string) Section {
	if s, ok := c.sections[name]; ok {
		return s
	}
	return newSection(name)
}

// sectionForWrite returns c's own table [name] to decode into, creating it from the
// defaults; nil for an unregistered name.
func (c *Config) sectionForWrite(name string) Section {
	if s, ok := c.sections[name]; ok {
		return s
	}
	s := newSection(name)
	if s == nil {
		return nil
	}
	if c.sections == nil {
		c.sections = map[string]Section{}
	}
	c.sections[name] = s
	return s
}

// withDefaultSections gives c every registered section with its defaults.
func (c *Config) withDefaultSections() *Config {
	for _, n := range sectionNames() {
		c.sectionForWrite(n)
	}
	return c
}

// plainConfig is Config without its methods, so the JSON methods below can use the
// default encoding for the core settings.
type plainConfig Config

// MarshalJSON writes the core settings and every section as one object, the shape of the
// settings an editor sends.
func (c *Config) MarshalJSON() ([]byte, error) {
	core, err := json.Marshal((*plainConfig)(c))
	if err != nil {
		return nil, err
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(core, &obj); err != nil {
		return nil, err
	}
	for name, s := range c.sections {
		if obj[name], err = json.Marshal(s); err != nil {
			return nil, err
		}
	}
	return json.Marshal(obj)
}

// UnmarshalJSON reads settings over c: core keys into c's fields, each section's table into
// the section (merged over what c has, like the file). Unknown keys are left to
// decodeStrict, which names them.
func (c *Config) UnmarshalJSON(raw []byte) error {
	if err := json.Unmarshal(raw, (*plainConfig)(c)); err != nil {
		return err
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return err
	}
	for name, table := range obj {
		if s := c.sectionForWrite(name); s != nil {
			if err := json.Unmarshal(table, s); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	return nil
}

func fieldKnown(t reflect.Type, key string) bool {
	_, ok := fieldByKey(t, key)
	return ok
}

// OneOf checks an enumerated setting; empty means the default. Sections use it so every
// enumerated setting names its valid values the same way.
func OneOf(key, value string, valid ...string) error {
	if value == "" || containsFold(valid, value) {
		return nil
	}
	return fmt.Errorf("%s %q: want %s", key, value, orList(valid))
}

func containsFold(list []string, v string) bool {
	for _, s := range list {
		if strings.EqualFold(s, v) {
			return true
		}
	}
	return false
}

// InRange checks a numeric setting against its inclusive range, naming the range.
func InRange(key string, value, lo, hi float64) error {
	if math.IsNaN(value) || value < lo || value > hi {
		return fmt.Errorf("%s = %g: want %g to %g", key, value, lo, hi)
	}
	return nil
}
