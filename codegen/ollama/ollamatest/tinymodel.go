package ollamatest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
	"github.com/ollama/ollama/fs/ggml"
)

// TinyTemplate is the template CreateTinyModel installs; .Suffix gives the model the
// insert capability. The tiny model ignores its input, so the spelling is free.
const TinyTemplate = "{{- if .Suffix }}<PRE> {{ .Prompt }} <SUF>{{ .Suffix }} <MID>{{- else }}{{ .Prompt }}{{- end }}"

// TinyOption changes the model CreateTinyModel installs.
type TinyOption func(*api.CreateRequest)

// WithTemplate installs tmpl instead of TinyTemplate, e.g. ChatTemplate for a model
// that renders .Messages like a real chat model and has no insert capability.
func WithTemplate(tmpl string) TinyOption {
	return func(r *api.CreateRequest) { r.Template = tmpl }
}

// CreateTinyModel installs, on the Ollama at host, a model called name that answers
// exactly text after any prompt under greedy decoding (temperature 0). text must have
// at least 3 characters.
func CreateTinyModel(t testing.TB, host, name, text string, opts ...TinyOption) {
	t.Helper()
	blob, err := TinyModelGGUF(text)
	if err != nil {
		t.Fatalf("tiny model for %q: %v", text, err)
	}
	u, err := url.Parse(host)
	if err != nil {
		t.Fatalf("host %q: %v", host, err)
	}
	client := api.NewClient(u, http.DefaultClient)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	digest := fmt.Sprintf("sha256:%x", sha256.Sum256(blob))
	if err := client.CreateBlob(ctx, digest, bytes.NewReader(blob)); err != nil {
		t.Fatalf("upload tiny model blob: %v", err)
	}
	stream := false
	var last api.ProgressResponse
	req := &api.CreateRequest{
		Model:    name,
		Stream:   &stream,
		Files:    map[string]string{"tiny.gguf": digest},
		Template: TinyTemplate,
	}
	for _, o := range opts {
		o(req)
	}
	err = client.Create(ctx, req, func(p api.ProgressResponse) error { last = p; return nil })
	if err != nil {
		t.Fatalf("create tiny model %q: %v", name, err)
	}
	if last.Status != "success" {
		t.Fatalf("create tiny model %q: status %q", name, last.Status)
	}
}

// Tiny model layout. Token ids: 0 <unk>, 1 <s>, 2 </s>, then the 256 byte tokens, then
// one token per piece of the text. Every prompt tokenizes to byte tokens only (see
// splitPieces), so the last prompt token is never a piece.
const (
	tinyUnk   = 0
	tinyBOS   = 1
	tinyEOS   = 2
	tinyBytes = 3
	tinyFF    = 32 // feed-forward width; its weights are zero
	tinyLogit = 10 // weight of the one favoured next token
)

// TinyModelGGUF builds the GGUF file of the tiny model answering text.
//
// Attention and feed-forward projections are zero, so after every block the residual
// stream is still the token embedding. Each token embeds as a one-hot "state": state 0
// is shared by every token that is not a piece of the text, state i+1 is piece i. The
// output matrix maps state 0 to the first piece, state i+1 to piece i+1 and the last
// state to </s>: the next token depends on the previous one only, so greedy decoding
// spells the text after any prompt and stops.
func TinyModelGGUF(text string) ([]byte, error) {
	pieces, err := splitPieces(text)
	if err != nil {
		return nil, err
	}
	tokens := []string{"<unk>", "<s>", "</s>"}
	types := []int32{2, 3, 3} // unknown, control, control
	for b := 0; b < 256; b++ {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		types = append(types, 6) // byte
	}
	first := len(tokens)
	for _, p := range pieces {
		tokens = append(tokens, p)
		types = append(types, 1) // normal
	}
	vocab := len(tokens)
	states := len(pieces) + 1
	d := (states + 31) / 32 * 32 // a multiple of 8 keeps every f32 tensor a multiple of 32 bytes

	state := func(tok int) int {
		if tok >= first {
			return tok - first + 1
		}
		return 0
	}
	next := func(s int) int {
		if s == len(pieces) {
			return tinyEOS
		}
		return first + s
	}
	embd := make([]float32, vocab*d) // [vocab][d]
	for tok := range vocab {
		embd[tok*d+state(tok)] = 1
	}
	out := make([]float32, vocab*d) // [vocab][d]: row = logit of that token
	for s := range states {
		out[next(s)*d+s] = tinyLogit
	}

	ones := make([]float32, d)
	for i := range ones {
		ones[i] = 1
	}
	dim := uint64(d)
	ts := []ggml.Tensor{
		f32("token_embd.weight", embd, uint64(vocab), dim),
		f32("output_norm.weight", ones, dim),
		f32("output.weight", out, uint64(vocab), dim),
		f32("blk.0.attn_norm.weight", ones, dim),
		f32("blk.0.attn_q.weight", nil, dim, dim),
		f32("blk.0.attn_k.weight", nil, dim, dim),
		f32("blk.0.attn_v.weight", nil, dim, dim),
		f32("blk.0.attn_output.weight", nil, dim, dim),
		f32("blk.0.ffn_norm.weight", ones, dim),
		f32("blk.0.ffn_gate.weight", nil, tinyFF, dim),
		f32("blk.0.ffn_up.weight", nil, tinyFF, dim),
		f32("blk.0.ffn_down.weight", nil, dim, tinyFF),
	}
	kv := ggml.KV{
		"general.architecture":                   "llama",
		"general.name":                           "gantry-tiny",
		"general.file_type":                      uint32(0), // all f32
		"llama.context_length":                   uint32(4096),
		"llama.embedding_length":                 uint32(d),
		"llama.block_count":                      uint32(1),
		"llama.feed_forward_length":              uint32(tinyFF),
		"llama.attention.head_count":             uint32(1),
		"llama.attention.head_count_kv":          uint32(1),
		"llama.attention.layer_norm_rms_epsilon": float32(1e-5),
		"llama.rope.dimension_count":             uint32(d), // the head size, or llama.cpp rejects n_rot
		"llama.vocab_size":                       uint32(vocab),
		"tokenizer.ggml.model":                   "llama",
		"tokenizer.ggml.tokens":                  tokens,
		"tokenizer.ggml.scores":                  make([]float32, vocab),
		"tokenizer.ggml.token_type":              types,
		"tokenizer.ggml.unknown_token_id":        uint32(tinyUnk),
		"tokenizer.ggml.bos_token_id":            uint32(tinyBOS),
		"tokenizer.ggml.eos_token_id":            uint32(tinyEOS),
		"tokenizer.ggml.add_bos_token":           true,
		"tokenizer.ggml.add_eos_token":           false,
	}
	var f memFile
	if err := ggml.WriteGGUF(&f, kv, ts); err != nil {
		return nil, err
	}
	return f.buf, nil
}

