; Structured Text (IEC 61131-3, CODESYS/TwinCAT, Siemens SCL) highlights

(comment) @comment
(pragma) @attribute

[
  "PROGRAM" "END_PROGRAM"
  "FUNCTION" "END_FUNCTION"
  "FUNCTION_BLOCK" "END_FUNCTION_BLOCK"
  "CLASS" "END_CLASS"
  "METHOD" "END_METHOD"
  "PROPERTY" "END_PROPERTY" "GET" "END_GET" "SET" "END_SET"
  "INTERFACE" "END_INTERFACE"
  "ACTION" "END_ACTION"
  "NAMESPACE" "END_NAMESPACE" "USING"
  "TYPE" "END_TYPE"
  "STRUCT" "END_STRUCT" "UNION" "END_UNION"
  "ORGANIZATION_BLOCK" "END_ORGANIZATION_BLOCK"
  "DATA_BLOCK" "END_DATA_BLOCK"
  "CONFIGURATION" "END_CONFIGURATION" "RESOURCE" "END_RESOURCE" "TASK" "ON" "WITH"
  "END_VAR" "AT" "BEGIN"
  "EXTENDS" "IMPLEMENTS"
  "REGION" "END_REGION" "NETWORK" "END_NETWORK"
  "INITIAL_STEP" "STEP" "END_STEP" "TRANSITION" "END_TRANSITION" "FROM" "PRIORITY"
  "ACCESS"
  "TITLE" "AUTHOR" "VERSION" "FAMILY" "NAME"
] @keyword

[
  "IF" "THEN" "ELSIF" "ELSEIF" "ELSE" "END_IF"
  "CASE" "OF" "END_CASE"
] @keyword.conditional

[
  "FOR" "TO" "BY" "DO" "END_FOR"
  "WHILE" "END_WHILE"
  "REPEAT" "UNTIL" "END_REPEAT"
  "EXIT" "CONTINUE"
] @keyword.repeat

[
  "RETURN" "JMP" "GOTO"
] @keyword.return

[
  "__TRY" "__CATCH" "__FINALLY" "__ENDTRY"
] @keyword.exception

[
  "ARRAY" "POINTER" "REFERENCE" "REF_TO" "STRING" "WSTRING"
] @type.builtin

[
  "AND" "AND_THEN" "OR" "OR_ELSE" "XOR" "NOT" "MOD"
] @keyword.operator

[
  ":=" "=>" "S=" "R=" "REF=" "?="
  "=" "<>" "<" ">" "<=" ">="
  "+" "-" "*" "/" "**" "&" "^"
] @operator

[ "(" ")" "[" "]" ] @punctuation.bracket
[ ";" ":" "," "." ".." ] @punctuation.delimiter

(var_kind) @keyword
(var_qualifier) @type.qualifier
(access_specifier) @type.qualifier
(modifier) @type.qualifier
["R_EDGE" "F_EDGE" "READ_ONLY" "READ_WRITE"] @type.qualifier

(type_name) @type
(string_type) @type.builtin
(enumerator name: (identifier) @constant)

(program_declaration name: (_) @function)
(function_declaration name: (_) @function)
(function_block_declaration name: (_) @type.definition)
(class_declaration name: (_) @type.definition)
(method_declaration name: (_) @method)
(property_declaration name: (_) @property)
(action_declaration name: (_) @function)
(interface_declaration name: (_) @type.definition)
(type_declaration name: (_) @type.definition)
(organization_block_declaration name: (_) @function)
(data_block_declaration name: (_) @variable)

(var_declaration name: (identifier) @variable)
(call_expression function: (identifier) @function.call)
(call_statement function: (identifier) @function.call)
(call_expression function: (member_expression member: (identifier) @method.call))
(call_statement function: (member_expression member: (identifier) @method.call))
(argument name: (identifier) @variable.parameter)
(field_initializer name: (identifier) @property)
(member_expression member: (identifier) @property)

(header_attribute value: (header_value) @string.special)
(region name: (region_name) @label)
(region end_name: (region_name) @label)
(label_statement label: (identifier) @label)
(jump_statement label: (identifier) @label)

(this) @variable.builtin
(super) @variable.builtin
(local_variable) @variable
(quoted_identifier) @variable
(direct_address) @constant.builtin
(block_number) @constant.builtin
(pointer_literal) @constant.builtin
(partial_access) @constant.builtin

(integer) @number
(real) @number.float
(boolean) @boolean
(null) @constant.builtin
(string) @string
(time_literal) @number
(date_literal) @number
(time_of_day_literal) @number
(date_and_time_literal) @number
(typed_literal type: (type_name) @type)

(identifier) @variable
