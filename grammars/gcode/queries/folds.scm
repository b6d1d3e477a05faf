; G-code is line structured: every statement (o-word sub/if/while, Fanuc WHILE/END) is its
; own line and the parser builds no nested blocks, so fold ranges for o100 sub … o100 endsub
; and WHILE … END are computed in Go by matching labels. The only multi-node region the
; tree gives is a run of o-call arguments.
(argument_list) @fold
