package openai

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"

	"github.com/gantry-dev/gantry/codegen"
)

// Status implements codegen.StatusReporter with GET /models: reachable when the server
// answers, able to insert when it lists the configured model (or lists none, as some
// single-model servers do).
func (b *Backend) Status(ctx context.Context) codegen.Status {
	st := codegen.Status{Backend: b.Name(), Model: b.cfg.Model, Host: b.cfg.BaseURL}
	ctx, cancel := context.WithTimeout(ctx, b.cfg.StatusTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.cfg.BaseURL+"/models", nil)
	if err != nil {
		st.Message = err.Error()
		return st
	}
	resp, err := b.do(req)
	if err != nil {
		st.Message = b.classify("models", b.cfg.Model, err).Error()
		return st
	}
	defer resp.Body.Close()
	st.Reachable = true
	var list struct {
		Data []struct {
			ID string `json:"id"`
		} `json:"data"`
	}
	_ = json.NewDecoder(resp.Body).Decode(&list)
	ids := make([]string, len(list.Data))
	for i, m := range list.Data {
		ids[i] = m.ID
	}
	switch {
	case b.cfg.Model == "":
		st.Message = "no model configured"
	// Ollama lists "name:latest" for a model asked for as "name".
	case len(ids) == 0 || slices.Contains(ids, b.cfg.Model) || slices.Contains(ids, b.cfg.Model+":latest"):
		st.CanInsert = true
	default:
		st.Message = "model " + b.cfg.Model + " is not served at " + b.cfg.BaseURL
	}
	return st
}
