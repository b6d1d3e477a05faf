package ollama

import (
	"slices"
	"strings"
)

// Fill-in-the-middle formats for models served without the insert capability (no
// .Suffix in their template). Ollama then cannot place prefix and suffix itself, so the
// backend sends the model's own control tokens in raw mode. Sources:
//   - Qwen2.5-Coder model card: <|fim_prefix|>P<|fim_suffix|>S<|fim_middle|>; files are
//     separated by <|file_sep|>, repositories named by <|repo_name|>.
//   - StarCoder / StarCoder2 model cards (BigCode): <fim_prefix>P<fim_suffix>S<fim_middle>,
//     end of text <|endoftext|>, files separated by <file_sep> (StarCoder2).
//   - Code Llama (Meta; Ollama docs/template.md): "<PRE> P <SUF>S <MID>", end <EOT>.
//   - DeepSeek-Coder model card: <｜fim▁begin｜>P<｜fim▁hole｜>S<｜fim▁end｜>; the bars
//     are U+FF5C FULLWIDTH VERTICAL LINE and the joiner U+2581, not ASCII.
//   - CodeGemma (ai.google.dev prompt structure): <|fim_prefix|>P<|fim_suffix|>S<|fim_middle|>,
//     files separated by <|file_separator|>, which also ends an infill.
//   - Codestral (mistral-common encode_fim; Ollama docs/template.md): suffix first,
//     "[SUFFIX]S[PREFIX] P"; the space stands for SentencePiece's word-start marker.
//
// Retrieved context arrives as comments in the request header and is sent at the top of
// the prefix, as in insert mode, so `gantry prompt` shows the same text either way; the
// families' file separators are stop sequences (a model that starts another file is done).

// FIMFamily describes one supported family, for the README and `gantry` status output.
type FIMFamily struct {
	ID   string // what the user pulls, e.g. "qwen2.5-coder"
	Name string // for people
	// Example is the raw prompt for prefix "<prefix>" and suffix "<suffix>".
	Example string
	// Stop are the control tokens that end an infill.
	Stop []string
}

type fimSpec struct {
	FIMFamily
	format func(prefix, suffix string) string
	// The model name contains one of names, or its template one of markers, and its
	// architecture is one of archs (or unknown). archOnly: the architecture alone
	// decides, since every model of it was trained with these tokens.
	names    []string
	markers  []string
	archs    []string
	archOnly bool
}

func wrap(open, mid, end string) func(p, s string) string {
	return func(p, s string) string { return open + p + mid + s + end }
}

// fimTable is ordered: the first matching entry wins (Qwen and CodeGemma share tokens
// and differ by architecture).
var fimTable = []fimSpec{
	{
		FIMFamily: FIMFamily{ID: "qwen2.5-coder", Name: "Qwen2.5-Coder",
			Stop: []string{"<|endoftext|>", "<|file_sep|>", "<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>", "<|fim_pad|>", "<|repo_name|>", "<|im_start|>", "<|im_end|>"}},
		format:  wrap("<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>"),
		names:   []string{"qwen2.5-coder", "qwen2.5_coder", "qwen2_5-coder"},
		markers: []string{"<|fim_prefix|>"},
		archs:   []string{"qwen2"},
	},
	{
		FIMFamily: FIMFamily{ID: "starcoder2", Name: "StarCoder2 / StarCoder",
			Stop: []string{"<|endoftext|>", "<file_sep>", "<fim_prefix>", "<fim_suffix>", "<fim_middle>", "<fim_pad>"}},
		format:   wrap("<fim_prefix>", "<fim_suffix>", "<fim_middle>"),
		names:    []string{"starcoder"},
		markers:  []string{"<fim_prefix>"},
		archs:    []string{"starcoder2", "starcoder"},
		archOnly: true,
	},
	{
		FIMFamily: FIMFamily{ID: "codellama", Name: "Code Llama (7B/13B code models)",
			Stop: []string{"<EOT>", "<PRE>", "<SUF>", "<MID>"}},
		format:  wrap("<PRE> ", " <SUF>", " <MID>"),
		names:   []string{"codellama", "code-llama", "code_llama"},
		markers: []string{"<PRE>"},
		archs:   []string{"llama"},
	},
	{
		FIMFamily: FIMFamily{ID: "deepseek-coder", Name: "DeepSeek-Coder (V1, V2)",
			Stop: []string{"<｜end▁of▁sentence｜>", "<|EOT|>", "<｜fim▁begin｜>", "<｜fim▁hole｜>", "<｜fim▁end｜>"}},
		format:  wrap("<｜fim▁begin｜>", "<｜fim▁hole｜>", "<｜fim▁end｜>"),
		names:   []string{"deepseek-coder"},
		markers: []string{"<｜fim▁begin｜>"},
		archs:   []string{"llama", "deepseek2"},
	},
	{
		FIMFamily: FIMFamily{ID: "codegemma", Name: "CodeGemma",
			Stop: []string{"<|file_separator|>", "<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>", "<eos>", "<end_of_turn>"}},
		format:  wrap("<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>"),
		names:   []string{"codegemma"},
		markers: []string{"<|fim_prefix|>"},
		archs:   []string{"gemma"},
	},
	{
		FIMFamily: FIMFamily{ID: "codestral", Name: "Codestral",
			Stop: []string{"</s>", "[PREFIX]", "[SUFFIX]", "[MIDDLE]"}},
		format:  func(p, s string) string { return "[SUFFIX]" + s + "[PREFIX] " + p },
		names:   []string{"codestral"},
		markers: []string{"[SUFFIX]"},
		archs:   []string{"llama"},
	},
}

func init() {
	for i := range fimTable {
		fimTable[i].Example = fimTable[i].format("<prefix>", "<suffix>")
	}
}

// FIMFamilies lists the families served in raw mode when a model lacks the insert
// capability, in detection order.
func FIMFamilies() []FIMFamily {
	out := make([]FIMFamily, len(fimTable))
	for i, f := range fimTable {
		out[i] = f.FIMFamily
		out[i].Stop = append([]string(nil), f.Stop...)
	}
	return out
}

// FormatFIM renders prefix and suffix in the family's raw FIM prompt; ok is false for an
// unknown family id.
func FormatFIM(id, prefix, suffix string) (prompt string, ok bool) {
	for _, f := range fimTable {
		if f.ID == id {
			return f.format(prefix, suffix), true
		}
	}
	return "", false
}

// detectFIM finds the family of a model from what /api/show says. The tokens belong to
// the tokenizer, which goes with the architecture, so a name or template hint only counts
// when the architecture does not contradict it.
func detectFIM(name, arch, template string) *fimSpec {
	name = strings.ToLower(name)
	arch = strings.ToLower(arch)
	for i := range fimTable {
		f := &fimTable[i]
		if arch != "" && !slices.Contains(f.archs, arch) {
			continue
		}
		if f.archOnly && arch != "" {
			return f
		}
		for _, n := range f.names {
			if strings.Contains(name, n) {
				return f
			}
		}
		for _, m := range f.markers {
			if strings.Contains(template, m) {
				return f
			}
		}
	}
	return nil
}

// familyList is the user-facing list of supported family ids.
func familyList() string {
	ids := make([]string, len(fimTable))
	for i, f := range fimTable {
		ids[i] = f.ID
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " or " + ids[len(ids)-1]
}
