; Scopes
[
  (program_declaration)
  (function_declaration)
  (function_block_declaration)
  (class_declaration)
  (method_declaration)
  (property_declaration)
  (action_declaration)
  (organization_block_declaration)
  (data_block_declaration)
] @local.scope

; Definitions
(var_declaration name: (identifier) @local.definition)
(enumerator name: (identifier) @local.definition)

; References
(identifier) @local.reference
