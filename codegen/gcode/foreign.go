package gcode

import (
	"bytes"
	"github.com/gantry-dev/gantry/codegen/lazyregexp"
	"hash/maphash"
	"path/filepath"
	"strings"
	"sync"
)

// Some controllers write programs in a language of their own that only shares the ISO
// words with the G-code Gantry reads: Siemens Sinumerik (DEF declarations, labels and
// GOTOF/GOTOB, IF…ENDIF, CYCLE81(…) calls, frames), Heidenhain's conversational Klartext
// (BEGIN PGM … END PGM, L X+10 R0 FMAX) and its DIN/ISO files (blocks ending in `*`, G30/G31
// for the blank form), and Syntec's macro language (IF … THEN … END_IF, := assignments, @
// variables). Read as LinuxCNC or Fanuc code such a program gets a syntax error on nearly
// every line and rule findings whose claims do not hold on its controller. Gantry does not
// model these languages: it recognises them (by the controllers' own file extensions, or
// by constructs no dialect Gantry reads writes) and says once, on the first line, that the
// file is not checked, instead of reporting anything else.

// foreignDialect is a controller language Gantry recognises but does not read.
type foreignDialect struct {
	Name string // "Siemens Sinumerik"
	By   string // what it was recognised by
	What string // the constructs of the language Gantry does not model
	Note string // the whole message, for a file that is no program at all (a Git LFS pointer)
}

func (f *foreignDialect) message() string {
	if f.Note != "" {
		return f.Note
	}
	return f.Name + " program (recognised by " + f.By + "): not checked. Gantry reads LinuxCNC, Fanuc/Haas, Grbl and printer G-code; " +
		f.What + " are not modelled, so no syntax or rule check runs on this file"
}

const (
	sinumerikWhat  = "Sinumerik's own language (DEF variables, R parameters, labels and GOTOF/GOTOB, IF…ENDIF and loops, CYCLE…(…) calls, frames such as TRANS/ROT, its G groups)"
	klartextWhat   = "Heidenhain's conversational language (BEGIN PGM … END PGM, L/C/CC path blocks with R0/FMAX, TOOL CALL, CYCL DEF, Q parameters, LBL)"
	heidISOWhat    = "Heidenhain's DIN/ISO programming (blocks ending in *, G30/G31 blank form, G99 tool definition, its own G codes)"
	syntecMacWhat  = "Syntec's macro language (IF … THEN … END_IF, WHILE … END_WHILE, := assignments, @ variables, // comments, its system functions)"
	nameSinumerik  = "Siemens Sinumerik"
	nameKlartext   = "Heidenhain Klartext (conversational)"
	nameHeidISO    = "Heidenhain DIN/ISO"
	nameSyntecMacr = "Syntec macro"
	nameOkuma      = "Okuma OSP"
	namePlanetCNC  = "PlanetCNC"
	planetCNCWhat  = "PlanetCNC's script language (its expression functions such as NOTEXISTS[], DEF[], ACTIVE[], LNOT[], indexed #<name|#<i>> parameters, (name,…)/(dlg,…) dialog comments, its system parameters)"
	nameCNCjs      = "CNCjs macro"
	cncjsWhat      = "the sender's macro language (%name = … JavaScript assignments, [expression] values filled in before the controller sees the line)"
	nameEding      = "Eding CNC macro"
	edingWhat      = "Eding CNC's macro language (sub … endsub and gosub, if/while blocks without o-words, msg/dlgmsg/warnmsg/errmsg \"…\" messages, == and <> comparisons, its # system variables)"
	nameCNCSim     = "CNC Simulator"
	cncSimWhat     = "the simulator's $-commands (($Message(…)), ($SetPartSize(…)), $AddRegPart …), which its own manual says are no CNC codes, and the codes of its virtual machines"
	nameTemplate   = "Slicer template"
	templateWhat   = "the slicer's placeholder language ({if …}/{elsif …}/{else}/{endif} blocks, {name} and [name] placeholders such as S{first_layer_temperature[0]} or T[next_extruder], which the slicer fills in when it writes a print's G-code)"
	okumaWhat      = "Okuma's OSP language (VC… common variables, named sequence labels with IF/GOTO branches to them, CALL O… subprograms, its system variables)"
)

