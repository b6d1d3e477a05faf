package lsp

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/sourcegraph/jsonrpc2"
	"go.lsp.dev/protocol"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/plot"
)

// plotOptions are gantry.plot's second argument.
type plotOptions struct {
	View  string `json:"view"`
	Width int    `json:"width"`
	// Preview is a suggestion not yet accepted: the picture shows the document with Text in
	// place of Range, its moves highlighted, and the findings the gate would see.
	Preview *struct {
		Range protocol.Range `json:"range"`
		Text  string         `json:"text"`
	} `json:"preview"`
}

// plotResult is gantry.plot's answer.
type plotResult struct {
	SVG  string `json:"svg"`
	View string `json:"view"`
}

// plotToolpath answers gantry.plot [uri, {view, width, preview}] with the SVG picture of an
// open G-code document's toolpath (see codegen/plot); nothing is written to disk.
func (s *Server) plotToolpath(ctx context.Context, args []json.RawMessage) (any, error) {
	var uri protocol.DocumentURI
	var opt plotOptions
	if len(args) < 1 || len(args) > 2 || json.Unmarshal(args[0], &uri) != nil || (len(args) == 2 && json.Unmarshal(args[1], &opt) != nil) {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdPlot + ": want [uri, {view, width, preview: {range, text}}]"}
	}
	if opt.View == "" {
		opt.View = "xy"
	}
	view, err := plot.ParseView(opt.View)
	if err != nil {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdPlot + ": " + err.Error()}
	}
	d, f, err := s.analysable(uri)
	if err != nil {
		return nil, err
	}
	if d.pack.ID() != "gcode" {
		return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdPlot + ": " + d.path + " is not a G-code file"}
	}
	po := plot.Options{View: view, Width: opt.Width, Title: d.path}
	if opt.Preview != nil {
		start, err1 := s.offset(f.Lines, opt.Preview.Range.Start)
		end, err2 := s.offset(f.Lines, opt.Preview.Range.End)
		if err1 != nil || err2 != nil || end < start {
			return nil, &jsonrpc2.Error{Code: jsonrpc2.CodeInvalidParams, Message: cmdPlot + ": the preview's range is not in the document"}
		}
		f, err = f.Splice(ctx, start, end, opt.Preview.Text)
		if err != nil {
			return nil, err
		}
		first := f.Lines.LineOf(start)
		po.Preview = [2]int{first, first + strings.Count(strings.TrimSuffix(opt.Preview.Text, "\n"), "\n") + 1}
	}
	svg, err := plot.Program(ctx, d.pack, codegen.CheckRequest{Path: d.path, File: f, Config: s.configFor(d.path), Workspace: s.workspace}, po)
	if err != nil {
		return nil, err
	}
	return plotResult{SVG: svg, View: string(view)}, nil
}
