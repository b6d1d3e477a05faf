; Scopes
[
  (module_declaration)
  (interface_declaration)
  (package_declaration)
  (function_declaration)
  (task_declaration)
  (seq_block)
  (generate_block)
  (loop_generate)
  (for_statement)
] @local.scope

; Definitions
(ansi_port_declaration name: (identifier) @local.definition)
(port name: (identifier) @local.definition)
(declarator name: (identifier) @local.definition)
(parameter_declaration name: (identifier) @local.definition)
(localparam_declaration name: (identifier) @local.definition)
(genvar_declaration name: (identifier) @local.definition)
(genvar_initialization name: (identifier) @local.definition)
(typedef_declaration name: (identifier) @local.definition)
(enum_member name: (identifier) @local.definition)
(function_declaration name: (identifier) @local.definition)
(task_declaration name: (identifier) @local.definition)

; References
(identifier) @local.reference