// foreignByExtension returns the foreign dialect a file's extension alone names: .mpf and
// .spf are Sinumerik's main and subprogram files.
func foreignByExtension(path string) *foreignDialect {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".mpf", ".spf":
		return &foreignDialect{Name: nameSinumerik, By: "its " + ext + " extension", What: sinumerikWhat}
	}
	return nil
}

var (
	reKlartextBegin = lazyregexp.New(`^(?:\d+\s+)?BEGIN\s+PGM\b`)
	reHeidISOHead   = lazyregexp.New(`^(?:N\d+\s*)?%\S+\s+G7[01]\s*\*`)
	reKlartextMove  = lazyregexp.New(`^(?:\d+\s+)?L\s+.*(?:\bFMAX\b|\bR[0LR]\b)`)
	reSinuCycle     = lazyregexp.New(`\b(?:CYCLE\d+|POCKET\d|SLOT\d|HOLES\d|LONGHOLE)\s*\(`)
	reSinuMsg       = lazyregexp.New(`\bMSG\s*\(\s*"`)
	reSinuGoto      = lazyregexp.New(`\bGOTO[FBCS]\b`)
	reSinuDef       = lazyregexp.New(`^DEF\s+(?:REAL|INT|BOOL|CHAR|STRING|AXIS|FRAME)\b`)
	reSinuProc      = lazyregexp.New(`^(?:PROC\s+[A-Z_]\w*|EXTERN\s+[A-Z_]\w*\s*\()`)
	reSinuEnd       = lazyregexp.New(`^(?:ENDIF|ENDWHILE|ENDFOR|ENDLOOP|UNTIL\b|REPEAT\b|LOOP\b)`)
	reSinuTrafo     = lazyregexp.New(`\b(?:TRAORI|TRAFOOF|TRANSMIT|TRACYL|SUPA|DIAMON|DIAMOF|DIAM90|CFTCP|FFWON)\b`)
	reSinuFrame     = lazyregexp.New(`^(?:A?TRANS|A?ROT|A?SCALE|A?MIRROR)\b`)
	reSinuAbs       = lazyregexp.New(`=\s*(?:AC|IC|DC|ACP|ACN)\s*\(`)
	reSinuTool      = lazyregexp.New(`\bT\s*=\s*"|\bCR\s*=|\bR\d+\s*=`)
	reSinuLabel     = lazyregexp.New(`^[A-Z_][A-Z0-9_]+:\s*$`)
	reSinuSysVar    = lazyregexp.New(`^\$[A-Z]{1,2}C?_[A-Z]|=\s*\$[A-Z]{1,2}C?_[A-Z]`)
	reSinuSysSet    = lazyregexp.New(`^\$[A-Z]{1,2}C?_[A-Z0-9_]+(?:\[[^\]]*\])?\s*=`)
	reSinuArray     = lazyregexp.New(`^[A-Z_][A-Z0-9_]{4,}\[[^\]]*\]\s*=`)
	reSinuAssign    = lazyregexp.New(`^[A-Z_][A-Z0-9_]*(?:\[[^\]]*\])?\s*=`)
	reSinuCall      = lazyregexp.New(`^(?:[A-Z_][A-Z0-9]*_[A-Z0-9_]*|[A-Z]{2,}[A-Z0-9_]*)\(`)
	reTemplateIf    = lazyregexp.New(`\{\s*(?:IF\b|ELSIF\b|ELSE\s*\}|ENDIF\s*\}|%)`)
	reTemplateValue = lazyregexp.New(`(?:^|[^A-Z_#<])[A-Z][+-]?(?:\{\s*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\])`)
	reSinuOldHead   = lazyregexp.New(`^%[MS]PF[ \t]*\d+[ \t]*$`)
	reOkumaHead     = lazyregexp.New(`^\$[A-Z0-9_-]+\.(?:MIN|SSB|SDF|LIB|MAC|SUB)\b`)
	reOkumaVar      = lazyregexp.New(`\bVC\d+\b|\bV(?:DIN|DOUT|TOF[A-Z]*|ZOF[A-Z]*|NTOL|MCOD|S\d+)\b`)
	reOkumaLabel    = lazyregexp.New(`^N[A-Z][A-Z0-9]*\b|\bGOTO\s+N[A-Z]|^IF\s*\[.*\]\s*N[A-Z]`)
	reOkumaCall     = lazyregexp.New(`^CALL\s+O[A-Z0-9]+`)
	reINISection    = lazyregexp.New(`(?m)^\[[A-Za-z][A-Za-z0-9_ .-]*\]\s*$`)
	reKlarTool      = lazyregexp.New(`^TOOL CALL\b`)
	reKlarCycl      = lazyregexp.New(`^CYCL DEF\b`)
	reKlarBlk       = lazyregexp.New(`^BLK FORM\b`)
	reKlarLbl       = lazyregexp.New(`^(?:CALL )?LBL\b`)
	reKlarEnd       = lazyregexp.New(`^END PGM\b`)
	reKlarFn        = lazyregexp.New(`^FN\s*\d+\s*:`)
	reSyntecEnd     = lazyregexp.New(`^(?:END_IF|END_WHILE|END_FOR|END_REPEAT|END_CASE)\b`)
	reSyntecMarks   = lazyregexp.New(`@\d+|\bR_SYS_INFO\b|\bSYSVAR\s*\[|\bMSG_OK\s*\[|\bINPUT\s*\[|#\d+\s*:=`)
	reSyntecIf      = lazyregexp.New(`^IF\b.*[<>]|==`)
	reSyntecAtSet   = lazyregexp.New(`^@\d+\s*=`)
	rePlanetName    = lazyregexp.New(`^\(NAME\s*,`)
	rePlanetDialog  = lazyregexp.New(`^\((?:DLGNAME|DLGNEW|DLG|DLGSHOW|DLGHIDE)\s*[,)]`)
	rePlanetIndex   = lazyregexp.New(`#<[^<>\s]*\|#?<?[A-Z0-9_]`)
	rePlanetFunc    = lazyregexp.New(`\b(?:NOTEXISTS|DEFNZ|DEF|NAN|DATETIME|ACTIVE|LNOT|EXPR|EXP2|FLOOR|TOWORK|TOMACH)\s*\[`)
	reCNCjsAssign   = lazyregexp.New(`^%[A-Z_][A-Z0-9_.]*\s*=`)
	reEdingSub      = lazyregexp.New(`^SUB\s+[A-Z_][A-Z0-9_]*\s*(?:;.*)?$`)
	reEdingGosub    = lazyregexp.New(`^GOSUB\s+[A-Z_][A-Z0-9_]*\b`)
	reEdingMsg      = lazyregexp.New(`^(?:DLG|WARN|ERR)?MSG\s*"`)
	reCNCSimCmd     = lazyregexp.New(`^\(\s*\$[A-Z][A-Z0-9]+\(|^\$ADDREGPART\b`)
)

