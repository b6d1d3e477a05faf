; Parameters are assigned and read anywhere in the file; LinuxCNC named parameters are local
; to the enclosing o-word subroutine unless they start with `_`, which the Go side resolves
; by matching o_sub / o_endsub lines.
(source_file) @local.scope

(parameter_assignment
  target: (named_parameter) @local.definition)
(parameter_assignment
  target: (numbered_parameter) @local.definition)

(named_parameter) @local.reference
(numbered_parameter) @local.reference

; Subroutines: definition by o_sub, use by o_call.
(o_sub
  label: (_) @local.definition)
(o_call
  label: (_) @local.reference)
