" Minimal IEC 61131-3 Structured Text highlighting for editors without the tree-sitter
" parser (see README: grammars/st/queries/highlights.scm is the full version).
if exists('b:current_syntax') | finish | endif
syntax case ignore
syntax keyword stDecl PROGRAM END_PROGRAM FUNCTION_BLOCK END_FUNCTION_BLOCK FUNCTION END_FUNCTION METHOD END_METHOD TYPE END_TYPE STRUCT END_STRUCT VAR VAR_INPUT VAR_OUTPUT VAR_IN_OUT VAR_GLOBAL VAR_TEMP END_VAR CONSTANT RETAIN AT
syntax keyword stCtrl IF THEN ELSIF ELSE END_IF CASE OF END_CASE FOR TO BY DO END_FOR WHILE END_WHILE REPEAT UNTIL END_REPEAT EXIT RETURN CONTINUE
syntax keyword stOp AND OR XOR NOT MOD
syntax keyword stType BOOL BYTE WORD DWORD LWORD SINT INT DINT LINT USINT UINT UDINT ULINT REAL LREAL TIME STRING WSTRING ARRAY POINTER REFERENCE TON TOF TP R_TRIG F_TRIG CTU CTD
syntax keyword stConst TRUE FALSE
syntax match stNumber "\<\d[0-9_.]*\([eE][-+]\?\d\+\)\?\>"
syntax match stNumber "\<\d\+#[0-9a-fA-F_]\+\>"
syntax match stTime "\<\(T\|TIME\|LT\)#[0-9a-zA-Z_.]\+"
syntax match stAddress "%[IQM][XBWDL]\?[0-9.]\+"
syntax region stString start=+'+ end=+'+ oneline
syntax region stComment start="(\*" end="\*)" contains=@Spell
syntax match stComment "//.*$" contains=@Spell
hi def link stDecl Keyword
hi def link stCtrl Conditional
hi def link stOp Operator
hi def link stType Type
hi def link stConst Boolean
hi def link stNumber Number
hi def link stTime Number
hi def link stAddress Special
hi def link stString String
hi def link stComment Comment
let b:current_syntax = 'structured_text'