// foreignByContent looks at the text's head (the first foreignScanBytes) for a language Gantry
// does not read. A construct that only that controller writes settles it alone (a Klartext
// BEGIN PGM block, a Heidenhain ISO header `%NAME G71 *`, a Sinumerik `%_N_` header, `;$PATH=`
// line, DEF declaration or PROC header, a Syntec %@MACRO line or END_IF, a PlanetCNC
// function or indexed parameter, a CNCjs %name = … line); otherwise two
// different constructs of that language must appear, so a Fanuc program with a `;` comment
// or a stray word is never taken for one.
func foreignByContent(text []byte) *foreignDialect {
	head := text
	if len(head) > foreignScanBytes {
		head = head[:foreignScanBytes]
	}
	h := maphash.Bytes(foreignSeed, head)
	foreignMu.Lock()
	f, ok := foreignCache[h]
	foreignMu.Unlock()
	if ok {
		return f
	}
	f = scanForeign(head)
	foreignMu.Lock()
	if len(foreignCache) >= 256 {
		clear(foreignCache)
	}
	foreignCache[h] = f
	foreignMu.Unlock()
	return f
}

// foreignScanBytes is how much of a text's head foreignByContent reads: these languages
// show on their first few hundred blocks.
const foreignScanBytes = 16 << 10

