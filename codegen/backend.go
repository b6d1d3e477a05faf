package codegen

import (
	"context"
	"errors"
)

// FillRequest is what a backend is asked to complete: the text around the cursor, already
// trimmed to the token budget, and the context header the language pack built.
type FillRequest struct {
	Language string // pack id: "st", "gcode", "rtl"
	Path     string // the file's path, for backends that look at the workspace
	Header   string // context block, written as comments of the language
	Prefix   string // text before the cursor (after the header)
	Suffix   string // text after the cursor
	// Stop sequences end the generation; they follow from the language (top-level keywords).
	Stop        []string
	MaxTokens   int
	Temperature float64
	// Multiline is false where only the rest of the current line makes sense.
	Multiline bool
	// Hints carries the language pack's own offers for the embedded backend: skeletons and
	// closers derived from the tree. Remote backends ignore them.
	Hints []string
	// Complete, when set, is the streaming gate: a streaming backend calls it with the text
	// so far each time a line completes; stop means the first keep bytes of the text are a
	// complete unit that passes the gate, so the backend stops generating and returns them
	// (the gate may read one line past a unit to see that the construct does not go on).
	Complete func(text string) (keep int, stop bool)
	// Candidates asks for several candidates (different seeds/temperatures); 0 means 1.
	Candidates int
}

// Embedder is a backend that turns texts into vectors, for retrieval by similarity.
type Embedder interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Candidate is one proposed insertion at the cursor.
type Candidate struct {
	Text string
}

// Backend produces candidates. Implementations must honour ctx cancellation promptly.
type Backend interface {
	Name() string
	// Model names what answers, for reports ("embedded" for the offline engine).
	Model() string
	Fill(ctx context.Context, req FillRequest) ([]Candidate, error)
}

// Status describes a backend's health for the editor's status item.
type Status struct {
	Backend   string `json:"backend"`
	Model     string `json:"model"`
	Host      string `json:"host,omitempty"`
	Reachable bool   `json:"reachable"`
	CanInsert bool   `json:"canInsert"`
	Message   string `json:"message,omitempty"`
}

// StatusReporter is implemented by backends that can say whether they are usable.
type StatusReporter interface {
	Status(ctx context.Context) Status
}

// ErrUnavailable wraps failures that mean "this backend cannot answer now" (host down,
// model missing), as opposed to a bad answer; callers fall back to the embedded backend.
var ErrUnavailable = errors.New("backend unavailable")