// splitPieces cuts text into the tiny model's vocabulary pieces, spaces spelled "▁" as
// SentencePiece does. Each piece is unique and at least 3 characters long: llama.cpp's
// SentencePiece tokenizer only builds a token by merging two smaller tokens that exist,
// and with no 1- or 2-character tokens in the vocabulary no piece is ever formed from
// prompt text, which thus becomes byte tokens.
func splitPieces(text string) ([]string, error) {
	r := []rune(strings.ReplaceAll(text, " ", "▁"))
	if len(r) < 3 {
		return nil, fmt.Errorf("text %q is shorter than 3 characters", text)
	}
	used := map[string]bool{"<unk>": true, "<s>": true, "</s>": true}
	for b := 0; b < 256; b++ {
		used[fmt.Sprintf("<0x%02X>", b)] = true
	}
	var pieces []string
	for i := 0; i < len(r); {
		n := 3
		for len(r)-i-n >= 3 && used[string(r[i:i+n])] {
			n++
		}
		if len(r)-i-n < 3 {
			n = len(r) - i // a shorter rest could not stand alone
		}
		p := string(r[i : i+n])
		for used[p] && len(pieces) > 0 { // a repeated tail: glue it to the piece before
			prev := pieces[len(pieces)-1]
			pieces = pieces[:len(pieces)-1]
			delete(used, prev)
			p = prev + p
		}
		if used[p] {
			return nil, fmt.Errorf("text %q cannot be split into unique pieces", text)
		}
		used[p] = true
		pieces = append(pieces, p)
		i += n
	}
	return pieces, nil
}

// f32 makes an f32 tensor; shape is in PyTorch order (rows first) and nil data means
// zeros.
func f32(name string, data []float32, shape ...uint64) ggml.Tensor {
	n := uint64(1)
	for _, s := range shape {
		n *= s
	}
	if data == nil {
		data = make([]float32, n)
	}
	if uint64(len(data)) != n {
		panic(fmt.Sprintf("tensor %s: %d values for shape %v", name, len(data), shape))
	}
	return ggml.Tensor{Name: name, Kind: 0, Shape: shape, WriterTo: f32Data(data)}
}

type f32Data []float32

func (d f32Data) WriteTo(w io.Writer) (int64, error) {
	return int64(len(d) * 4), binary.Write(w, binary.LittleEndian, []float32(d))
}

// memFile is the io.WriteSeeker WriteGGUF needs, in memory.
type memFile struct {
	buf []byte
	off int64
}

func (f *memFile) Write(p []byte) (int, error) {
	if end := f.off + int64(len(p)); end > int64(len(f.buf)) {
		f.buf = append(f.buf, make([]byte, end-int64(len(f.buf)))...)
	}
	copy(f.buf[f.off:], p)
	f.off += int64(len(p))
	return len(p), nil
}

func (f *memFile) Seek(offset int64, whence int) (int64, error) {
	switch whence {
	case io.SeekStart:
	case io.SeekCurrent:
		offset += f.off
	case io.SeekEnd:
		offset += int64(len(f.buf))
	}
	if offset < 0 {
		return 0, errors.New("negative seek")
	}
	f.off = offset
	return offset, nil
}