// The scan's results by the hash of the head read: the settings are worked out on every
// check of a document, and its head rarely changes between two.
var (
	foreignSeed  = maphash.MakeSeed()
	foreignMu    sync.Mutex
	foreignCache = map[uint64]*foreignDialect{}
)

// scanForeign is foreignByContent without the cache.
func scanForeign(head []byte) *foreignDialect {
	up := bytes.ToUpper(head)
	sinu := map[string]bool{}
	oku := map[string]bool{}
	klar := map[string]bool{}
	syn := map[string]bool{}
	planet := map[string]bool{}
	eding := map[string]bool{}
	isoStar, blocks := 0, 0
	oword, g65 := false, false // PlanetCNC calls its numbered scripts with G65 among o<name> blocks
	for len(up) > 0 {
		var raw []byte
		if i := bytes.IndexByte(up, '\n'); i >= 0 {
			raw, up = up[:i], up[i+1:]
		} else {
			raw, up = up, nil
		}
		raw = bytes.TrimSpace(raw)
		if len(raw) == 0 {
			continue
		}
		if (raw[0] == '(' || raw[0] == '$') && len(raw) > 2 && reCNCSimCmd.Match(raw) {
			return &foreignDialect{Name: nameCNCSim, By: "its " + cncSimCommand(head, raw) + " simulator command", What: cncSimWhat}
		}
		switch raw[0] {
		case '(':
			switch {
			case rePlanetName.Match(raw):
				planet["a (name,…) header"] = true
			case rePlanetDialog.Match(raw):
				planet["(dlg,…) dialog comments"] = true
			}
			continue
		case '%', ';', '$', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'B', 'N':
			// the headers that settle a language alone start with one of these
			if f := foreignHeader(string(raw)); f != nil {
				return f
			}
		case '/':
			if len(raw) > 1 && raw[1] == '/' {
				syn["// comments"] = true
				continue
			}
		}
		if raw[0] == ';' {
			continue
		}
		blocks++
		if bytes.HasSuffix(raw, []byte(" *")) || bytes.HasSuffix(raw, []byte("\t*")) {
			isoStar++
		}
		g65 = g65 || bytes.HasPrefix(raw, []byte("G65 ")) || bytes.HasPrefix(raw, []byte("G65P"))
		if !foreignCandidate(raw) {
			continue // a plain ISO block: no construct of these languages on it
		}
		l := string(raw)
		// the block without its ; comment, and without the block number; plain keeps
		// MSG("…") and CYCLE81(…), code drops (…) comments too
		plain := l
		if i := strings.IndexByte(plain, ';'); i >= 0 {
			plain = strings.TrimSpace(plain[:i])
		}
		code := plain
		if strings.IndexByte(code, '(') >= 0 {
			code = dropParenComments(plain)
		}
		if i := strings.Index(code, " //"); i >= 0 {
			syn["// comments"] = true
			code = strings.TrimSpace(code[:i])
		}
		if strings.ContainsAny(code, "{[") {
			// a slicer's custom G-code (start, end, layer and tool change templates, which
			// PrusaSlicer, OrcaSlicer, Bambu Studio and Cura expand into the print): a
			// conditional block, or a placeholder where a word's value goes; RepRapFirmware's
			// {move.axes[0].max} and LinuxCNC's [#<_x> + 1] and #<_ini[AXIS_Z]MAX_LIMIT> are
			// neither
			if reTemplateIf.MatchString(code) {
				return &foreignDialect{Name: nameTemplate, By: "its {if …}/{endif} blocks", What: templateWhat}
			}
			if reTemplateValue.MatchString(code) {
				return &foreignDialect{Name: nameTemplate, By: "a {name} or [name] placeholder as a word's value", What: templateWhat}
			}
		}
		body := stripBlockNumber(code)
		oword = oword || strings.HasPrefix(body, "O<")
		switch {
		case reSinuDef.MatchString(body):
			return &foreignDialect{Name: nameSinumerik, By: "its DEF declaration", What: sinumerikWhat}
		case reSinuProc.MatchString(body):
			return &foreignDialect{Name: nameSinumerik, By: "its PROC header", What: sinumerikWhat}
		case reSinuSysSet.MatchString(body):
			return &foreignDialect{Name: nameSinumerik, By: "its assignment to a $ system variable", What: sinumerikWhat}
		case reSinuArray.MatchString(body):
			return &foreignDialect{Name: nameSinumerik, By: "its assignment to an array variable", What: sinumerikWhat}
		case reSyntecEnd.MatchString(body):
			return &foreignDialect{Name: nameSyntecMacr, By: "its " + strings.Fields(body)[0], What: syntecMacWhat}
		case strings.IndexByte(code, '|') >= 0 && rePlanetIndex.MatchString(code):
			return &foreignDialect{Name: namePlanetCNC, By: "its #<name|#<i>> indexed parameter", What: planetCNCWhat}
		case strings.IndexByte(code, '[') >= 0 && rePlanetFunc.MatchString(code):
			return &foreignDialect{Name: namePlanetCNC, By: "its " + strings.TrimSpace(strings.TrimSuffix(rePlanetFunc.FindString(code), "[")) + "[] function", What: planetCNCWhat}
		}
		texts := [...]string{onPlain: plain, onCode: code, onBody: body, onPlainBody: stripBlockNumber(plain)}
		for _, m := range foreignMarks {
			t := texts[m.on]
			hinted := false
			for _, h := range m.hint {
				hinted = hinted || strings.Contains(t, h)
			}
			if hinted && m.re.MatchString(t) {
				switch m.lang {
				case nameSinumerik:
					sinu[m.name] = true
				case nameKlartext:
					klar[m.name] = true
				case nameOkuma:
					oku[m.name] = true
				case nameSyntecMacr:
					syn[m.name] = true
				case namePlanetCNC:
					planet[m.name] = true
				case nameEding:
					eding[m.name] = true
				}
			}
		}
	}
	if by := twoOf(klar); by != "" {
		return &foreignDialect{Name: nameKlartext, By: by, What: klartextWhat}
	}
	if by := twoOf(oku); by != "" {
		return &foreignDialect{Name: nameOkuma, By: by, What: okumaWhat}
	}
	if by := twoOf(sinu); by != "" {
		return &foreignDialect{Name: nameSinumerik, By: by, What: sinumerikWhat}
	}
	if by := twoOf(syn); by != "" {
		return &foreignDialect{Name: nameSyntecMacr, By: by, What: syntecMacWhat}
	}
	if oword && g65 {
		planet["G65 calls beside o<name> blocks"] = true
	}
	if by := twoOf(planet); by != "" {
		return &foreignDialect{Name: namePlanetCNC, By: by, What: planetCNCWhat}
	}
	if by := twoOf(eding); by != "" {
		return &foreignDialect{Name: nameEding, By: by, What: edingWhat}
	}
	if isoStar >= 3 && isoStar*2 > blocks {
		return &foreignDialect{Name: nameHeidISO, By: "its blocks ending in *", What: heidISOWhat}
	}
	return nil
}

