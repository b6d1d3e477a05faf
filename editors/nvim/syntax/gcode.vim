" Minimal G-code highlighting (grammars/gcode/queries/highlights.scm is the full version).
if exists('b:current_syntax') | finish | endif
syntax case ignore
syntax match gcodeG "\<G\s*\d\+\(\.\d\+\)\?"
syntax match gcodeM "\<M\s*\d\+"
syntax match gcodeAxis "\<[XYZABCIJKRUVW]\s*[-+]\?[0-9.]\+"
syntax match gcodeFeed "\<[FSTHDPQ]\s*[-+]\?[0-9.]\+"
syntax match gcodeLine "^\s*N\d\+"
syntax match gcodeParam "#<\?\w\+>\?"
syntax match gcodeComment ";.*$"
syntax match gcodeComment "([^)]*)"
syntax match gcodePercent "^\s*%.*$"
hi def link gcodeG Statement
hi def link gcodeM Function
hi def link gcodeAxis Number
hi def link gcodeFeed Constant
hi def link gcodeLine LineNr
hi def link gcodeParam Identifier
hi def link gcodeComment Comment
hi def link gcodePercent PreProc
let b:current_syntax = 'gcode'
