/**
 * Tree-sitter grammar for synthesizable Verilog-2005 and the design subset of
 * SystemVerilog (IEEE 1800) — "rtl".
 *
 * Pragmatic rather than BNF-literal: the tree is meant for semantic analysis of
 * real RTL (declarations, processes, statements and expressions are distinct
 * nodes), the parse table is kept small, and preprocessor directives and
 * attributes are extras so `ifdef branches do not break the module structure.
 */

const PREC = {
  IMPLICATION: -1,
  COND: 1,
  LOR: 2,
  LAND: 3,
  BOR: 4,
  BXOR: 5,
  BAND: 6,
  EQ: 7,
  REL: 8,
  SHIFT: 9,
  ADD: 10,
  MUL: 11,
  POW: 12,
  UNARY: 13,
  POSTFIX: 14,
};

const ASSIGN_OPS = ['=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '<<<=', '>>>='];

const PRIMITIVE_TYPES = [
  'bit', 'logic', 'reg', 'byte', 'shortint', 'int', 'longint', 'integer', 'time',
  'real', 'shortreal', 'realtime', 'string', 'event', 'void', 'chandle',
];

const NET_TYPES = [
  'wire', 'tri', 'tri0', 'tri1', 'wand', 'wor', 'triand', 'trior', 'trireg',
  'supply0', 'supply1', 'uwire',
];

const STRENGTHS = [
  'supply0', 'strong0', 'pull0', 'weak0', 'highz0', 'supply1', 'strong1', 'pull1', 'weak1', 'highz1',
  'small', 'medium', 'large',
];

const GATE_TYPES = [
  'and', 'nand', 'or', 'nor', 'xor', 'xnor', 'buf', 'not',
  'bufif0', 'bufif1', 'notif0', 'notif1', 'pullup', 'pulldown',
];

function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

function commaSep(rule) {
  return optional(commaSep1(rule));
}

function endLabel($) {
  return optional(seq(':', field('end_label', $.identifier)));
}

module.exports = grammar({
  name: 'rtl',

  word: $ => $.identifier,

  extras: $ => [
    /\s/,
    $.comment,
    $.preprocessor_directive,
    $.attribute_instance,
  ],

  conflicts: $ => [
    // `t x;` (user-typed declaration) versus `m u (...)` (instance).
    [$._user_data_type, $.module_instantiation],
    [$.packed_dimension, $.unpacked_dimension],
    // `t [3:0] x;` versus `a[3:0] = ...` in procedural code.
    [$._user_data_type, $._primary],
    [$._user_data_type, $._primary, $._lvalue],
    [$._user_data_type, $._lvalue],
    [$._user_data_type, $._primary, $.function_call],
    [$._user_data_type, $._primary, $._lvalue, $.function_call],
  ],

  inline: $ => [
    $._statement_or_null,
  ],

  rules: {
    source_file: $ => repeat($._description),

    _description: $ => choice(
      $.module_declaration,
      $.interface_declaration,
      $.package_declaration,
      $._package_item,
    ),

    // ------------------------------------------------------------------
    // Design units
    // ------------------------------------------------------------------

    module_declaration: $ => seq(
      choice('module', 'macromodule'),
      $._design_unit_header,
      repeat($._module_item),
      'endmodule',
      optional($._end_label),
    ),

    interface_declaration: $ => seq(
      'interface',
      $._design_unit_header,
      repeat($._module_item),
      'endinterface',
      optional($._end_label),
    ),

    _design_unit_header: $ => seq(
      optional(field('lifetime', $._lifetime)),
      field('name', $.identifier),
      repeat($.import_declaration),
      optional(field('parameters', $.parameter_port_list)),
      optional(field('ports', $.port_list)),
      ';',
    ),

    _end_label: $ => seq(':', field('end_label', $.identifier)),

    package_declaration: $ => seq(
      $._package_header,
      repeat($._package_item),
      'endpackage',
      optional($._end_label),
    ),

    _package_header: $ => seq(
      'package',
      optional(field('lifetime', $._lifetime)),
      field('name', $.identifier),
      ';',
    ),

    _lifetime: $ => choice('static', 'automatic'),

    _package_item: $ => choice(
      $.parameter_declaration,
      $.localparam_declaration,
      $.typedef_declaration,
      $.function_declaration,
      $.task_declaration,
      $.import_declaration,
      $.export_declaration,
      $.variable_declaration,
      $.net_declaration,
      $.timeunits_declaration,
      $.property_declaration,
      $.sequence_declaration,
      $._macro_item,
    ),

    _macro_item: $ => prec.right(-1, seq($.macro_usage, optional(';'))),

    import_declaration: $ => seq('import', commaSep1($.import_item), ';'),

    export_declaration: $ => seq('export', commaSep1($.import_item), ';'),

    import_item: $ => seq(
      field('package', $.identifier),
      '::',
      field('name', choice($.identifier, $.wildcard)),
    ),

    wildcard: $ => '*',

    timeunits_declaration: $ => seq(
      field('kind', choice('timeunit', 'timeprecision')),
      field('value', $.time_literal),
      optional(seq('/', field('precision', $.time_literal))),
      ';',
    ),

    // ------------------------------------------------------------------
    // Parameters and ports of design units
    // ------------------------------------------------------------------

    parameter_port_list: $ => seq(
      '#', '(',
      commaSep(choice(
        alias($._parameter_port, $.parameter_declaration),
        alias($._localparam_port, $.localparam_declaration),
      )),
      ')',
    ),

    _parameter_port: $ => choice(
      seq('parameter', $._parameter_port_body),
      $._parameter_port_body,
    ),

    _localparam_port: $ => seq('localparam', $._parameter_port_body),

    _parameter_port_body: $ => choice(
      seq(
        optional(field('type', $._data_type_or_implicit)),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        optional(seq('=', field('value', $._expression))),
      ),
      seq(
        'type',
        field('name', $.identifier),
        optional(seq('=', field('value', $._data_type))),
      ),
    ),

    port_list: $ => seq(
      '(',
      commaSep(choice($.ansi_port_declaration, $.port)),
      ')',
    ),

    // A bare name (non-ANSI header, or a name that inherits the previous
    // ANSI port's direction and type), or `.name(expr)`.
    port: $ => choice(
      field('name', $.identifier),
      seq('.', field('name', $.identifier), '(', optional(field('value', $._expression)), ')'),
    ),

    ansi_port_declaration: $ => seq(
      choice(
        seq(
          field('direction', $._port_direction),
          optional(field('net_type', choice($._net_type, 'var'))),
          optional(field('type', $._data_type_or_implicit)),
        ),
        seq(
          field('net_type', choice($._net_type, 'var')),
          optional(field('type', $._data_type_or_implicit)),
        ),
        field('type', $._data_type),
        field('type', $.interface_type),
      ),
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      optional(seq('=', field('value', $._expression))),
    ),

    interface_type: $ => choice(
      seq(field('interface', $.identifier), '.', field('modport', $.identifier)),
      seq('interface', optional(seq('.', field('modport', $.identifier)))),
    ),

    _port_direction: $ => choice('input', 'output', 'inout', 'ref'),

    // ------------------------------------------------------------------
    // Module items
    // ------------------------------------------------------------------

    _module_item: $ => choice(
      $.port_declaration,
      $.net_declaration,
      $.variable_declaration,
      $.parameter_declaration,
      $.localparam_declaration,
      $.typedef_declaration,
      $.genvar_declaration,
      $.import_declaration,
      $.export_declaration,
      $.timeunits_declaration,
      $.continuous_assign,
      $.always_construct,
      $.initial_construct,
      $.final_construct,
      $.module_instantiation,
      $.gate_instantiation,
      $.generate_region,
      $.loop_generate,
      $.if_generate,
      $.case_generate,
      $.generate_block,
      $.function_declaration,
      $.task_declaration,
      $.modport_declaration,
      $.concurrent_assertion,
      $.property_declaration,
      $.sequence_declaration,
      $.defparam_declaration,
      $.null_statement,
      $._macro_item,
    ),

    port_declaration: $ => seq(
      $._port_declaration_header,
      optional(field('type', $._data_type_or_implicit)),
      commaSep1($.declarator),
      ';',
    ),

    _port_declaration_header: $ => seq(
      field('direction', $._port_direction),
      optional(field('net_type', choice($._net_type, 'var'))),
    ),

    net_declaration: $ => seq(
      $._net_declaration_header,
      commaSep1($.declarator),
      ';',
    ),

    _net_declaration_header: $ => seq(
      field('kind', $._net_type),
      optional(field('strength', $.strength)),
      optional(choice('vectored', 'scalared')),
      optional(field('type', $._net_data_type)),
      optional(field('delay', $.delay_control)),
    ),

    _net_type: $ => choice(...NET_TYPES),

    // drive strength `(strong1, pull0)` or charge strength `(small)`
    strength: $ => seq('(', commaSep1(choice(...STRENGTHS)), ')'),

    variable_declaration: $ => seq(
      optional($._variable_qualifiers),
      field('type', $._data_type),
      commaSep1($.declarator),
      ';',
    ),

    _variable_qualifiers: $ => repeat1(choice('const', 'var', field('lifetime', $._lifetime))),

    declarator: $ => seq(
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      optional(seq('=', field('value', $._expression))),
    ),

    parameter_declaration: $ => seq(
      'parameter',
      $._parameter_body,
      ';',
    ),

    localparam_declaration: $ => seq(
      'localparam',
      $._parameter_body,
      ';',
    ),

    _parameter_body: $ => choice(
      seq(
        optional(field('type', $._data_type_or_implicit)),
        commaSep1($._param_assignment),
      ),
      seq('type', commaSep1(seq(field('name', $.identifier), '=', field('value', $._data_type)))),
    ),

    _param_assignment: $ => seq(
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      '=',
      field('value', $._expression),
    ),

    typedef_declaration: $ => choice(
      seq(
        'typedef',
        field('type', $._data_type),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        ';',
      ),
      // forward declarations
      seq('typedef', optional(choice('enum', 'struct', 'union', 'class', seq('interface', 'class'))), field('name', $.identifier), ';'),
    ),

    genvar_declaration: $ => seq('genvar', commaSep1(field('name', $.identifier)), ';'),

    defparam_declaration: $ => seq(
      'defparam',
      commaSep1(seq(field('left', $._lvalue), '=', field('right', $._expression))),
      ';',
    ),

    continuous_assign: $ => seq(
      'assign',
      optional(field('strength', $.strength)),
      optional(field('delay', $.delay_control)),
      commaSep1(seq(field('left', $._lvalue), '=', field('right', $._expression))),
      ';',
    ),

    always_construct: $ => seq(
      $._always_head,
      field('body', $._statement_or_null),
    ),

    _always_head: $ => prec.right(seq(
      field('kind', choice('always', 'always_ff', 'always_comb', 'always_latch')),
      optional(field('control', choice($.event_control, $.delay_control))),
    )),

    initial_construct: $ => seq('initial', field('body', $._statement_or_null)),

    final_construct: $ => seq('final', field('body', $._statement_or_null)),

    modport_declaration: $ => seq('modport', commaSep1($.modport_item), ';'),

    modport_item: $ => seq(
      field('name', $.identifier),
      '(',
      commaSep1($.modport_port),
      ')',
    ),

    modport_port: $ => seq(
      optional(field('direction', choice($._port_direction, 'import', 'export'))),
      field('name', $.identifier),
    ),

    // ------------------------------------------------------------------
    // Instances
    // ------------------------------------------------------------------

    module_instantiation: $ => seq(
      field('module', $.identifier),
      optional(field('parameters', $.parameter_value_assignment)),
      commaSep1($.instance),
      ';',
    ),

    parameter_value_assignment: $ => seq(
      '#',
      choice(
        seq('(', commaSep($.parameter_connection), ')'),
        alias($._single_parameter, $.parameter_connection),
      ),
    ),

    _single_parameter: $ => field('value', choice($.number, $.identifier, $.macro_usage)),

    parameter_connection: $ => choice(
      seq('.', field('name', $.identifier), '(', optional(field('value', choice($._expression, $._primitive_data_type_alias))), ')'),
      field('value', choice($._expression, $._primitive_data_type_alias)),
    ),

    instance: $ => seq(
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      '(',
      commaSep(choice($.port_connection, $.wildcard_port_connection)),
      ')',
    ),

    port_connection: $ => choice(
      seq('.', field('port', $.identifier), optional(seq('(', optional(field('value', $._expression)), ')'))),
      field('value', $._expression),
    ),

    wildcard_port_connection: $ => '.*',

    gate_instantiation: $ => seq(
      field('gate', choice(...GATE_TYPES)),
      optional(field('delay', $.delay_control)),
      commaSep1($.gate_instance),
      ';',
    ),

    gate_instance: $ => seq(
      optional(seq(field('name', $.identifier), repeat($.unpacked_dimension))),
      '(',
      commaSep1(field('terminal', $._expression)),
      ')',
    ),

    // ------------------------------------------------------------------
    // Generate constructs
    // ------------------------------------------------------------------

    generate_region: $ => seq('generate', repeat($._module_item), 'endgenerate'),

    generate_block: $ => seq(
      $._begin,
      repeat($._module_item),
      'end',
      optional($._end_label),
    ),

    _generate_body: $ => $._module_item,

    loop_generate: $ => seq(
      'for', '(',
      field('initializer', $.genvar_initialization),
      ';',
      field('condition', $._expression),
      ';',
      field('update', choice(
        alias($._assignment_core, $.blocking_assignment),
        alias($._increment_core, $.increment_statement),
      )),
      ')',
      field('body', $._generate_body),
    ),

    genvar_initialization: $ => seq(
      optional('genvar'),
      field('name', $.identifier),
      '=',
      field('value', $._expression),
    ),

    if_generate: $ => prec.right(seq(
      'if', '(', field('condition', $._expression), ')',
      field('consequence', $._generate_body),
      optional(seq('else', field('alternative', $._generate_body))),
    )),

    case_generate: $ => seq(
      field('kind', 'case'), '(', field('value', $._expression), ')',
      repeat(choice(
        alias($._case_generate_item, $.case_item),
        alias($._default_generate_item, $.default_case_item),
      )),
      'endcase',
    ),

    _case_generate_item: $ => seq(
      commaSep1(field('pattern', $._expression)),
      ':',
      field('body', $._generate_body),
    ),

    _default_generate_item: $ => seq('default', optional(':'), field('body', $._generate_body)),

    // ------------------------------------------------------------------
    // Functions and tasks
    // ------------------------------------------------------------------

    function_declaration: $ => seq(
      $._function_header,
      repeat($._tf_item),
      'endfunction',
      optional($._end_label),
    ),

    _function_header: $ => seq(
      'function',
      optional(field('lifetime', $._lifetime)),
      optional(field('return_type', $._data_type_or_implicit)),
      field('name', choice($.identifier, $.scoped_identifier)),
      optional(field('ports', $.port_list)),
      ';',
    ),

    task_declaration: $ => seq(
      $._task_header,
      repeat($._tf_item),
      'endtask',
      optional($._end_label),
    ),

    _task_header: $ => seq(
      'task',
      optional(field('lifetime', $._lifetime)),
      field('name', choice($.identifier, $.scoped_identifier)),
      optional(field('ports', $.port_list)),
      ';',
    ),

    _tf_item: $ => choice(
      $.port_declaration,
      $._block_item,
    ),

    // ------------------------------------------------------------------
    // Data types
    // ------------------------------------------------------------------

    _data_type: $ => choice(
      alias($._primitive_data_type, $.data_type),
      alias($._user_data_type, $.data_type),
      $.enum_type,
      $.struct_type,
      $.union_type,
    ),

    _data_type_or_implicit: $ => choice(
      $._data_type,
      alias($._implicit_data_type, $.data_type),
    ),

    _net_data_type: $ => choice(
      alias($._primitive_data_type, $.data_type),
      alias($._implicit_data_type, $.data_type),
    ),

    _primitive_data_type_alias: $ => alias($._primitive_data_type, $.data_type),

    _primitive_data_type: $ => prec.right(seq(
      field('base', $.primitive_type),
      optional(field('signing', $._signing)),
      repeat($.packed_dimension),
    )),

    _user_data_type: $ => seq(
      field('base', choice(alias($.identifier, $.type_identifier), $.scoped_identifier)),
      repeat($.packed_dimension),
    ),

    _implicit_data_type: $ => prec.right(choice(
      seq(field('signing', $._signing), repeat($.packed_dimension)),
      repeat1($.packed_dimension),
    )),

    primitive_type: $ => choice(...PRIMITIVE_TYPES),

    _signing: $ => choice('signed', 'unsigned'),

    packed_dimension: $ => seq(
      '[',
      optional(seq(field('msb', $._expression), ':', field('lsb', $._expression))),
      ']',
    ),

    unpacked_dimension: $ => seq(
      '[',
      optional(choice(
        seq(field('msb', $._expression), ':', field('lsb', $._expression)),
        field('size', $._expression),
        // associative arrays: `[string]`, `[int]`, `[*]`
        field('key', choice($.wildcard, $._primitive_data_type_alias)),
      )),
      ']',
    ),

    unbounded: $ => '$',

    enum_type: $ => seq(
      'enum',
      optional(field('base', choice(
        alias($._primitive_data_type, $.data_type),
        alias($._user_data_type, $.data_type),
      ))),
      '{',
      commaSep1($.enum_member),
      '}',
    ),

    enum_member: $ => seq(
      field('name', $.identifier),
      optional(seq('[', $._expression, optional(seq(':', $._expression)), ']')),
      optional(seq('=', field('value', $._expression))),
    ),

    struct_type: $ => seq(
      'struct',
      optional(field('packed', 'packed')),
      optional(field('signing', $._signing)),
      '{',
      repeat1($.struct_member),
      '}',
      repeat($.packed_dimension),
    ),

    union_type: $ => seq(
      'union',
      optional('tagged'),
      optional(field('packed', 'packed')),
      optional(field('signing', $._signing)),
      '{',
      repeat1($.struct_member),
      '}',
      repeat($.packed_dimension),
    ),

    struct_member: $ => seq(
      optional(choice('rand', 'randc')),
      field('type', $._data_type),
      commaSep1($.declarator),
      ';',
    ),

    // ------------------------------------------------------------------
    // Procedural statements
    // ------------------------------------------------------------------

    _block_item: $ => choice(
      $.variable_declaration,
      $.parameter_declaration,
      $.localparam_declaration,
      $.typedef_declaration,
      $._statement_or_null,
    ),

    _statement_or_null: $ => choice($._statement, $.null_statement),

    null_statement: $ => ';',

    _statement: $ => choice(
      $.blocking_assignment,
      $.nonblocking_assignment,
      $.increment_statement,
      $.seq_block,
      $.par_block,
      $.if_statement,
      $.case_statement,
      $.for_statement,
      $.foreach_statement,
      $.while_statement,
      $.repeat_statement,
      $.forever_statement,
      $.do_while_statement,
      $.timing_control_statement,
      $.wait_statement,
      $.subroutine_call_statement,
      $.return_statement,
      $.break_statement,
      $.continue_statement,
      $.disable_statement,
      $.event_trigger,
      $.procedural_continuous_assignment,
      $.immediate_assertion,
      $.concurrent_assertion,
      $._macro_item,
    ),

    _assignment_core: $ => seq(
      field('left', $._lvalue),
      field('operator', $._assignment_operator),
      optional($._intra_assignment_delay),
      field('right', $._expression),
    ),

    _assignment_operator: $ => choice(...ASSIGN_OPS),

    _intra_assignment_delay: $ => field('delay', choice($.delay_control, $.event_control, $.repeat_event_control)),

    repeat_event_control: $ => seq('repeat', '(', field('count', $._expression), ')', field('event', $.event_control)),

    blocking_assignment: $ => seq($._assignment_core, ';'),

    nonblocking_assignment: $ => seq(
      field('left', $._lvalue),
      '<=',
      optional($._intra_assignment_delay),
      field('right', $._expression),
      ';',
    ),

    _increment_core: $ => choice(
      seq(field('operand', $._lvalue), field('operator', choice('++', '--'))),
      seq(field('operator', choice('++', '--')), field('operand', $._lvalue)),
    ),

    increment_statement: $ => seq($._increment_core, ';'),

    seq_block: $ => seq(
      $._begin,
      repeat($._block_item),
      'end',
      optional($._end_label),
    ),

    _begin: $ => choice(
      seq(field('label', $.identifier), ':', 'begin'),
      seq('begin', optional(seq(':', field('label', $.identifier)))),
    ),

    par_block: $ => seq(
      $._fork,
      repeat($._block_item),
      field('join', choice('join', 'join_any', 'join_none')),
      optional($._end_label),
    ),

    _fork: $ => choice(
      seq(field('label', $.identifier), ':', 'fork'),
      seq('fork', optional(seq(':', field('label', $.identifier)))),
    ),

    if_statement: $ => prec.right(seq(
      $._if_keyword, '(', field('condition', $._expression), ')',
      field('consequence', $._statement_or_null),
      optional(seq('else', field('alternative', $._statement_or_null))),
    )),

    _if_keyword: $ => seq(optional(field('qualifier', $._unique_priority)), 'if'),

    _unique_priority: $ => choice('unique', 'unique0', 'priority'),

    case_statement: $ => seq(
      $._case_head,
      repeat(choice($.case_item, $.default_case_item)),
      'endcase',
    ),

    _case_head: $ => seq(
      optional(field('qualifier', $._unique_priority)),
      field('kind', $._case_keyword),
      '(', field('value', $._expression), ')',
      optional(field('inside', 'inside')),
    ),

    _case_keyword: $ => choice('case', 'casez', 'casex'),

    case_item: $ => seq(
      commaSep1(field('pattern', choice($._expression, $.value_range))),
      ':',
      field('body', $._statement_or_null),
    ),

    default_case_item: $ => seq('default', optional(':'), field('body', $._statement_or_null)),

    for_statement: $ => seq(
      'for', '(',
      $._for_initialization,
      $._for_condition,
      optional($._for_update),
      ')',
      field('body', $._statement_or_null),
    ),

    _for_initialization: $ => choice(
      seq(commaSep1(field('initializer', choice(
        alias($._for_variable_declaration, $.variable_declaration),
        alias($._assignment_core, $.blocking_assignment),
      ))), ';'),
      ';',
    ),

    _for_condition: $ => choice(
      seq(field('condition', $._expression), ';'),
      ';',
    ),

    _for_update: $ => commaSep1(field('update', choice(
      alias($._assignment_core, $.blocking_assignment),
      alias($._increment_core, $.increment_statement),
    ))),

    _for_variable_declaration: $ => seq(
      optional('var'),
      field('type', $._data_type),
      alias($._for_declarator, $.declarator),
    ),

    _for_declarator: $ => seq(field('name', $.identifier), '=', field('value', $._expression)),

    foreach_statement: $ => seq(
      $._foreach_head,
      field('body', $._statement_or_null),
    ),

    _foreach_head: $ => seq(
      'foreach', '(',
      field('array', choice($.identifier, $.scoped_identifier)),
      '[', commaSep(field('variable', $.identifier)), ']',
      ')',
    ),

    while_statement: $ => seq(
      'while', '(', field('condition', $._expression), ')',
      field('body', $._statement_or_null),
    ),

    repeat_statement: $ => seq(
      'repeat', '(', field('count', $._expression), ')',
      field('body', $._statement_or_null),
    ),

    forever_statement: $ => seq('forever', field('body', $._statement_or_null)),

    do_while_statement: $ => seq(
      'do', field('body', $._statement_or_null),
      'while', '(', field('condition', $._expression), ')', ';',
    ),

    timing_control_statement: $ => seq(
      field('control', choice($.event_control, $.delay_control, $.cycle_delay)),
      field('body', $._statement_or_null),
    ),

    wait_statement: $ => choice(
      seq('wait', '(', field('condition', $._expression), ')', field('body', $._statement_or_null)),
      seq('wait', 'fork', ';'),
    ),

    subroutine_call_statement: $ => seq(
      choice(
        $.function_call,
        $.system_call,
        $.cast,
        alias($._bare_task_call, $.function_call),
      ),
      ';',
    ),

    _bare_task_call: $ => field('function', choice($.identifier, $.scoped_identifier, $.member_access)),

    // assign/deassign and force/release inside procedures
    procedural_continuous_assignment: $ => choice(
      seq(field('kind', choice('assign', 'force')), field('left', $._lvalue), '=', field('right', $._expression), ';'),
      seq(field('kind', choice('deassign', 'release')), field('left', $._lvalue), ';'),
    ),

    return_statement: $ => seq('return', optional(field('value', $._expression)), ';'),

    break_statement: $ => seq('break', ';'),

    continue_statement: $ => seq('continue', ';'),

    disable_statement: $ => seq('disable', field('name', choice($.identifier, $.member_access, 'fork')), ';'),

    event_trigger: $ => seq(choice('->', '->>'), field('event', choice($.identifier, $.member_access)), ';'),

    // ------------------------------------------------------------------
    // Timing controls
    // ------------------------------------------------------------------

    event_control: $ => seq(
      '@',
      choice(
        seq(
          '(',
          field('sensitivity', $.event_expression),
          repeat(choice(
            seq(choice('or', ','), field('sensitivity', $.event_expression)),
            $.macro_usage,
          )),
          ')',
        ),
        field('sensitivity', $.implicit_event),
        field('sensitivity', alias($._simple_event, $.event_expression)),
      ),
    ),

    implicit_event: $ => choice('*', token(seq('(', /[ \t]*/, '*', /[ \t]*/, ')'))),

    _simple_event: $ => field('signal', choice($.identifier, $.scoped_identifier)),

    event_expression: $ => seq(
      optional(field('edge', $._edge)),
      field('signal', $._expression),
      optional(seq('iff', field('condition', $._expression))),
    ),

    _edge: $ => choice('posedge', 'negedge', 'edge'),

    delay_control: $ => seq('#', field('value', $._delay_value)),

    _delay_value: $ => choice(
      $.mintypmax_expression,
      $.number,
      $.time_literal,
      $.identifier,
      $.scoped_identifier,
      $.macro_usage,
      $.parenthesized_expression,
    ),

    mintypmax_expression: $ => seq('(', field('min', $._expression), ':', field('typ', $._expression), ':', field('max', $._expression), ')'),

    cycle_delay: $ => seq('##', field('value', choice(
      $.number,
      $.identifier,
      $.parenthesized_expression,
      $.value_range,
    ))),

    // ------------------------------------------------------------------
    // Assertions
    // ------------------------------------------------------------------

    immediate_assertion: $ => prec.right(seq(
      $._immediate_assertion_head,
      '(', field('condition', $._expression), ')',
      $._action_block,
    )),

    _immediate_assertion_head: $ => seq(
      optional($._assertion_label),
      field('kind', $._assertion_keyword),
      optional(choice(seq('#', $.number), 'final')),
    ),

    _assertion_label: $ => seq(field('label', $.identifier), ':'),

    _assertion_keyword: $ => choice('assert', 'assume', 'cover'),

    concurrent_assertion: $ => prec.right(seq(
      $._concurrent_assertion_head,
      '(', $._property_spec, ')',
      $._action_block,
    )),

    _concurrent_assertion_head: $ => seq(
      optional($._assertion_label),
      field('kind', choice($._assertion_keyword, 'restrict')),
      'property',
    ),

    _action_block: $ => choice(
      ';',
      prec.right(seq(field('pass', $._statement), optional(seq('else', field('fail', $._statement_or_null))))),
      seq('else', field('fail', $._statement_or_null)),
    ),

    _property_spec: $ => seq(
      optional(field('clock', $.event_control)),
      optional(seq('disable', 'iff', '(', field('disable', $._expression), ')')),
      field('property', $._property_expression),
    ),

    _property_expression: $ => choice(
      $._sequence_expression,
      alias($._property_implication, $.binary_expression),
      alias($._property_not, $.unary_expression),
    ),

    _property_implication: $ => prec.right(PREC.IMPLICATION, seq(
      field('left', $._sequence_expression),
      field('operator', choice('|->', '|=>')),
      field('right', $._property_expression),
    )),

    _property_not: $ => prec(PREC.UNARY, seq(field('operator', 'not'), field('operand', $._property_expression))),

    _sequence_expression: $ => choice(
      $._expression,
      $.sequence_expression,
      $.sequence_repetition,
    ),

    sequence_expression: $ => prec.left(seq(
      optional(field('left', $._sequence_expression)),
      field('delay', $.cycle_delay),
      field('right', $._sequence_expression),
    )),

    sequence_repetition: $ => seq(
      field('value', $._sequence_expression),
      field('operator', choice('[*', '[=', '[->')),
      field('count', choice($._expression, $.range)),
      ']',
    ),

    property_declaration: $ => seq(
      $._property_head,
      $._property_spec,
      optional(';'),
      'endproperty',
      optional($._end_label),
    ),

    _property_head: $ => seq(
      'property',
      field('name', $.identifier),
      optional(field('ports', $.port_list)),
      ';',
    ),

    sequence_declaration: $ => seq(
      $._sequence_head,
      optional(field('clock', $.event_control)),
      field('sequence', $._sequence_expression),
      optional(';'),
      'endsequence',
      optional($._end_label),
    ),

    _sequence_head: $ => seq(
      'sequence',
      field('name', $.identifier),
      optional(field('ports', $.port_list)),
      ';',
    ),

    // ------------------------------------------------------------------
    // Expressions
    // ------------------------------------------------------------------

    _lvalue: $ => choice(
      $.identifier,
      $.scoped_identifier,
      $.select,
      $.member_access,
      $.concatenation,
      $.streaming_concatenation,
      $.macro_usage,
    ),

    _expression: $ => choice(
      $._primary,
      $.unary_expression,
      $.binary_expression,
      $.conditional_expression,
      $.inside_expression,
    ),

    _primary: $ => choice(
      $.identifier,
      $.scoped_identifier,
      $.number,
      $.time_literal,
      $.string,
      $.macro_usage,
      $.system_call,
      $.function_call,
      $.concatenation,
      $.replication,
      $.streaming_concatenation,
      $.assignment_pattern,
      $.parenthesized_expression,
      $.select,
      $.member_access,
      $.cast,
      $.unbounded,
      $.with_expression,
      $.assignment_expression,
      'null',
    ),

    // `(a = b)`, `(n += 1)`: an assignment used as an expression (SystemVerilog)
    assignment_expression: $ => seq(
      '(',
      field('left', $._lvalue),
      field('operator', $._assignment_operator),
      field('right', $._expression),
      ')',
    ),

    parenthesized_expression: $ => seq('(', $._expression, ')'),

    unary_expression: $ => prec(PREC.UNARY, seq(
      field('operator', $._unary_operator),
      field('operand', $._expression),
    )),

    _unary_operator: $ => choice('+', '-', '!', '~', '&', '~&', '|', '~|', '^', '~^', '^~'),

    binary_expression: $ => {
      const table = [
        [PREC.LOR, '||'],
        [PREC.LAND, '&&'],
        [PREC.BOR, '|'],
        [PREC.BXOR, $._xor_operator],
        [PREC.BAND, '&'],
        [PREC.EQ, $._equality_operator],
        [PREC.REL, $._relational_operator],
        [PREC.SHIFT, $._shift_operator],
        [PREC.ADD, $._additive_operator],
        [PREC.MUL, $._multiplicative_operator],
        [PREC.POW, '**'],
      ];
      return choice(
        ...table.map(([p, op]) => prec.left(p, seq(
          field('left', $._expression),
          field('operator', op),
          field('right', $._expression),
        ))),
        prec.right(PREC.IMPLICATION, seq(
          field('left', $._expression),
          field('operator', choice('->', '<->')),
          field('right', $._expression),
        )),
      );
    },

    _xor_operator: $ => choice('^', '~^', '^~'),
    _equality_operator: $ => choice('==', '!=', '===', '!==', '==?', '!=?'),
    _relational_operator: $ => choice('<', '<=', '>', '>='),
    _shift_operator: $ => choice('<<', '>>', '<<<', '>>>'),
    _additive_operator: $ => choice('+', '-'),
    _multiplicative_operator: $ => choice('*', '/', '%'),

    conditional_expression: $ => prec.right(PREC.COND, seq(
      field('condition', $._expression),
      '?',
      field('consequence', $._expression),
      ':',
      field('alternative', $._expression),
    )),

    inside_expression: $ => prec.left(PREC.REL, seq(
      field('value', $._expression),
      'inside',
      field('set', $.range_list),
    )),

    range_list: $ => seq('{', commaSep1(choice($._expression, $.value_range)), '}'),

    value_range: $ => seq(
      '[',
      field('left', $._expression),
      ':',
      field('right', choice($._expression)),
      ']',
    ),

    select: $ => prec(PREC.POSTFIX, seq(
      field('value', $._primary),
      '[',
      choice(
        field('index', $._expression),
        field('range', $.range),
        field('range', $.indexed_range),
      ),
      ']',
    )),

    range: $ => seq(field('left', $._expression), ':', field('right', $._expression)),

    indexed_range: $ => seq(
      field('base', $._expression),
      field('operator', choice('+:', '-:')),
      field('width', $._expression),
    ),

    member_access: $ => prec(PREC.POSTFIX, seq(
      field('value', $._primary),
      '.',
      field('member', $.identifier),
    )),

    scoped_identifier: $ => seq(
      field('scope', choice($.identifier, '$unit')),
      '::',
      field('name', $.identifier),
    ),

    function_call: $ => prec(PREC.POSTFIX, seq(
      field('function', choice($.identifier, $.scoped_identifier, $.member_access)),
      field('arguments', $.argument_list),
    )),

    // array methods with an iterator clause: `q.find with (item > 3)`
    with_expression: $ => prec(PREC.POSTFIX, seq(
      field('value', choice($.member_access, $.function_call)),
      'with',
      '(', field('condition', $._expression), ')',
    )),

    system_call: $ => prec.right(seq(
      field('function', $.system_identifier),
      optional(field('arguments', $.argument_list)),
    )),

    argument_list: $ => seq(
      '(',
      optional(seq(
        $._argument,
        repeat(seq(',', optional($._argument))),
      )),
      ')',
    ),

    _argument: $ => choice(
      $._expression,
      $.named_argument,
      $._primitive_data_type_alias,
    ),

    named_argument: $ => seq('.', field('name', $.identifier), '(', optional(field('value', $._expression)), ')'),

    cast: $ => prec(PREC.POSTFIX, seq(
      field('type', choice($.primitive_type, $._signing, $._primary, 'const')),
      "'",
      '(',
      field('value', $._expression),
      ')',
    )),

    concatenation: $ => seq('{', commaSep($._expression), '}'),

    replication: $ => seq(
      '{',
      field('count', $._expression),
      field('value', $.concatenation),
      '}',
    ),

    streaming_concatenation: $ => seq(
      '{',
      field('operator', choice('<<', '>>')),
      optional(field('size', choice($._expression, $.primitive_type))),
      field('value', $.concatenation),
      '}',
    ),

    assignment_pattern: $ => seq(
      "'{",
      choice(
        commaSep1(choice($._expression, $.pattern_member)),
        seq(field('count', $._expression), field('value', $.concatenation)),
      ),
      '}',
    ),

    pattern_member: $ => seq(
      field('key', choice($._expression, 'default', $.primitive_type)),
      ':',
      field('value', $._expression),
    ),

    // ------------------------------------------------------------------
    // Lexical
    // ------------------------------------------------------------------

    identifier: $ => token(choice(
      /[a-zA-Z_][a-zA-Z0-9_$]*/,
      /\\[^\s]+/,
    )),

    system_identifier: $ => /\$[a-zA-Z0-9_$]+/,

    number: $ => token(choice(
      // unsized decimal
      /[0-9][0-9_]*/,
      // real
      /[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?/,
      /[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*/,
      // sized / unsized based
      /([0-9][0-9_]*[ \t]*)?'[sS]?[bB][ \t]*[01xXzZ?][01xXzZ?_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[oO][ \t]*[0-7xXzZ?][0-7xXzZ?_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[dD][ \t]*[0-9xXzZ?][0-9_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[hH][ \t]*[0-9a-fA-FxXzZ?][0-9a-fA-FxXzZ?_]*/,
      // unbased unsized
      /'[01xXzZ]/,
    )),

    time_literal: $ => token(seq(
      /[0-9][0-9_]*(\.[0-9][0-9_]*)?/,
      choice('s', 'ms', 'us', 'ns', 'ps', 'fs', 'step'),
    )),

    string: $ => token(seq(
      '"',
      repeat(choice(/[^"\\\n]/, /\\(.|\r?\n)/)),
      '"',
    )),

    comment: $ => token(choice(
      seq('//', /[^\n]*/),
      seq('/*', /[^*]*\*+([^/*][^*]*\*+)*/, '/'),
    )),

    // ------------------------------------------------------------------
    // Attributes and preprocessor (extras)
    // ------------------------------------------------------------------

    attribute_instance: $ => seq(
      '(*',
      commaSep1($.attribute_spec),
      '*)',
    ),

    attribute_spec: $ => seq(
      field('name', $.identifier),
      optional(seq('=', field('value', choice($.number, $.string, $.identifier)))),
    ),

    macro_usage: $ => prec.right(seq(
      field('name', $.macro_name),
      optional(field('arguments', alias($._macro_arguments, $.argument_list))),
    )),

    macro_name: $ => /`[a-zA-Z_][a-zA-Z0-9_$]*/,

    _macro_arguments: $ => seq(
      token.immediate('('),
      optional(seq(
        optional($._expression),
        repeat(seq(',', optional($._expression))),
      )),
      ')',
    ),

    preprocessor_directive: $ => choice(
      seq(
        field('directive', alias('`define', $.directive)),
        field('name', $.identifier),
        optional(field('parameters', $.macro_parameters)),
        optional(field('value', $.macro_body)),
        $._directive_end,
      ),
      seq(
        field('directive', alias(token(prec(1, choice('`ifdef', '`ifndef', '`elsif', '`undef'))), $.directive)),
        field('name', $.identifier),
      ),
      field('directive', alias(token(prec(1, choice(
        '`else', '`endif', '`resetall', '`celldefine', '`endcelldefine',
        '`nounconnected_drive', '`undefineall', '`end_keywords',
      ))), $.directive)),
      seq(field('directive', alias('`include', $.directive)), field('path', choice($.string, $.system_path))),
      seq(field('directive', alias('`timescale', $.directive)), field('value', $.timescale_value)),
      seq(
        field('directive', alias(token(prec(1, choice('`default_nettype', '`unconnected_drive'))), $.directive)),
        field('value', choice($.identifier, ...NET_TYPES)),
      ),
      seq(
        field('directive', alias(token(prec(1, choice('`pragma', '`line', '`begin_keywords'))), $.directive)),
        optional(field('value', $.macro_body)),
        $._directive_end,
      ),
    ),

    macro_parameters: $ => seq(
      token.immediate('('),
      commaSep(field('name', $.identifier)),
      ')',
    ),

    macro_body: $ => token.immediate(prec(5, /[ \t]+(\\\r?\n|[^\r\n])*/)),

    _directive_end: $ => token.immediate(prec(5, /\r?\n/)),

    system_path: $ => /<[^>\n]*>/,

    timescale_value: $ => /[0-9]+[ \t]*[a-z]+[ \t]*\/[ \t]*[0-9]+[ \t]*[a-z]+/,
  },
});