// cncSimCommand names the CNC Simulator $-command the upper-case block raw starts with, as
// the text head spells it: `($Message(…))`, `$AddRegPart`.
func cncSimCommand(head, raw []byte) string {
	i := bytes.IndexByte(raw, '$')
	j := i + 1
	for j < len(raw) && (isLetter(raw[j]) || isDigit(raw[j])) {
		j++
	}
	name := string(raw[i:j])
	if k := bytes.Index(bytes.ToUpper(head), raw[i:j]); k >= 0 {
		name = string(head[k : k+j-i])
	}
	if raw[0] == '(' {
		return "(" + name + "(…))"
	}
	return name
}

// foreignHeader returns the language a header line settles alone, or nil.
func foreignHeader(l string) *foreignDialect {
	switch {
	case strings.HasPrefix(l, "%_N_"):
		return &foreignDialect{Name: nameSinumerik, By: "its %_N_ program header", What: sinumerikWhat}
	case (strings.HasPrefix(l, "%MPF") || strings.HasPrefix(l, "%SPF")) && reSinuOldHead.MatchString(l):
		// the older Sinumerik controls (3, 8, 810/820, 850/880) head a main program
		// %MPF 90 and a subprogram %SPF 925 (called L925), with @ codes and R parameters
		return &foreignDialect{Name: nameSinumerik, By: "its " + strings.Join(strings.Fields(l), " ") + " program header", What: sinumerikWhat}
	case strings.HasPrefix(l, ";$PATH="):
		return &foreignDialect{Name: nameSinumerik, By: "its ;$PATH= line", What: sinumerikWhat}
	case strings.HasPrefix(l, "%@MACRO"):
		return &foreignDialect{Name: nameSyntecMacr, By: "its %@MACRO line", What: syntecMacWhat}
	case l[0] == '%' && reCNCjsAssign.MatchString(l):
		return &foreignDialect{Name: nameCNCjs, By: "its %" + strings.TrimSpace(strings.SplitN(l[1:], "=", 2)[0]) + " = … line", What: cncjsWhat}
	case strings.Contains(l, "BEGIN") && reKlartextBegin.MatchString(l):
		return &foreignDialect{Name: nameKlartext, By: "its BEGIN PGM block", What: klartextWhat}
	case strings.Contains(l, "%") && reHeidISOHead.MatchString(l):
		return &foreignDialect{Name: nameHeidISO, By: "its %NAME G71 * header", What: heidISOWhat}
	case l[0] == '$' && reOkumaHead.MatchString(l):
		return &foreignDialect{Name: nameOkuma, By: "its $NAME." + strings.TrimSuffix(strings.SplitN(strings.Fields(l)[0], ".", 2)[1], "%") + " header", What: okumaWhat}
	}
	return nil
}

