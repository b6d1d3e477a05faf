package codegen_test

import (
	"context"
	"strings"
	"testing"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

// scripted answers the conversation turn by turn and records what it was told.
type scripted struct {
	answers []string
	seen    [][]codegen.ChatMessage
}

func (s *scripted) Chat(_ context.Context, msgs []codegen.ChatMessage) (string, error) {
	s.seen = append(s.seen, append([]codegen.ChatMessage(nil), msgs...))
	a := s.answers[min(len(s.seen)-1, len(s.answers)-1)]
	return a, nil
}

func TestGenerateRepairsUntilClean(t *testing.T) {
	chat := &scripted{answers: []string{
		"Here:\n```st\nPROGRAM P\nVAR forbidden : INT; END_VAR\nforbidden := 1;\nEND_PROGRAM\n```",
		"Fixed:\n```\nPROGRAM P\nVAR x : INT; END_VAR\nx := 1;\nEND_PROGRAM\n```",
	}}
	res, err := codegen.Generate(context.Background(), testPack{}, chat, codegen.GenerateRequest{Instruction: "set x; password := 'geheim'", Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	if !res.OK || len(res.Rounds) != 2 || !strings.Contains(res.Code, "x := 1;") {
		t.Fatalf("%+v", res)
	}
	feedback := chat.seen[1][len(chat.seen[1])-1].Content
	if !strings.Contains(feedback, "t/forbidden") || !strings.Contains(feedback, "line 3") {
		t.Errorf("feedback %q", feedback)
	}
	if strings.Contains(chat.seen[0][1].Content, "geheim") {
		t.Error("a secret reached the model")
	}
}

func TestGenerateStopsAfterTheBound(t *testing.T) {
	chat := &scripted{answers: []string{"```\nPROGRAM P\nIF THEN\nEND_PROGRAM\n```"}}
	res, err := codegen.Generate(context.Background(), testPack{}, chat, codegen.GenerateRequest{Instruction: "x", Config: config.Default(), Rounds: 2})
	if err != nil {
		t.Fatal(err)
	}
	if res.OK || len(res.Rounds) != 2 || len(res.Remaining) == 0 || len(chat.seen) != 2 {
		t.Fatalf("%+v", res)
	}
}

func TestGenerateWithoutModelRefusesClearly(t *testing.T) {
	if _, err := codegen.Generate(context.Background(), testPack{}, nil, codegen.GenerateRequest{Config: config.Default()}); err == nil || !strings.Contains(err.Error(), "model") {
		t.Fatal(err)
	}
}
