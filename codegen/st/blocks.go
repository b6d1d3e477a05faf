package st

import (
	"strings"

	"github.com/gantry-dev/gantry/codegen"
	"github.com/gantry-dev/gantry/codegen/config"
)

var _ codegen.BlockKeywords = (*Pack)(nil)

// InnerErrors implements codegen.InnerErrors: a block that recovery turned into one ERROR
// node (`#REGION` … `#END_REGION` in a long block) is reported by the errors inside it.
func (*Pack) InnerErrors() bool { return true }

// BlockPairs implements codegen.BlockKeywords: the keywords that open and close ST blocks,
// so a syntax error can name the END_ keyword that is missing.
func (*Pack) BlockPairs() [][2]string {
	return [][2]string{
		{"PROGRAM", "END_PROGRAM"}, {"FUNCTION_BLOCK", "END_FUNCTION_BLOCK"}, {"FUNCTION", "END_FUNCTION"},
		{"METHOD", "END_METHOD"}, {"PROPERTY", "END_PROPERTY"}, {"ACTION", "END_ACTION"},
		{"INTERFACE", "END_INTERFACE"}, {"NAMESPACE", "END_NAMESPACE"}, {"TYPE", "END_TYPE"},
		{"STRUCT", "END_STRUCT"}, {"UNION", "END_UNION"},
		{"VAR", "END_VAR"}, {"VAR_INPUT", "END_VAR"}, {"VAR_OUTPUT", "END_VAR"}, {"VAR_IN_OUT", "END_VAR"},
		{"VAR_GLOBAL", "END_VAR"}, {"VAR_EXTERNAL", "END_VAR"}, {"VAR_TEMP", "END_VAR"}, {"VAR_STAT", "END_VAR"},
		{"VAR_INST", "END_VAR"}, {"VAR_CONFIG", "END_VAR"},
		{"IF", "END_IF"}, {"CASE", "END_CASE"}, {"FOR", "END_FOR"}, {"WHILE", "END_WHILE"}, {"REPEAT", "END_REPEAT"},
		{"REGION", "END_REGION"}, {"ORGANIZATION_BLOCK", "END_ORGANIZATION_BLOCK"}, {"DATA_BLOCK", "END_DATA_BLOCK"},
	}
}

var _ codegen.FileClaimer = (*Pack)(nil)

// ContentExtensions implements codegen.FileClaimer: PLCopen XML exports, TIA Portal data
// block sources, B&R declaration files (bnr.go) and CODESYS 2.3 exports (export.go) carry
// extensions other files share.
func (*Pack) ContentExtensions() []string {
	return []string{".xml", ".db", ".var", ".typ", ".fun", ".exp"}
}

// ClaimsFile implements codegen.FileClaimer for PLCopen XML exports and data block sources.
func (*Pack) ClaimsFile(path string, head []byte) bool { return ClaimsFile(path, head) }

var _ codegen.Conventions = (*Pack)(nil)

// Conventions implements codegen.Conventions for generation: the dialect and the rules the
// code must keep.
func (*Pack) Conventions(cfg *config.Config) string {
	var sb strings.Builder
	if dialectOf("", cfg, nil) == DialectSCL {
		sb.WriteString("Dialect: Siemens TIA Portal SCL (FUNCTION_BLOCK \"Name\" … BEGIN … END_FUNCTION_BLOCK, #local variables, REGION).\n")
	} else {
		sb.WriteString("Dialect: IEC 61131-3 Structured Text as CODESYS/TwinCAT write it: declare every variable in a VAR section, end every construct with its END_ keyword and statements with ';'.\n")
	}
	sb.WriteString("Never assign a VAR_INPUT or an %I input address; no WHILE TRUE loops without EXIT; guard divisions; give CASE an ELSE branch.\n")
	if len(SettingsOf(cfg).Protected) > 0 {
		sb.WriteString("Never write these protected signals: " + strings.Join(SettingsOf(cfg).Protected, ", ") + ".\n")
	}
	return sb.String()
}