// foreignCandidate is a cheap test that a block may hold a construct of a language Gantry
// does not read: the bytes of assignments, strings, labels, arrays, system variables or
// Syntec's operators, a block that starts with a word of letters (a keyword, a name), or
// one of the few keywords written among ISO words (G0 SUPA Z0, GOTOF on an IF line).
// A plain CAM block (G1 X1 Y2 F300) is none of these, so the head of a million-line
// program is read in well under a millisecond.
func foreignCandidate(raw []byte) bool {
	if bytes.ContainsAny(raw, "=\"@$[:<>{") {
		return true
	}
	b := raw
	if b[0] == 'N' || isDigit(b[0]) {
		i := 1
		for i < len(b) && isDigit(b[i]) {
			i++
		}
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		b = b[i:]
	}
	if len(b) >= 2 && isLetter(b[0]) && isLetter(b[1]) {
		return true // IF, DEF, TOOL CALL, L X+1 is below, MCALL, TRANS, VC1, a label
	}
	if len(b) >= 2 && isLetter(b[0]) && (b[1] == ' ' || b[1] == '\t') {
		return true // a Klartext L/C/CC block
	}
	for _, k := range foreignKeywords {
		if bytes.Contains(raw, k) {
			return true
		}
	}
	return false
}

var foreignKeywords = [][]byte{[]byte("SUPA"), []byte("TRA"), []byte("DIAM"), []byte("GOTO"), []byte("CFTCP"), []byte("FFWON"),
	[]byte("CYCLE"), []byte("MSG"), []byte("POCKET"), []byte("SLOT"), []byte("HOLES"), []byte("FMAX"), []byte(" VC")}

// stripBlockNumber drops a leading N number (or Klartext block number) and the blanks
// after it.
func stripBlockNumber(s string) string {
	i := 0
	if strings.HasPrefix(s, "N") {
		i = 1
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || i == 0 && (j == len(s) || s[j] != ' ' && s[j] != '\t') {
		return s // no number, or a bare number run into a word
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return s[j:]
}

// dropParenComments replaces each (…) comment of s by a blank.
func dropParenComments(s string) string {
	var sb strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' && depth == 0:
			depth = 1
			sb.WriteByte(' ')
		case c == ')' && depth == 1:
			depth = 0
		case depth == 0:
			sb.WriteByte(c)
		}
	}
	return strings.TrimSpace(sb.String())
}

