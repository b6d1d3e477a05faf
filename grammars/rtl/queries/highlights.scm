; Keywords
[
  "module" "macromodule" "endmodule" "interface" "endinterface" "package" "endpackage"
  "begin" "end" "fork" "join" "join_any" "join_none"
  "generate" "endgenerate" "genvar"
  "function" "endfunction" "task" "endtask" "return"
  "typedef" "enum" "struct" "union" "packed" "tagged"
  "parameter" "localparam" "defparam" "type"
  "assign" "always" "always_ff" "always_comb" "always_latch" "initial" "final"
  "modport" "import" "export"
  "property" "endproperty" "sequence" "endsequence"
  "timeunit" "timeprecision"
  "static" "automatic" "const" "var" "rand" "randc"
  "class" "endclass" "extends" "implements" "virtual" "pure" "extern" "local" "protected"
  "new" "constraint" "soft" "dist" "solve" "before"
  "covergroup" "endgroup" "coverpoint" "cross" "bins" "illegal_bins" "ignore_bins" "wildcard"
  "binsof" "intersect" "clocking" "endclocking" "program" "endprogram" "checker" "endchecker"
  "let" "bind" "alias" "nettype" "primitive" "endprimitive" "table" "endtable"
  "specify" "endspecify" "specparam" "config" "endconfig" "design" "liblist" "use"
  "randcase" "randsequence" "expect" "wait_order"
] @keyword

[
  "and" "within" "throughout" "first_match" "until" "s_until" "implies" "nexttime"
  "s_eventually" "eventually" "s_always"
] @keyword.operator

[(this) (super)] @variable.builtin
(class_declaration name: (identifier) @type)
(class_type name: (identifier) @type)
(covergroup_declaration name: (identifier) @type)
(constraint_declaration name: (identifier) @property)
(udp_table_entry) @string.special
(inactive_branch) @comment

[
  "if" "else" "case" "casez" "casex" "endcase" "default" "inside"
  "unique" "unique0" "priority"
] @keyword.conditional

[
  "for" "foreach" "while" "do" "repeat" "forever" "break" "continue"
] @keyword.repeat

[
  "posedge" "negedge" "edge" "iff" "or" "wait" "disable"
] @keyword

[
  "assert" "assume" "cover" "restrict" "not"
] @keyword

[
  "input" "output" "inout" "ref"
] @keyword.modifier

[
  "wire" "tri" "tri0" "tri1" "wand" "wor" "triand" "trior" "trireg"
  "supply0" "supply1" "uwire" "vectored" "scalared"
  "signed" "unsigned"
] @type.qualifier

(primitive_type) @type.builtin
(type_identifier) @type
(data_type base: (scoped_identifier name: (identifier) @type))

; Gate primitives
(gate_instantiation gate: _ @function.builtin)

; Declarations
(module_declaration name: (identifier) @module)
(interface_declaration name: (identifier) @module)
(package_declaration name: (identifier) @module)
(module_instantiation module: (identifier) @module)
(instance name: (identifier) @variable)
(interface_type interface: (identifier) @type modport: (identifier) @property)
(import_item package: (identifier) @module)
(scoped_identifier scope: (identifier) @module)

(function_declaration name: (identifier) @function)
(task_declaration name: (identifier) @function)
(function_call function: (identifier) @function.call)
(function_call function: (scoped_identifier name: (identifier) @function.call))
(function_call function: (member_access member: (identifier) @function.method.call))
(system_call function: (system_identifier) @function.builtin)

(parameter_declaration name: (identifier) @constant)
(localparam_declaration name: (identifier) @constant)
(enum_member name: (identifier) @constant)
(typedef_declaration name: (identifier) @type.definition)

(ansi_port_declaration name: (identifier) @variable.parameter)
(port name: (identifier) @variable.parameter)
(port_connection port: (identifier) @property)
(parameter_connection name: (identifier) @property)
(named_argument name: (identifier) @property)
(member_access member: (identifier) @property)
(modport_item name: (identifier) @property)

(seq_block label: (identifier) @label)
(generate_block label: (identifier) @label)
(par_block label: (identifier) @label)
(immediate_assertion label: (identifier) @label)
(concurrent_assertion label: (identifier) @label)

(event_expression edge: _ @keyword)

; Literals
(number) @number
(time_literal) @number
(unbounded) @number
(string) @string
(system_path) @string
(timescale_value) @number

; Preprocessor
(preprocessor_directive directive: (directive) @keyword.directive)
(preprocessor_directive name: (identifier) @constant.macro)
(macro_parameters name: (identifier) @variable.parameter)
(macro_body) @embedded
(macro_usage name: (macro_name) @constant.macro)

; Attributes
(attribute_instance) @attribute
(attribute_spec name: (identifier) @attribute)

; Operators
[
  "=" "+=" "-=" "*=" "/=" "%=" "&=" "|=" "^=" "<<=" ">>=" "<<<=" ">>>="
  "<=" "+" "-" "*" "/" "%" "**"
  "==" "!=" "===" "!==" "==?" "!=?" "<" ">" ">="
  "&&" "||" "!" "~" "&" "|" "^" "~&" "~|" "~^" "^~"
  "<<" ">>" "<<<" ">>>" "?" "->" "->>" "<->" "|->" "|=>"
  "++" "--" "+:" "-:" "'"
  "@" "#" "##"
] @operator

[";" "," "." ":" "::"] @punctuation.delimiter
["(" ")" "[" "]" "{" "}" "'{" "(*" "*)"] @punctuation.bracket

(comment) @comment
(identifier) @variable
