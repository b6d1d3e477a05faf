// Package gantry is the module root of Gantry, an AI copilot for IEC 61131-3 Structured
// Text, G-code and Verilog/SystemVerilog served over the Language Server Protocol. The
// root holds no code: the command is cmd/gantry, the server lsp, the pipeline codegen and
// the grammars grammars. README.md has the commands that set it up, run it and test it.
package gantry