// foreignText names which form of a block a mark is looked for in.
type foreignText int

const (
	onPlain     foreignText = iota // without the ; comment
	onCode                         // without comments
	onBody                         // without comments and the block number
	onPlainBody                    // without the ; comment and the block number
)

// foreignMarks are the constructs that, two of a kind's at least, tell a language.
// hint lists strings one of which the text must hold for the pattern to be tried (the
// patterns are the slow part of the scan).
var foreignMarks = []struct {
	lang, name string
	re         *lazyregexp.Regexp
	on         foreignText
	hint       []string
}{
	{nameSinumerik, "MSG(\"…\")", reSinuMsg, onPlain, []string{"MSG"}},
	{nameSinumerik, "CYCLE…(…) calls", reSinuCycle, onPlain, []string{"("}},
	{nameSinumerik, "subprogram calls with arguments", reSinuCall, onPlainBody, []string{"("}},
	{nameSinumerik, "=AC(…)/=IC(…) values", reSinuAbs, onPlain, []string{"C("}},
	{nameSinumerik, "GOTOF/GOTOB", reSinuGoto, onCode, []string{"GOTO"}},
	{nameSinumerik, "ENDIF/ENDWHILE/ENDFOR", reSinuEnd, onBody, []string{"END", "UNTIL", "REPEAT", "LOOP"}},
	{nameSinumerik, "SUPA/TRAORI-style words", reSinuTrafo, onCode, []string{"SUPA", "TRA", "DIAM", "CFTCP", "FFWON"}},
	{nameSinumerik, "TRANS/ROT frames", reSinuFrame, onBody, []string{"TRANS", "ROT", "SCALE", "MIRROR"}},
	{nameSinumerik, "T=\"…\", CR= or R-parameter assignments", reSinuTool, onCode, []string{"="}},
	{nameSinumerik, "labels", reSinuLabel, onBody, []string{":"}},
	{nameSinumerik, "$ system variables", reSinuSysVar, onBody, []string{"$"}},
	{nameSinumerik, "variable assignments", reSinuAssign, onBody, []string{"="}},
	{nameKlartext, "TOOL CALL", reKlarTool, onBody, []string{"TOOL"}},
	{nameKlartext, "CYCL DEF", reKlarCycl, onBody, []string{"CYCL"}},
	{nameKlartext, "BLK FORM", reKlarBlk, onBody, []string{"BLK"}},
	{nameKlartext, "LBL", reKlarLbl, onBody, []string{"LBL"}},
	{nameKlartext, "END PGM", reKlarEnd, onBody, []string{"PGM"}},
	{nameKlartext, "L … FMAX/R0 blocks", reKlartextMove, onCode, []string{"FMAX", " R0", " RL", " RR"}},
	{nameKlartext, "FN", reKlarFn, onBody, []string{"FN"}},
	{nameOkuma, "VC variables", reOkumaVar, onBody, []string{"V"}},
	{nameOkuma, "named sequence labels", reOkumaLabel, onBody, []string{"N"}},
	{nameOkuma, "CALL O… subprograms", reOkumaCall, onBody, []string{"CALL"}},
	{nameSyntecMacr, "@ variables, := or system functions", reSyntecMarks, onCode, []string{"@", "R_SYS", "SYSVAR", "MSG_OK", "INPUT", ":="}},
	{nameSyntecMacr, "comparisons written ==, <> or <", reSyntecIf, onBody, []string{"IF", "=="}},
	{nameSyntecMacr, "assignments to @ variables", reSyntecAtSet, onBody, []string{"@"}},
	{nameEding, "sub … endsub blocks without o-words", reEdingSub, onPlainBody, []string{"SUB"}},
	{nameEding, "gosub calls", reEdingGosub, onBody, []string{"GOSUB"}},
	{nameEding, "msg/dlgmsg \"…\" messages", reEdingMsg, onPlainBody, []string{"MSG"}},
}

