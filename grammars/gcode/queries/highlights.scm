; Comments and messages
(comment) @comment
(checksum) @comment
(message) @string.special
(message_text) @string
(string) @string
(print_format) @string

; Block structure of a line
(line_number) @label
(block_delete) @punctuation.special
(percent) @punctuation.special
(program_number) @label
(label_name) @label

; Words: G and M codes stand out, other letters are addresses
((word letter: (letter) @keyword)
  (#match? @keyword "^[GgMm]$"))
((word letter: (letter) @_code_letter value: (number) @keyword)
  (#match? @_code_letter "^[GgMm]$"))
(letter) @property
(number) @number

; Parameters
(numbered_parameter) @variable
(named_parameter) @variable
(indirect_parameter "#" @variable)
(parameter_assignment target: (_) @variable)

; Expressions
(function_name) @function.builtin

[
  "+"
  "-"
  "*"
  "/"
  "**"
  "="
  "MOD"
  "AND"
  "OR"
  "XOR"
  "EQ"
  "NE"
  "GT"
  "GE"
  "LT"
  "LE"
] @operator

[
  "["
  "]"
] @punctuation.bracket

"," @punctuation.delimiter

; LinuxCNC o-words
[
  "SUB"
  "ENDSUB"
  "CALL"
  "RETURN"
] @keyword.function

[
  "IF"
  "ELSEIF"
  "ELSE"
  "ENDIF"
  "THEN"
] @keyword.conditional

[
  "WHILE"
  "ENDWHILE"
  "DO"
  "REPEAT"
  "ENDREPEAT"
  "BREAK"
  "CONTINUE"
  "END"
  "GOTO"
] @keyword.repeat

; Fanuc output
[
  "DPRNT"
  "BPRNT"
  "POPEN"
  "PCLOS"
] @function.builtin

; Grbl
(grbl_command "$" @punctuation.special)
(grbl_name) @constant.builtin