// twoOf names two of the constructs found, or "" when fewer than two kinds were.
func twoOf(found map[string]bool) string {
	if len(found) < 2 {
		return ""
	}
	var names []string
	for n := range found {
		names = append(names, n)
	}
	// deterministic: sorted
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			if names[j] < names[i] {
				names[i], names[j] = names[j], names[i]
			}
		}
	}
	return names[0] + " and " + names[1]
}

// detectForeign returns the foreign dialect of the text at path, or nil. The extension
// decides first; the content is looked at unless the configuration names the dialect.
func detectForeign(path string, head []byte, explicit bool) *foreignDialect {
	if f := foreignByExtension(path); f != nil {
		return f
	}
	if f := lfsPointer(head); f != nil {
		return f // whatever the dialect: the program is not in the file
	}
	if f := scriptFile(head); f != nil {
		return f // whatever the dialect: no G-code at all
	}
	if explicit {
		return nil
	}
	return foreignByContent(head)
}

// lfsPointer returns the finding's subject when the text is a Git LFS pointer file: a
// repository that keeps its programs in Git LFS holds, in a checkout made without LFS (a CI
// job's plain clone), a few lines in their place — `version https://git-lfs.github.com/spec/v1`,
// `oid sha256:…`, `size …` (the Git LFS pointer specification: the version key comes first,
// the keys are sorted, and a pointer is under 1024 bytes). Read as G-code every line of it
// is a syntax error, though the program itself may be fine; nothing in it can be checked.
func lfsPointer(head []byte) *foreignDialect {
	if len(head) >= 1024 {
		return nil
	}
	if !bytes.HasPrefix(head, []byte("version https://git-lfs.github.com/spec/")) &&
		!bytes.HasPrefix(head, []byte("version https://hawser.github.com/spec/")) {
		return nil
	}
	if !bytes.Contains(head, []byte("\noid ")) {
		return nil
	}
	return &foreignDialect{Name: "Git LFS pointer", By: "its version https://git-lfs.github.com/spec line",
		Note: "Git LFS pointer, not the program: the program is stored in Git LFS and this checkout holds only its pointer (version, oid, size); fetch it (git lfs pull) to check it"}
}

// scriptFile returns the finding's subject when the text is an executable script: its first
// line is an interpreter line, `#!/usr/bin/python3` (no G-code dialect starts a line with
// `#!`). LinuxCNC runs such files for the user M codes M100–M199 (an executable named
// M101 in the program folder) and as program filters, and configurations keep them beside
// their G-code, sometimes under a G-code extension; read as G-code each line is a syntax
// error, or a Python script's calls pass for another controller's language.
func scriptFile(head []byte) *foreignDialect {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	if !bytes.HasPrefix(head, []byte("#!")) {
		return nil
	}
	line := head
	if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
		line = line[:i]
	}
	interp := strings.TrimSpace(string(line[2:]))
	if interp == "" || interp[0] != '/' || len(interp) > 200 {
		return nil
	}
	return &foreignDialect{Name: "Executable script", By: "its " + string(line) + " line",
		Note: "executable script (" + string(line) + "), not G-code: LinuxCNC runs such a file as a user M code (M100–M199) or a program filter; it is not checked"}
}

// claimsForeignFile reports whether a file of an extension other tools use too is a
// program of a controller: an .mpf or .spf file is a Sinumerik program unless it is an
// INI-style file (a ModelSim project: `[Library]` sections); an .h (a C header) or .i (a
// preprocessed C file) is a Heidenhain program when its first block is BEGIN PGM (Klartext)
// or a `%NAME G71 *` header (DIN/ISO), as the TNC writes every program.
func claimsForeignFile(path string, head []byte) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	if ext == ".mpf" || ext == ".spf" {
		return !reINISection.Match(head)
	}
	if ext != ".h" && ext != ".i" {
		return false
	}
	for _, raw := range bytes.Split(head, []byte("\n")) {
		l := string(bytes.ToUpper(bytes.TrimSpace(raw)))
		if l == "" {
			continue
		}
		if ext == ".h" {
			return reKlartextBegin.MatchString(l)
		}
		return reHeidISOHead.MatchString(l)
	}
	return false
}
