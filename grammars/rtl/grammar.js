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
  // sequence and property operators, loosest first (IEEE 1800-2017 table 16-3)
  SVA_ALWAYS: -30,
  SVA_IMPL: -29,
  SVA_UNTIL: -28,
  SVA_IFF: -27,
  SVA_OR: -26,
  SVA_AND: -25,
  SVA_NOT: -24,
  SVA_INTERSECT: -23,
  SVA_WITHIN: -22,
  SVA_THROUGHOUT: -21,
  SVA_DELAY: -20,
  SVA_REPEAT: -19,
  SVA_OPERAND: -40,
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
  // MOS, CMOS and pass switches (IEEE 1800-2017 28.7-28.9)
  'nmos', 'pmos', 'rnmos', 'rpmos', 'cmos', 'rcmos',
  'tran', 'rtran', 'tranif0', 'tranif1', 'rtranif0', 'rtranif1',
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

// The primaries of IEEE 1800-2017 A.8.4, listed once: _primary's choice and, spelled out in
// _expression's, so that an operand is one hidden node in the tree, not two.
const primaries = $ => [
  $.identifier,
  $.scoped_identifier,
  $.number,
  $.macro_number,
  $.macro_sized_number,
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
  $.new_expression,
  $.this,
  $.super,
  $.typed_assignment_pattern,
  $.tagged_expression,
  $.sequence_match,
  $.sequence_call,
  alias($._increment_core, $.increment_expression),
  'null',
];

module.exports = grammar({
  name: 'rtl',

  word: $ => $.identifier,

  extras: $ => [
    /\s/,
    $.comment,
    $.preprocessor_directive,
    $.inactive_branch,
    $.attribute_instance,
  ],

  // src/scanner.c: `else/`elsif branches, raw macro arguments, the end of a `define
  externals: $ => [
    $.inactive_branch,
    $.macro_arguments,
    $._directive_end,
    $._include_in_list,
    $._svunit_tests_begin,
    $._svunit_test_begin,
    $._svunit_end,
    $._unit_macro_begin,
  ],

  conflicts: $ => [
    // `parameter T [`M] p` or `parameter p [`M]`: the name after decides
    [$.packed_dimension, $._primary],
    [$.packed_dimension, $._expression], // the same name as an operand (_expression lists the primaries)
    // `CELL u (…);: an instance of the module a macro names, or a macro item then more
    [$._macro_name_only, $.macro_usage],
    // `` `module ovl_x (…); … `endmodule ``: the last macro ends the unit
    [$._macro_module_declaration, $._macro_name_only],
    [$._macro_module_declaration, $._macro_data_type, $.module_instantiation],
    // `` `CELL `NAME (…); ``: a macro's module given an instance name by a macro
    [$._macro_module_declaration, $.module_instantiation],
    // (in its body a macro before `sequence`/`property` may be the end or an assertion's keyword)
    [$._concurrent_assertion_head, $._macro_name_only, $.macro_usage],
    // `` x `OP y; ``: a macro spelling the assignment operator, or the select of a target
    // (`` x`BITS = y; ``), told by what follows
    [$.blocking_assignment, $._macro_name_only],
    [$._primary, $.select],
    [$._expression, $.select],
    [$._lvalue, $.select],
    // `` `M(2) g1 (…); ``: a macro cell's instance, or a macro item before another item
    [$._macro_with_arguments, $.macro_usage],
    [$._macro_name_only, $._macro_with_arguments],
    // `` `m(x)::get() ``, `` `m(x) (a, b) ``: a macro naming a class or a function, or a
    // macro usage, told by what follows its arguments
    [$._macro_name_only, $._macro_with_arguments, $.macro_usage],
    // `` `R d; ``: a variable of the type a macro names, or an instance of a macro's module
    [$._macro_data_type, $.module_instantiation],
    // `{<< {a, b}}`: a slice size written as a concatenation, or the streamed items
    [$.concatenation, $._stream_concatenation],
    [$.default_disable_declaration, $.parenthesized_expression],
    [$._primary, $.with_expression],
    // `x with (c) {`: a coverpoint's bins after it, or randomize's constraints naming c
    [$.with_expression],
    [$._lvalue, $._primary],
    [$._lifetime, $._method_qualifier],
    [$._foreach_head, $._primary],
    [$._foreach_head, $._foreach_array_element, $._primary],
    // `->ev[i];` versus `->ev[i].done;`
    [$._simple_select, $._primary],
    [$._simple_member, $._primary],
    // `(`PORTS .*)`: a macro item before a connection, or `` `P.x `` a member of what it names
    [$._instance_connection, $._primary],
    [$._method_qualifier, $.variable_declaration],
    [$._method_qualifier, $._variable_qualifiers],
    // `local typedef int cnt_t;` versus `local int cnt;` and `local function …`
    [$._qualified_typedef, $._method_qualifier, $.variable_declaration, $._qualified_macro_type_declaration],
    // `#(W `ATTR = 8)`: a macro between a parameter's name and its default, or a macro
    // standing for more entries after it
    [$._parameter_port_body],
    // `t x;` (user-typed declaration) versus `m u (...)` (instance).
    [$._user_data_type, $.module_instantiation],
    // `chk u(posedge clk, d);` among a block's statements is a checker's instance, `T v;`
    // a declaration: the token after the second name tells
    [$._user_data_type, $._checker_instantiation_statement],
    [$.packed_dimension, $.unpacked_dimension],
    // `t [3:0] x;` versus `a[3:0] = ...` in procedural code.
    [$._user_data_type, $._primary],
    [$._user_data_type, $._expression],
    [$._user_data_type, $._primary, $._lvalue],
    [$._user_data_type, $._lvalue],
    [$._user_data_type, $._primary, $.function_call],
    [$._user_data_type, $._primary, $._lvalue, $.function_call],
    // `wire t x;` (a net of type t) versus `wire a;`: the token after the name decides
    [$._net_declaration_header],
    [$._parameterized_class, $._net_user_type],
    // `parameter w `M(...)`: a parameter w and a macro after it, or a macro parameter of type w
    [$._parameter_port_body, $._user_data_type],
    // `input t `M(x) …`: a port t with a macro after it, or a port of type t with the
    // dimensions the macro spells: the token after the macro tells
    [$.ansi_port_declaration, $._user_macro_dimension_type],
    // `parameter int `M(x) = 0`: a macro spelling the name, or the type's dimensions
    [$._primitive_data_type, $._primitive_macro_dimension_type],
    // `for (int i = 0, j = 0; …)`: j declared with i, or (`int i = 0, int j = 0`) the
    // next declaration after the comma
    [$._for_variable_declaration],
  ],

  // Hidden rules that only choose among alternatives are inlined: each use is then the
  // alternative alone in tree-sitter's tree, not under a hidden node of its own (80 bytes or
  // more each, for every edge, `if`, operator, port direction, net type and item of a file). A
  // rule that is aliased somewhere stays a rule: inlined, its alias would fall on each of
  // its steps.
  inline: $ => [
    $._statement_or_null,
    $._edge,
    $._if_keyword,
    $._unique_priority,
    $._unary_operator,
    $._xor_operator,
    $._equality_operator,
    $._relational_operator,
    $._shift_operator,
    $._additive_operator,
    $._multiplicative_operator,
    $._data_type_or_implicit,
    $._net_data_type,
    $._parameter_value,
    $._assignment_operator,
    $._port_direction,
    $._net_type,
    $._port_list_entry,
    $._block_item,
    $._module_item,
  ],

  rules: {
    source_file: $ => repeat($._description),

    _description: $ => choice(
      $.module_declaration,
      alias($._macro_module_declaration, $.module_declaration),
      $.interface_declaration,
      $.program_declaration,
      $.package_declaration,
      $.checker_declaration,
      $.config_declaration,
      $.udp_declaration,
      $.bind_directive,
      $.extern_unit_declaration,
      $._package_item,
    ),

    // `extern module ctr(output q, input clk);` (IEEE 1800-2017 23.2.1): a unit's header
    // declared ahead of its definition
    extern_unit_declaration: $ => seq(
      'extern',
      field('kind', choice('module', 'macromodule', 'interface', 'program')),
      field('name', $.identifier),
      optional(field('parameters', $.parameter_port_list)),
      field('ports', $.port_list),
      ';',
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

    // the Open Verification Library writes each checker as `` `module ovl_x (…); … `endmodule ``,
    // macros it defines as the keywords: src/scanner.c tells `` `module `` where a unit may
    // begin; the macro that ends the body ends the unit
    _macro_module_declaration: $ => seq(
      alias($._unit_macro_begin, $.macro_name),
      $._design_unit_header,
      repeat($._module_item),
      alias($._macro_name_only, $.macro_usage),
    ),

    interface_declaration: $ => seq(
      'interface',
      $._design_unit_header,
      repeat(choice($._module_item, alias($._extern_tf_declaration, $.method_prototype))),
      'endinterface',
      optional($._end_label),
    ),

    program_declaration: $ => seq(
      'program',
      $._design_unit_header,
      repeat($._module_item),
      'endprogram',
      optional($._end_label),
    ),

    // IEEE 1800-2017 17: a checker groups assertions with their modelling code.
    checker_declaration: $ => seq(
      $._checker_header,
      repeat($._module_item),
      'endchecker',
      optional($._end_label),
    ),

    _checker_header: $ => seq('checker', field('name', $.identifier), optional(field('ports', $.port_list)), ';'),

    // IEEE 1800-2017 23.11: `bind target [: instances] module_instantiation`
    bind_directive: $ => seq(
      'bind',
      field('target', choice($.identifier, alias($._simple_member, $.member_access), $.macro_usage, alias($._macro_member, $.member_access))),
      optional(seq(':', commaSep1(field('instance', choice($.identifier, alias($._simple_member, $.member_access)))))),
      field('instantiation', $.module_instantiation),
    ),

    // a path a macro starts: `PD_MAIN_PATH.u_rom_ctrl
    _macro_member: $ => seq(
      field('value', choice($.macro_usage, alias($._macro_member, $.member_access))),
      '.',
      field('member', $.identifier),
    ),

    // IEEE 1800-2017 33.4: configurations
    config_declaration: $ => seq(
      'config',
      field('name', $.identifier),
      ';',
      repeat($.localparam_declaration),
      'design',
      repeat($.cell_reference),
      ';',
      repeat($.config_rule),
      'endconfig',
      optional($._end_label),
    ),

    cell_reference: $ => prec.right(seq(
      field('library', $.identifier),
      optional(seq('.', field('cell', $.identifier))),
    )),

    config_rule: $ => seq(
      choice(
        'default',
        seq('instance', field('instance', choice($.identifier, alias($._simple_member, $.member_access)))),
        seq('cell', field('cell', $.cell_reference)),
      ),
      choice(
        seq('liblist', repeat(field('library', $.identifier))),
        seq('use', optional(field('use', $.cell_reference)), optional($.parameter_value_assignment), optional(seq(':', 'config'))),
      ),
      ';',
    ),

    // IEEE 1800-2017 29: user-defined primitives
    udp_declaration: $ => seq(
      $._udp_header,
      repeat(choice($.port_declaration, $.variable_declaration, $.initial_construct)),
      'table',
      repeat($.udp_table_entry),
      'endtable',
      'endprimitive',
      optional($._end_label),
    ),

    _udp_header: $ => seq(optional('extern'), 'primitive', field('name', $.identifier), field('ports', $.port_list), ';'),

    // one row of a UDP table (`0 1 : ? : 1;`, `(01) 0 : 0;`), kept as one token
    udp_table_entry: $ => token(prec(-1, /[01xXbB?rRfFpPnN*\-(][01xXbB?rRfFpPnN*\-()\s:]*;/)),

    _design_unit_header: $ => seq(
      optional(field('lifetime', $._lifetime)),
      // a macro naming the unit, chosen per technology (VeeR's `module `TEC_RV_ICG`)
      field('name', choice($.identifier, alias($._macro_name_only, $.macro_usage))),
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
      $.nettype_declaration,
      $.class_declaration,
      $.constraint_declaration,
      $.covergroup_declaration,
      $.let_declaration,
      $.dpi_import_declaration,
      $.dpi_export_declaration,
      $.null_statement,
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

    // a macro may name the package or the item (UVM-ML's `` import `uvm_ovm_(pkg)::*; ``,
    // `` import adapter::`STREAM_T; ``)
    import_item: $ => seq(
      field('package', choice($.identifier, $.wildcard, $.macro_usage)),
      '::',
      field('name', choice($.identifier, $.wildcard, alias($._macro_name_only, $.macro_usage))),
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

    // A macro or an `include may stand for more parameters after one (BaseJump STL's and
    // BlackParrot's `` `declare_bp_proc_params(p) ``, whose expansion starts with its own
    // comma), before one, or be one between commas (VeeR's
    // `#(parameter W = 1, `include "el2_param.vh")`).
    parameter_port_list: $ => seq(
      '#', '(',
      commaSep(choice(
        seq(
          repeat($._list_text),
          choice(
            alias($._parameter_port, $.parameter_declaration),
            alias($._localparam_port, $.localparam_declaration),
          ),
          repeat($._list_text),
        ),
        repeat1($._list_text),
      )),
      ')',
    ),

    // what a header list holds besides its entries: text the preprocessor makes entries of
    _list_text: $ => choice($.macro_usage, alias($._list_include, $.preprocessor_directive)),

    _parameter_port: $ => choice(
      seq('parameter', choice($._parameter_port_body, $._macro_parameter)),
      $._parameter_port_body,
      // a built-in type, then a macro spelling the names (`#(int `VIP_PARAMS(master))`,
      // the keyword left out as A.1.3 allows after the list's first entry)
      seq(
        field('type', $._primitive_data_type_alias),
        field('name', $.macro_usage),
        optional(seq('=', field('value', $._expression))),
      ),
    ),

    _localparam_port: $ => seq('localparam', choice($._parameter_port_body, $._macro_parameter)),

    // a macro spelling the name and default (BaseJump STL's
    // `parameter [w-1:0] `BSG_INV_PARAM(len_p)`), or the name only (PULP's HCI:
    // `parameter size_t `SIZE_PARAM(tcdm) = '0`)
    _macro_parameter: $ => choice(
      seq(
        optional(field('type', $._data_type_or_implicit)),
        field('name', $.macro_usage),
        optional(seq('=', field('value', $._expression))),
      ),
      // or the type: `parameter `WORD_T init = '0`
      seq(
        field('type', $.macro_usage),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        optional(seq('=', field('value', $._expression))),
      ),
    ),

    _parameter_port_body: $ => choice(
      seq(
        optional(field('type', $._data_type_or_implicit)),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        optional(seq('=', field('value', $._expression))),
      ),
      // a macro may stand between the name and the default, expanding to a tool's
      // attribute comment or nothing (`parameter int W `VL_RD = 8`, cocotb's examples
      // marking parameters for Verilator's `/*verilator public_flat_rd*/`); after a type
      // name, `T `M(x) = v` is the macro spelling the name
      prec.dynamic(-1, seq(
        optional(field('type', $._data_type_or_implicit)),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        field('attribute', $.macro_usage),
        '=',
        field('value', $._expression),
      )),
      seq(
        'type',
        field('name', $.identifier),
        optional(seq('=', field('value', $._type_value))),
      ),
      // a type parameter's list going on, its next default a parameterized type:
      // `#(type A = int, B = box#(A))` (IEEE 1800-2017 A.1.3, list_of_type_assignments)
      seq(
        field('name', $.identifier),
        '=',
        field('value', choice(
          alias(seq(
            field('base', choice(alias($.identifier, $.type_identifier), $.scoped_identifier)),
            field('parameters', $.parameter_value_assignment),
          ), $.data_type),
          // `#(type IN = int, OUT = int)`: a built-in type is no expression, so the
          // name is a type parameter's
          $._primitive_data_type_alias,
        )),
      ),
    ),

    // a macro use or an `include may stand for ports of its own, before a port (`PORTS a,
    // b), after one (`input clk_i `declare_ports(p)`, an expansion that opens with a
    // comma) or be one (a, `P, b)
    // A port may be left empty (IEEE 1364-2005 12.3.2: `module m (a, , b)`), and a list
    // may end in a comma (`X, A, `ifdef PWR VPWR, `endif );`), which simulators accept.
    port_list: $ => seq(
      '(',
      optional($._port_list_entry),
      repeat(seq(',', optional($._port_list_entry))),
      ')',
    ),

    _port_list_entry: $ => choice(
      seq(repeat($._list_text), choice($.ansi_port_declaration, $.port), repeat($._list_text)),
      repeat1($._list_text),
    ),

    // A bare name (non-ANSI header, or a name that inherits the previous
    // ANSI port's direction and type), or `.name(expr)`.
    port: $ => choice(
      field('name', $.identifier),
      // a task's or function's argument that inherits the previous one's direction and
      // type, with a default: `function f(string a = "", b = "x")` (IEEE 1800-2017 13.3),
      // or with unpacked dimensions of its own: `task t(input byte a[$], b[$])`
      seq(field('name', $.identifier), '=', field('value', $._expression)),
      seq(field('name', $.identifier), repeat1($.unpacked_dimension), optional(seq('=', field('value', $._expression)))),
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
        // `task t([415:0] block)`: an input of packed bits (IEEE 1800-2017 13.3)
        field('type', alias($._implicit_data_type, $.data_type)),
        field('type', $.interface_type),
        seq(optional(field('direction', $._port_direction)), field('type', $._assertion_port_type)),
        // a local variable formal of a sequence or property (IEEE 1800-2017 16.8.2):
        // `sequence s(local input op_t op)`
        seq('local', optional(field('direction', $._port_direction)), field('type', choice($._data_type, $._assertion_port_type))),
        // a named type with dimensions a macro spells: input req_t `N(2) reqs
        seq(field('direction', $._port_direction), field('type', alias($._user_macro_dimension_type, $.data_type))),
        // a macro spelling the type: input `STRUCT_PORT_BITS(req_t_bits) req_i (Ara's), or
        // part of it before the dimensions: input `SIGN [31:0] data
        seq(
          field('direction', $._port_direction),
          optional(field('net_type', choice($._net_type, 'var'))),
          field('type', $.macro_usage),
          repeat($.packed_dimension),
        ),
      ),
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      // an event formal's default is an event expression: `sequence q(event e = posedge c)`
      optional(seq('=', field('value', choice($._expression, alias($._edge_argument, $.event_expression))))),
    ),

    interface_type: $ => choice(
      seq(field('interface', $.identifier), '.', field('modport', $.identifier)),
      seq('interface', optional(seq('.', field('modport', $.identifier)))),
    ),

    _port_direction: $ => choice('input', 'output', 'inout', 'ref', seq('const', 'ref')),

    // formal argument types of sequences, properties and checkers
    _assertion_port_type: $ => alias(choice('sequence', 'property', 'untyped'), $.primitive_type),

    // ------------------------------------------------------------------
    // Module items
    // ------------------------------------------------------------------

    _module_item: $ => choice(
      $.port_declaration,
      alias($._interface_port_declaration, $.port_declaration),
      $.net_declaration,
      $.variable_declaration,
      alias($._macro_type_declaration, $.variable_declaration),
      alias($._user_macro_dimension_declaration, $.variable_declaration),
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
      alias($._unnamed_udp_instantiation, $.module_instantiation),
      $.gate_instantiation,
      $.generate_region,
      $.loop_generate,
      $.if_generate,
      $.case_generate,
      $.generate_block,
      $.function_declaration,
      $.task_declaration,
      // `constraint cfg::c_user { … }`: the body of a class's constraint (18.5.1)
      $.constraint_declaration,
      $.modport_declaration,
      $.concurrent_assertion,
      $.property_declaration,
      $.sequence_declaration,
      $.defparam_declaration,
      $.null_statement,
      $._macro_item,
      $.class_declaration,
      $.covergroup_declaration,
      $.clocking_declaration,
      $.default_disable_declaration,
      $.let_declaration,
      $.dpi_import_declaration,
      $.dpi_export_declaration,
      $.specify_block,
      $.specparam_declaration,
      $.bind_directive,
      $.module_declaration,
      $.interface_declaration,
      $.program_declaration,
      $.checker_declaration,
      $.net_alias,
      $.nettype_declaration,
      $.immediate_assertion,
      $.elaboration_task,
      alias($._svunit_tests, $.task_declaration),
      alias($._macro_process, $.initial_construct),
    ),

    // `$error("...");` among module items (IEEE 1800-2017 20.11)
    elaboration_task: $ => seq($.system_call, ';'),

    // `nettype real wreal with resolve_fn;` (IEEE 1800-2017 6.6.7)
    nettype_declaration: $ => seq(
      'nettype',
      field('type', $._data_type),
      field('name', $.identifier),
      optional(seq('with', field('resolver', choice($.identifier, $.scoped_identifier)))),
      ';',
    ),

    // `alias a = b = c;`
    net_alias: $ => seq('alias', field('left', $._lvalue), repeat1(seq('=', field('right', $._lvalue))), ';'),

    // ------------------------------------------------------------------
    // Classes (IEEE 1800-2017 8)
    // ------------------------------------------------------------------

    // Headers of units with a body are hidden rules of their own: every optional part of a
    // header inlined into the unit's rule would copy the parse states of the whole body.
    class_declaration: $ => seq(
      $._class_header,
      repeat($._class_item),
      'endclass',
      optional($._end_label),
    ),

    _class_header: $ => seq(
      optional($._class_kind),
      'class',
      optional(field('lifetime', $._lifetime)),
      field('name', $.identifier),
      optional(field('parameters', $.parameter_port_list)),
      optional($._class_extends),
      optional($._class_implements),
      ';',
    ),

    _class_kind: $ => choice(field('virtual', 'virtual'), field('interface', 'interface')),

    _class_extends: $ => seq(
      'extends',
      // a macro may name the base class (VMM and vendor VIP code pick it per methodology:
      // `class env extends `VMM_ENV;`)
      choice(commaSep1(field('superclass', $.class_type)), field('superclass', $.macro_usage)),
      optional(field('arguments', choice($.argument_list, seq('(', 'default', ')')))),
    ),

    _class_implements: $ => seq('implements', commaSep1(field('interface_class', $.class_type))),

    // a class named where a type is expected: `base`, `pkg::base`, `base #(T, 8)`
    class_type: $ => prec.right(seq(
      field('name', choice($.identifier, $.scoped_identifier)),
      optional(field('parameters', $.parameter_value_assignment)),
    )),

    _class_item: $ => choice(
      $.variable_declaration,
      // `` `VMM_LOG log; ``, `` local static `UVM_CORESERVICE_TYPE inst; ``: a macro naming a
      // member's type
      alias($._macro_type_declaration, $.variable_declaration),
      alias($._qualified_macro_type_declaration, $.variable_declaration),
      $.function_declaration,
      $.task_declaration,
      $.method_prototype,
      $.constraint_declaration,
      $.constraint_prototype,
      $.covergroup_declaration,
      $.class_declaration,
      $.typedef_declaration,
      // `protected typedef struct { … } item_t;`: a class property's qualifiers may stand
      // before a type declaration (IEEE 1800-2017 A.1.9 class_property ::= { property_qualifier }
      // data_declaration, and data_declaration holds type_declaration)
      alias($._qualified_typedef, $.typedef_declaration),
      $.parameter_declaration,
      $.localparam_declaration,
      $.import_declaration,
      $.let_declaration,
      $.timeunits_declaration,
      $.net_declaration,
      $.null_statement,
      $._macro_item,
      // a covergroup's items between macros that open and close it (riscv-dv's
      // `R_INSTR_CG_BEGIN(add) … `CG_END): parsed where they stand, in the class
      alias($._class_coverpoint, $.coverpoint),
      $.cover_cross,
      $.coverage_option,
    ),

    // (without the data type a coverpoint may have in a covergroup, which would take a
    // class's variable declarations for coverpoints)
    _class_coverpoint: $ => prec(1, seq(
      optional($._coverage_label),
      'coverpoint',
      field('expression', $._expression),
      optional(seq('iff', '(', field('iff', $._expression), ')')),
      $._coverage_body,
    )),

    _qualified_typedef: $ => seq(
      $._variable_qualifiers,
      'typedef',
      field('type', $._data_type),
      field('name', $.identifier),
      repeat($.unpacked_dimension),
      ';',
    ),

    // qualifiers of class members (IEEE 1800-2017 8.3): kept as `qualifier` fields
    _method_qualifier: $ => field('qualifier', choice('virtual', 'static', 'local', 'protected', 'automatic')),

    // `extern task rd(input logic [7:0] a);`, `extern forkjoin task count();`: an
    // interface's task or function that a module connected to it defines and exports
    // through a modport (IEEE 1800-2017 25.7.2, A.2.9 extern_tf_declaration)
    _extern_tf_declaration: $ => seq(
      field('qualifier', 'extern'),
      optional(field('qualifier', 'forkjoin')),
      choice(
        seq('function', optional(field('return_type', $._data_type_or_implicit)), field('name', $.identifier)),
        seq('task', field('name', $.identifier)),
      ),
      optional(field('ports', $.port_list)),
      ';',
    ),

    // `extern function ...;`, `pure virtual task ...;`: a method declared without a body
    method_prototype: $ => seq(
      field('qualifier', choice('extern', 'pure')),
      // a macro may spell a qualifier (UVM 1.1's `` extern `_protected function new(); ``)
      repeat(choice($._method_qualifier, field('qualifier', choice('extern', 'forkjoin', alias($._macro_name_only, $.macro_usage))))),
      choice(
        // a macro may spell the return type (`` pure virtual function `OBJ_T(object) create(); ``)
        seq('function', optional(field('lifetime', $._lifetime)), optional(field('return_type', choice($._data_type_or_implicit, $.macro_usage))),
          field('name', choice($.identifier, 'new')), optional(field('ports', $.port_list))),
        seq('task', optional(field('lifetime', $._lifetime)), field('name', $.identifier), optional(field('ports', $.port_list))),
      ),
      ';',
    ),

    // ------------------------------------------------------------------
    // Constraints (IEEE 1800-2017 18)
    // ------------------------------------------------------------------

    constraint_declaration: $ => seq(
      optional(field('qualifier', 'static')),
      'constraint',
      field('name', choice($.identifier, $.scoped_identifier)),
      field('body', $.constraint_block),
    ),

    constraint_prototype: $ => seq(
      optional(field('qualifier', choice('extern', 'pure'))),
      optional(field('qualifier', 'static')),
      'constraint',
      field('name', $.identifier),
      ';',
    ),

    constraint_block: $ => prec(1, seq('{', repeat($._constraint_item), '}')),

    _constraint_set: $ => choice($._constraint_item, $.constraint_block),

    _constraint_item: $ => choice(
      $.constraint_expression,
      $.implication_constraint,
      $.if_constraint,
      $.foreach_constraint,
      $.solve_before,
      $.uniqueness_constraint,
      $.disable_soft,
      $._constraint_macro,
    ),

    // A macro standing for constraints (`DV_COMMON_CLK_CONSTRAINT(f)`, UVM and lowRISC
    // code): inside a constraint block it is an item, not the start of a concatenation.
    _constraint_macro: $ => prec.right(2, seq($.macro_usage, optional(';'))),

    constraint_expression: $ => seq(
      optional(field('soft', 'soft')),
      field('expression', $._expression),
      ';',
    ),

    dist_expression: $ => prec.left(PREC.REL, seq(
      field('value', $._expression),
      'dist',
      '{', commaSep1($.dist_item), '}',
    )),

    dist_item: $ => seq(
      field('value', choice($._dist_value, alias($._dist_arith, $.binary_expression), $.value_range, 'default')),
      optional(seq(field('operator', choice(':=', ':/')), field('weight', choice($._dist_value, alias($._dist_arith, $.binary_expression), alias($._dist_conditional, $.conditional_expression),
        // a weight a method computes: `1'b0 :/ hdr.size()`
        $.function_call)))),
    ),

    // a value or weight computed from simple operands, with the usual precedence:
    // `:/ 100 - zero_delay_pct`, `1024 * `WIDTH / 32 :/ 40`
    _dist_arith: $ => choice(
      $._dist_product,
      prec.left(1, seq(
        field('left', choice($._dist_value, alias($._dist_arith, $.binary_expression))),
        field('operator', choice('+', '-')),
        field('right', choice($._dist_value, alias($._dist_product, $.binary_expression))),
      )),
    ),

    // a weight chosen by a condition: `:= `EN_GCM ? 1 : 0`
    _dist_conditional: $ => seq(
      field('condition', $._dist_value),
      '?',
      field('consequence', $._dist_value),
      ':',
      field('alternative', $._dist_value),
    ),

    _dist_product: $ => prec.left(2, seq(
      field('left', choice($._dist_value, alias($._dist_product, $.binary_expression))),
      field('operator', choice('*', '/')),
      field('right', $._dist_value),
    )),

    // values and weights of a distribution: simple operands keep `:=`/`:/` out of the
    // expression automaton's lookahead sets (each such token would copy it)
    _dist_value: $ => choice(
      $.number, $.identifier, $.scoped_identifier, $.member_access, $.parenthesized_expression, $.macro_usage,
      alias($._negative_number, $.unary_expression), alias($._dist_select, $.select), alias($._dist_member, $.member_access),
      $.concatenation, // `{2'b00, 2'b01} := 1`
      $.replication, // `{W{1'b1}} := 1`
    ),

    // an element of an array: `pkg::modes[0] := 6`, `:/ cfg.page_pc[i][j]`
    _dist_select: $ => prec(1, seq(
      field('value', choice($.identifier, $.scoped_identifier, $.member_access, alias($._dist_select, $.select), alias($._dist_member, $.member_access))),
      '[', field('index', $._expression), ']',
    )),

    // a member of an element: `hdr[i].len :/ 70`
    _dist_member: $ => seq(
      field('value', choice(alias($._dist_select, $.select), alias($._dist_member, $.member_access))),
      '.',
      field('member', $.identifier),
    ),

    _negative_number: $ => seq(field('operator', '-'), field('operand', $.number)),

    // `mode == FAST -> soft len < 8;`: the set after `->` may be a soft constraint
    // (IEEE 1800-2017 A.1.10: expression -> constraint_set); without `soft` it is one
    // expression with the implication operator, read as that
    implication_constraint: $ => prec(1, seq(
      field('condition', $._expression),
      '->',
      field('body', choice($.constraint_block, alias($._soft_constraint, $.constraint_expression))),
    )),

    _soft_constraint: $ => seq(field('soft', 'soft'), field('expression', $._expression), ';'),

    if_constraint: $ => prec.right(seq(
      'if', '(', field('condition', $._expression), ')',
      field('consequence', $._constraint_set),
      optional(seq('else', field('alternative', $._constraint_set))),
    )),

    foreach_constraint: $ => seq(
      $._foreach_head,
      field('body', $._constraint_set),
    ),

    solve_before: $ => seq(
      'solve', commaSep1(field('variable', $._path_terminal)),
      'before', commaSep1(field('before', $._path_terminal)),
      ';',
    ),

    uniqueness_constraint: $ => seq('unique', field('set', $.range_list), ';'),

    disable_soft: $ => seq('disable', 'soft', field('variable', $._expression), ';'),

    // ------------------------------------------------------------------
    // Covergroups (IEEE 1800-2017 19)
    // ------------------------------------------------------------------

    covergroup_declaration: $ => seq(
      $._covergroup_header,
      repeat($._coverage_item),
      'endgroup',
      optional($._end_label),
    ),

    _covergroup_header: $ => seq(
      'covergroup',
      field('name', $.identifier),
      optional(field('ports', $.port_list)),
      optional(field('event', $._coverage_event)),
      ';',
    ),

    _coverage_event: $ => choice(
      $.event_control,
      seq('with', 'function', 'sample', $.port_list),
      seq('@@', '(', $._block_event, ')'),
    ),

    _block_event: $ => seq(choice('begin', 'end'), choice($.identifier, $.member_access), repeat(seq('or', choice('begin', 'end'), choice($.identifier, $.member_access)))),

    _coverage_item: $ => choice(
      $.coverage_option,
      $.coverpoint,
      $.cover_cross,
      $.function_declaration,
      $._macro_item,
    ),

    coverage_option: $ => seq(
      field('kind', choice('option', 'type_option')),
      '.',
      field('name', $.identifier),
      '=',
      field('value', $._expression),
      ';',
    ),

    _coverage_label: $ => seq(field('label', $.identifier), ':'),

    coverpoint: $ => prec(1, seq(
      optional(seq(optional(field('type', alias($._primitive_data_type, $.data_type))), $._coverage_label)),
      'coverpoint',
      field('expression', $._expression),
      optional(seq('iff', '(', field('iff', $._expression), ')')),
      $._coverage_body,
    )),

    _coverage_body: $ => choice(
      ';',
      // the `;` after `}` is the body's, not a null item after it (coverpoints in a class)
      prec.right(seq('{', repeat(choice($.coverage_option, $.bins_declaration, $.function_declaration, $._macro_item)), '}', optional(';'))),
    ),

    cover_cross: $ => seq(
      optional($._coverage_label),
      'cross',
      commaSep1(field('item', choice($.identifier, $.member_access))),
      optional(seq('iff', '(', field('iff', $._expression), ')')),
      $._coverage_body,
    ),

    bins_declaration: $ => seq(
      $._bins_head,
      field('value', $._bins_value),
      optional(choice(
        seq('iff', '(', field('iff', $._expression), ')'),
        // a macro standing for the iff or with and its condition: `WITH (!en)
        $.macro_usage,
      )),
      ';',
    ),

    _bins_head: $ => seq(
      optional(field('wildcard', 'wildcard')),
      field('kind', choice('bins', 'illegal_bins', 'ignore_bins')),
      field('name', $.identifier),
      optional(seq('[', optional(field('size', $._expression)), ']')),
      '=',
    ),

    _bins_value: $ => choice(
        seq($.range_list, optional(seq('with', '(', field('filter', $._expression), ')'))),
        seq('default', optional('sequence')),
        commaSep1($.transition_set),
        seq($.identifier, 'with', '(', field('filter', $._expression), ')'),
        // IEEE 1800-2017 19.5: bins of the values an array or a function gives
        // (`bins listed[] = valid_q;`, `bins one[] = masks(4);`)
        $.identifier,
        alias($._bins_function_call, $.function_call),
        // IEEE 1800-2017 19.6.1: a cross's bins select with binsof, && and ||, and may
        // filter a selection, `binsof(a) intersect {0} with (b > 2)`
        $._select_expression,
        // a cross_set_expression listing value tuples (IEEE 1800-2017 19.6.1.3):
        // `illegal_bins both = '{'{1, 1}};`
        $.assignment_pattern,
    ),

    _bins_function_call: $ => seq(field('function', $.identifier), field('arguments', $.argument_list)),

    // `(1 => 2 [*3] => 3, 4)`
    transition_set: $ => seq('(', $._transition_sequence, ')'),

    _transition_sequence: $ => seq($.transition_item, repeat(seq('=>', $.transition_item))),

    // values are simple operands, or a concatenation or a cast written whole
    // (`({1'b1, MuBi4False} => {1'b1, MuBi4True})`, `(state_e'(IDLE) => state_e'(RDY))`)
    transition_item: $ => seq(
      // (`((2**W)-1 => 0)`: an arithmetic of values, as a distribution's)
      commaSep1(choice($._dist_value, $.value_range, alias($._transition_cast, $.cast))),
      optional(seq(field('operator', choice('[*', '[=', '[->')), field('count', choice($.number, $.identifier, alias($._number_range, $.range))), ']')),
    ),

    _transition_cast: $ => prec(1, seq(
      field('type', choice($.identifier, $.scoped_identifier, $.primitive_type)),
      "'", '(', field('value', $._expression), ')',
    )),

    _number_range: $ => seq(field('left', choice($.number, $.identifier)), ':', field('right', choice($.number, $.identifier, $.unbounded))),

    _select_expression: $ => choice(
      $.binsof_expression,
      alias($._select_binary, $.binary_expression),
      alias($._select_not, $.unary_expression),
      seq('(', $._select_expression, ')'),
      alias($._select_with, $.with_expression),
    ),

    // `select_expression with (…)` (IEEE 1800-2017 19.6.1.2): the filter applies to the
    // selection just before it, as slang reads it, so operands of && and || may be
    // filtered one by one (`binsof(a) with (a == 0) || binsof(b) with (b == 1)`)
    _select_with: $ => prec(PREC.POSTFIX, seq(
      field('value', choice($.binsof_expression, seq('(', $._select_expression, ')'))),
      'with', '(', field('condition', $._expression), ')',
    )),

    binsof_expression: $ => seq(
      'binsof', '(', field('item', choice($.identifier, $.member_access)), ')',
      optional(seq('intersect', field('set', $.range_list))),
    ),

    _select_binary: $ => choice(
      prec.left(PREC.LAND, seq(field('left', $._select_expression), field('operator', '&&'), field('right', $._select_expression))),
      prec.left(PREC.LOR, seq(field('left', $._select_expression), field('operator', '||'), field('right', $._select_expression))),
    ),

    _select_not: $ => prec(PREC.UNARY, seq(field('operator', '!'), field('operand', $.binsof_expression))),

    // ------------------------------------------------------------------
    // Clocking blocks (IEEE 1800-2017 14)
    // ------------------------------------------------------------------

    clocking_declaration: $ => choice(
      seq(
        $._clocking_header,
        repeat($._clocking_item),
        'endclocking',
        optional($._end_label),
      ),
      // `default clocking cb;`
      seq(field('kind', 'default'), 'clocking', field('name', $.identifier), ';'),
    ),

    _clocking_header: $ => seq(
      optional(field('kind', choice('default', 'global'))),
      'clocking',
      optional(field('name', $.identifier)),
      field('event', $.event_control),
      ';',
    ),

    _clocking_item: $ => choice(
      $.clocking_skew_default,
      $.clocking_signals,
      $.property_declaration,
      $.sequence_declaration,
      $.let_declaration,
      $._macro_item,
    ),

    clocking_skew_default: $ => seq('default', $._clocking_direction, ';'),

    clocking_signals: $ => seq(
      $._clocking_direction,
      commaSep1($.clocking_signal),
      ';',
    ),

    _clocking_direction: $ => choice(
      seq(field('direction', 'input'), optional(field('input_skew', $.clocking_skew)),
        optional(seq(field('direction', 'output'), optional(field('output_skew', $.clocking_skew))))),
      seq(field('direction', 'output'), optional(field('output_skew', $.clocking_skew))),
      field('direction', 'inout'),
    ),

    clocking_skew: $ => choice(
      seq(field('edge', $._edge), optional(field('delay', $.delay_control))),
      field('delay', $.delay_control),
    ),

    clocking_signal: $ => seq(field('name', $.identifier), optional(seq('=', field('value', $._expression)))),

    // `default disable iff (rst);`
    // IEEE 1800-2017 16.15: the parentheses are the condition's own (`default disable iff
    // rst_ni;` is as valid).
    default_disable_declaration: $ => seq('default', 'disable', 'iff', choice(
      prec.dynamic(1, seq('(', field('condition', $._expression), ')')),
      field('condition', $._expression),
    ), ';'),

    // `let max(a, b) = a > b ? a : b;` (IEEE 1800-2017 11.12)
    let_declaration: $ => seq(
      'let',
      field('name', $.identifier),
      optional(field('ports', $.port_list)),
      '=',
      field('value', $._expression),
      ';',
    ),

    // ------------------------------------------------------------------
    // DPI (IEEE 1800-2017 35)
    // ------------------------------------------------------------------

    dpi_import_declaration: $ => seq(
      $._dpi_import_head,
      choice(
        seq('function', optional(field('return_type', $._data_type_or_implicit)), field('name', $.identifier), optional(field('ports', $._dpi_ports))),
        seq('task', field('name', $.identifier), optional(field('ports', $._dpi_ports))),
      ),
      ';',
    ),

    _dpi_ports: $ => choice($.port_list, alias($._dpi_unnamed_port_list, $.port_list)),

    // An import's arguments may go without names (IEEE 1800-2017 A.2.7, tf_port_item's
    // name is optional): `import "DPI-C" pure function real sin(real);`
    _dpi_unnamed_port_list: $ => seq('(', commaSep1($.dpi_argument), ')'),

    dpi_argument: $ => seq(optional(field('direction', $._port_direction)), field('type', $._primitive_data_type_alias)),

    _dpi_import_head: $ => seq(
      'import',
      field('spec', $.string),
      optional(field('property', choice('context', 'pure'))),
      optional(seq(field('c_name', $.identifier), '=')),
    ),

    dpi_export_declaration: $ => seq(
      'export',
      field('spec', $.string),
      optional(seq(field('c_name', $.identifier), '=')),
      choice('function', 'task'),
      field('name', $.identifier),
      ';',
    ),

    // ------------------------------------------------------------------
    // Specify blocks (IEEE 1800-2017 30, 31)
    // ------------------------------------------------------------------

    specify_block: $ => seq('specify', repeat($._specify_item), 'endspecify'),

    _specify_item: $ => choice(
      $.specparam_declaration,
      $.path_declaration,
      $.timing_check,
      seq(choice('pulsestyle_onevent', 'pulsestyle_ondetect', 'showcancelled', 'noshowcancelled'), commaSep1($._expression), ';'),
      $._macro_item,
    ),

    specparam_declaration: $ => seq(
      'specparam',
      repeat($.packed_dimension),
      // the value may be min:typ:max, bare or in parentheses (IEEE 1364-2005 A.2.2.3 and
      // A.8.4: constant_mintypmax_expression; primary ::= ( mintypmax_expression ))
      commaSep1(seq(field('name', $.identifier), '=', field('value', choice($._expression, $._specify_mintypmax, $.mintypmax_expression, $.pulse_limits)))),
      ';',
    ),

    _specify_mintypmax: $ => seq($._expression, ':', $._expression, ':', $._expression),

    _path_delay_value: $ => choice($.number, $.identifier),

    _path_delay_term: $ => choice($.number, $.identifier, alias($._path_delay_arith, $.binary_expression)),

    _path_delay_arith: $ => choice(
      prec.left(PREC.ADD, seq(field('left', $._path_delay_term), field('operator', choice('+', '-')), field('right', $._path_delay_term))),
      prec.left(PREC.MUL, seq(field('left', $._path_delay_term), field('operator', choice('*', '/')), field('right', $._path_delay_term))),
    ),

    // `PATHPULSE$clk$q = (2, 9)`: the reject and error limits (IEEE 1800-2017 30.7.1)
    pulse_limits: $ => seq('(', field('reject', $._pulse_limit), ',', field('error', $._pulse_limit), ')'),

    // (a number or a specparam: a parenthesized expression would read `(2, 9)` as a
    // sequence's match items)
    _pulse_limit: $ => prec(2, choice($.number, $.identifier)),

    path_declaration: $ => seq(
      optional($._path_condition),
      $._path_description,
      '=',
      field('delay', $._path_delay),
      ';',
    ),

    _path_condition: $ => choice(seq('if', '(', field('condition', $._expression), ')'), 'ifnone'),

    _path_description: $ => seq(
      '(',
      optional(field('edge', $._edge)),
      commaSep1(field('source', $._path_terminal)),
      field('connection', $._path_connection),
      $._path_destination,
      ')',
    ),

    // the polarity may stand apart from the arrow (`(A- => B)`, IEEE 1800-2017 30.4.3)
    _path_connection: $ => choice('=>', '*>', '+=>', '-=>', '+*>', '-*>', alias(token(/[+-][ \t]+[=*]>/), '=>')),

    _path_destination: $ => choice(
      commaSep1(field('destination', $._path_terminal)),
      seq('(', commaSep1(field('destination', $._path_terminal)), choice('+:', '-:', ':'), field('data', $._expression), ')'),
    ),

    _path_delay: $ => choice(
      $.number, $.identifier, $.time_literal, $.scoped_identifier,
      // `(A => Z) = 1.4 * cap + 0.7;`: arithmetic on specparams (IEEE 1800-2017 30.4)
      alias($._path_delay_arith, $.binary_expression),
      // `(C => Q) = 10:14:20;` (IEEE 1800-2017 30.7.1: the parentheses are optional)
      alias(seq($._path_delay_value, ':', $._path_delay_value, ':', $._path_delay_value), $.mintypmax_expression),
      seq('(', commaSep1(choice($._expression, alias($._specify_mintypmax, $.mintypmax_expression))), ')'),
    ),

    // a net or variable named without an expression around it: `a`, `a[3]`, `p.len`
    _path_terminal: $ => choice($.identifier, alias($._simple_select, $.select), alias($._simple_member, $.member_access)),

    // `q[i][j]`, and an element of a member: `cfg.agents["fatal"].vif.cb`
    _simple_select: $ => seq(
      field('value', choice($.identifier, alias($._simple_select, $.select), alias($._simple_member, $.member_access))),
      '[', field('index', $._expression), optional(seq(':', $._expression)), ']',
    ),

    // `cfg.w`, `cfg.a.b`, and `pmp_cfg[i].w` (a member of an array element)
    _simple_member: $ => seq(
      field('value', choice($.identifier, alias($._simple_member, $.member_access), alias($._simple_select, $.select))),
      '.',
      field('member', $.identifier),
    ),

    // `$setup(d, posedge clk &&& en, 2, notifier);`
    timing_check: $ => seq(
      field('name', $.system_identifier),
      '(',
      optional($._timing_check_argument),
      repeat(seq(',', optional($._timing_check_argument))),
      ')',
      ';',
    ),

    _timing_check_argument: $ => $.timing_check_event,

    timing_check_event: $ => seq(
      optional(choice(
        field('edge', $._edge),
        seq('edge', '[', commaSep1($.edge_descriptor), ']'),
      )),
      field('signal', choice($._path_terminal, $.number, $.time_literal, $.parenthesized_expression,
        alias(seq($.number, ':', $.number, ':', $.number), $.mintypmax_expression),
        // a negative limit: `$setuphold(posedge CK, D, -10, 20)` (IEEE 1800-2017 31.9: a
        // hold or setup limit below zero moves the window past the reference edge)
        alias($._negative_number, $.unary_expression))),
      optional(seq('&&&', field('condition', $._expression))),
    ),

    edge_descriptor: $ => token(prec(2, /[01xXzZ][01xXzZ]/)),

    port_declaration: $ => seq(
      $._port_declaration_header,
      optional(choice(
        field('type', $._data_type_or_implicit),
        // a macro spelling the type or the range: `input `ADDR_T a;`
        field('type', $.macro_usage),
      )),
      commaSep1($.declarator),
      ';',
    ),

    // a non-ANSI interface port through a modport, among a module's items: `module
    // m(bus); bus_if.mst bus;` (IEEE 1800-2017 A.2.1.2 interface_port_declaration;
    // `bus_if bus;` reads as a variable declaration)
    _interface_port_declaration: $ => seq(
      field('type', alias($._modport_interface_type, $.interface_type)),
      commaSep1(alias($._interface_port_declarator, $.declarator)),
      ';',
    ),

    _modport_interface_type: $ => seq(field('interface', $.identifier), '.', field('modport', $.identifier)),

    _interface_port_declarator: $ => seq(field('name', $.identifier), repeat($.unpacked_dimension)),

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

    variable_declaration: $ => choice(
      seq(
        optional($._variable_qualifiers),
        field('type', $._data_type),
        commaSep1($.declarator),
        ';',
      ),
      // `var [7:0] v;`, `var v;`, `const var n = 1;`: `var` with an implicit type is a
      // logic variable (IEEE 1800-2017 6.8, data_type_or_implicit)
      // (the qualifiers hold the `var`; Gantry does not ask for it)
      seq(
        $._variable_qualifiers,
        optional(field('type', alias($._var_implicit_type, $.data_type))),
        commaSep1($.declarator),
        ';',
      ),
    ),

    _var_implicit_type: $ => prec.right(choice(
      seq(field('signing', $._signing), repeat($.packed_dimension)),
      repeat1($.packed_dimension),
    )),

    // a declaration whose type a macro gives, `` `rand_reg [31:0] data; `` where the macro
    // stands for `rand reg`, `reg` or `wire` (formal harnesses pick the kind per tool)
    _macro_type_declaration: $ => seq(
      field('type', alias($._macro_data_type, $.data_type)),
      commaSep1($.declarator),
      ';',
    ),

    _qualified_macro_type_declaration: $ => seq(
      $._variable_qualifiers,
      field('type', alias($._macro_data_type, $.data_type)),
      commaSep1($.declarator),
      ';',
    ),

    _user_macro_dimension_declaration: $ => seq(
      field('type', alias($._user_macro_dimension_type, $.data_type)),
      commaSep1($.declarator),
      ';',
    ),

    // a named type with dimensions a macro with arguments spells: `` req_t `N(4) reqs; ``
    _user_macro_dimension_type: $ => seq(
      field('base', choice(alias($.identifier, $.type_identifier), $.scoped_identifier)),
      optional(field('parameters', $.parameter_value_assignment)),
      $._macro_call_dimension,
      repeat(choice($.packed_dimension, $._macro_call_dimension)),
    ),

    _macro_data_type: $ => seq(
      // `` `TL_D_STRUCT(DW, AW, SW, KW) d_q; ``: a macro with arguments may spell the type
      field('base', choice(alias($._macro_name_only, $.macro_usage), alias($._macro_with_arguments, $.macro_usage))),
      repeat($.packed_dimension),
    ),

    _variable_qualifiers: $ => repeat1(choice(
      'const', 'var', field('lifetime', $._lifetime),
      field('qualifier', choice('rand', 'randc', 'local', 'protected')),
    )),

    declarator: $ => seq(
      field('name', $.identifier),
      // `` d `N(4) ``: a macro with arguments may spell unpacked dimensions too
      repeat(choice($.unpacked_dimension, alias($._macro_call_range, $.unpacked_dimension))),
      optional(choice(
        seq('=', field('value', $._expression)),
        // a macro standing for the initializer, `= '0` for one tool and nothing for
        // another: `logic read `INIT;` (tymonx/logic's bus interfaces)
        field('value', alias($._macro_name_only, $.macro_usage)),
      )),
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
        // a macro may spell the type: localparam `CFG_T cfg = '{…} (the macro standing
        // for a struct type, as a declaration's may)
        optional(field('type', choice($._data_type_or_implicit, $.macro_usage))),
        commaSep1($._param_assignment),
      ),
      seq('type', commaSep1(seq(field('name', $.identifier), optional(seq('=', field('value', $._type_value)))))),
    ),

    // a type parameter's value; a macro may build it (`RVFI_INSTR_T(CVA6Cfg), CVA6's)
    // or a type an interface instance declares (localparam type t = bus.addr_t)
    _type_value: $ => choice($._data_type, $.macro_usage, $.interface_type_reference),

    _param_assignment: $ => seq(
      // a macro may spell the name: localparam size_t `SIZE_PARAM(cores) = '{…}
      field('name', choice($.identifier, $.macro_usage)),
      repeat($.unpacked_dimension),
      '=',
      field('value', $._expression),
    ),

    typedef_declaration: $ => choice(
      seq(
        'typedef',
        // a macro may spell the type: typedef `RSP_STRUCT rsp_t; (snitch's typedef headers)
        field('type', choice($._data_type, $.macro_usage)),
        field('name', $.identifier),
        repeat($.unpacked_dimension),
        ';',
      ),
      // a type an interface instance declares: typedef bus.addr_t addr_t; (IEEE 1800 6.18)
      seq('typedef', field('type', $.interface_type_reference), field('name', $.identifier), ';'),
      // forward declarations
      seq('typedef', optional(choice('enum', 'struct', 'union', 'class', seq('interface', 'class'))), field('name', $.identifier), ';'),
      // a class a macro names, chosen per library version (UVM's `typedef class
      // `UVM_CORESERVICE_TYPE;`)
      seq('typedef', 'class', field('name', alias($._macro_name_only, $.macro_usage)), ';'),
    ),

    // the instance may be an element of an array, or an interface inside another:
    // bus[0].addr_t, top.sub.addr_t
    interface_type_reference: $ => seq(
      field('interface', $.identifier),
      repeat($._interface_select),
      repeat(seq('.', $.identifier, repeat($._interface_select))),
      '.',
      field('name', $.identifier),
    ),

    _interface_select: $ => seq('[', $._expression, ']'),

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
      // a macro may stand for some of the ports (`` modport req (`MEM_REQ_PORTS(w1), `MEM_REQ_PORTS(w2)) ``)
      commaSep1(choice($.modport_port, $.macro_usage)),
      ')',
    ),

    modport_port: $ => choice(
      seq(
        optional(field('direction', choice($._port_direction, 'import', 'export', 'clocking'))),
        field('name', $.identifier),
      ),
      // a macro after a direction stands for the ports it lists (`` modport drv (output `BUS_FIELDS); ``)
      seq(field('direction', $._port_direction), field('name', $.macro_usage)),
      // `input .d(data)`: a modport expression
      seq(
        optional(field('direction', $._port_direction)),
        '.', field('name', $.identifier), '(', optional(field('value', $._expression)), ')',
      ),
      // `import task t(input int a)`, `export function f`
      seq(
        field('direction', choice('import', 'export')),
        choice('task', seq('function', optional(field('return_type', $._data_type_or_implicit)))),
        field('name', $.identifier),
        optional(field('ports', $.port_list)),
      ),
    ),

    // ------------------------------------------------------------------
    // Instances
    // ------------------------------------------------------------------

    module_instantiation: $ => seq(
      choice(
        seq(field('module', $.identifier), optional(field('parameters', $.parameter_value_assignment))),
        // a macro standing for a primitive's delay (cell libraries' `` udp_dff `UNIT_DELAY u0 (…); ``,
        // where the macro is #1 or nothing; IEEE 1800-2017 29.8, 22.5)
        seq(field('module', $.identifier), field('delay', $.macro_usage)),
        // `MEM #(...) u (...);` and `RV_ICACHE_DATA_CELL u (...);`: a macro naming the module
        seq(field('module', $.macro_usage), field('parameters', $.parameter_value_assignment)),
        field('module', alias($._macro_name_only, $.macro_usage)),
        // `` `var_nand(2) g1 (q, a, b); ``: a macro with arguments standing for the cell and
        // its parameters (IEEE 1800-2017 22.5.1)
        field('module', alias($._macro_with_arguments, $.macro_usage)),
      ),
      commaSep1($.instance),
      ';',
    ),

    // A user-defined primitive's instance may go without a name (IEEE 1800-2017 29.8,
    // udp_instance): `dff_udp (q, clk, d, set, clr);`, as cell libraries write them.
    // (ordered connections only, as a primitive's; after a macro item, `` `CELL u (q, a); ``
    // stays an instance of the macro's cell)
    _unnamed_udp_instantiation: $ => prec.dynamic(-1, seq(
      field('module', $.identifier),
      alias($._unnamed_udp_instance, $.instance),
      ';',
    )),

    _unnamed_udp_instance: $ => seq('(', commaSep1(alias($._ordered_connection, $.port_connection)), ')'),

    _ordered_connection: $ => field('value', $._expression),

    parameter_value_assignment: $ => seq(
      '#',
      choice(
        // an `include between commas stands for more connections (Hazard3's
        // `#(.XLEN(W_DATA), `include "hazard3_config_inst.vh")`)
        seq('(', commaSep(choice($.parameter_connection, alias($._list_include, $.preprocessor_directive))), ')'),
        alias($._single_parameter, $.parameter_connection),
      ),
    ),

    _single_parameter: $ => field('value', choice($.number, $.identifier, $.macro_usage)),

    parameter_connection: $ => choice(
      seq('.', field('name', $.identifier), '(', optional(field('value', $._parameter_value)), ')'),
      // a macro spelling the name: `.`SIZE_OF(bus) ( `SIZE_OF(core) )` (PULP's HCI)
      seq('.', field('name', $.macro_usage), '(', optional(field('value', $._parameter_value)), ')'),
      // `#(.Width)`: the parent's parameter of the same name (Verilator accepts it, as for
      // ports; lowRISC's bind files write it)
      seq('.', field('name', $.identifier)),
      field('value', $._parameter_value),
    ),

    // a value or a type (class and interface parameters take types)
    _parameter_value: $ => choice(
      $._expression,
      $._primitive_data_type_alias,
      $.virtual_interface_type,
      alias($._parameterized_class, $.class_type),
    ),

    _parameterized_class: $ => seq(
      field('name', choice($.identifier, $.scoped_identifier)),
      field('parameters', $.parameter_value_assignment),
    ),

    instance: $ => seq(
      choice(
        seq(field('name', $.identifier), repeat(choice($.unpacked_dimension, alias($._macro_call_range, $.unpacked_dimension)))),
        // a macro may name the instance (`` test_harness `TH (.clk(clk)); ``, the name a
        // build defines; IEEE 1800-2017 22.5.1); where two macro items read as well
        // (`` `CHECK(a, b) `DECL(c); ``), they are what is read
        prec.dynamic(-1, field('name', alias($._macro_name_only, $.macro_usage))),
      ),
      '(',
      // an ordered connection may be left empty (`u (q, , d)`, IEEE 1800-2017 23.3.2.1),
      // and a trailing comma, which simulators accept, leaves the last one empty
      optional($._instance_connection),
      repeat(seq(',', optional($._instance_connection))),
      ')',
    ),

    _instance_connection: $ => choice(
      $.port_connection,
      $.wildcard_port_connection,
      // a macro standing for connections, its expansion ending in a comma, before a
      // named one (VeeR's `EL2_LOCAL_DCCM_RAM_TEST_PORTS .*`)
      // or before another such macro (riscv-formal's testbench closes its list with
      // `` `RVFI_CONN `RVFI_BUS_CONN ``)
      seq(repeat1($.macro_usage), choice(alias($._named_port_connection, $.port_connection), $.wildcard_port_connection, $.macro_usage)),
      // a named connection then macros whose expansions open with a comma
      // (`` .bready(bready) `BUS_CONN(0) ``)
      seq(alias($._named_port_connection, $.port_connection), repeat1($.macro_usage)),
    ),

    port_connection: $ => choice(
      $._named_port_connection,
      field('value', $._expression),
      field('value', alias($._edge_argument, $.event_expression)),
    ),

    _named_port_connection: $ => seq('.', field('port', $.identifier), optional(seq('(', optional(field('value', choice($._expression, alias($._edge_argument, $.event_expression)))), ')'))),

    // a checker's event argument (IEEE 1800-2017 17.3): `mutex m1(bus, posedge clk, ok);`
    _edge_argument: $ => seq(field('edge', $._edge), field('signal', $._expression)),

    wildcard_port_connection: $ => '.*',

    gate_instantiation: $ => seq(
      field('gate', choice(...GATE_TYPES)),
      // `pullup (weak1) pu (net);`, `nand (strong0, weak1) #2 g (…);`
      optional(field('strength', $.strength)),
      // the delay may be a macro (`` and `DLY g (…); ``, the macro being #1 or nothing)
      optional(field('delay', choice($.delay_control, $.macro_usage))),
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

    if_generate: $ => choice(
      prec.right(seq(
        'if', '(', field('condition', $._expression), ')',
        field('consequence', $._generate_body),
        optional(seq('else', field('alternative', $._generate_body))),
      )),
      // a macro that expands to `if (…) begin … end`, chained by else: `` `CELL(8) else
      // `CELL(4) else begin … end `` (BaseJump STL's hardened cells pick one per width)
      seq(field('consequence', $.macro_usage), 'else', field('alternative', $._generate_body)),
    ),

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
      repeat($._method_qualifier),
      'function',
      optional(field('lifetime', $._lifetime)),
      // a macro may spell the return type: function `XLEN_T get(int i);
      optional(field('return_type', choice($._data_type_or_implicit, $.macro_usage))),
      field('name', choice($.identifier, $.scoped_identifier, alias('new', $.identifier))),
      optional(field('ports', $.port_list)),
      ';',
    ),

    task_declaration: $ => seq(
      $._task_header,
      repeat($._tf_item),
      'endtask',
      optional($._end_label),
    ),

    // SVUnit's test list: `SVUNIT_TESTS_BEGIN … `SVUNIT_TESTS_END expand to the header and end
    // of a task (`task automatic run(); … endtask`), so a module item reads them as a
    // task_declaration without a name; each `SVTEST(name) … `SVTEST_END in it expands to a
    // named block, read as a seq_block labelled name. src/scanner.c tells the macros; both
    // ends are one token (the parse states of the statements in both bodies stay one set).
    // SVUT's `TEST_SUITE("name") … `TEST_SUITE_END and `UNIT_TEST("name") … `UNIT_TEST_END
    // read the same way, their names strings.
    _svunit_tests: $ => seq(
      alias($._svunit_tests_begin, $.macro_name),
      optional($._svut_name),
      repeat($._svunit_item),
      alias($._svunit_end, $.macro_name),
    ),

    // A macro standing for a process's head, its block of statements after it: VUnit's
    // `` `TEST_SUITE begin … end `` (an initial block looping over the test cases, each
    // `` `TEST_CASE("name") begin … end `` in it an if on the case's name), test macros
    // that open an always block. A block of module items after a macro stays a generate
    // block; one of statements is the process's body.
    _macro_process: $ => seq(field('head', $.macro_usage), field('body', alias($._macro_process_block, $.seq_block))),

    // (`begin` first: after a macro, a name starts an item, `` `M(x) cell u (…); ``)
    _macro_process_block: $ => seq('begin', optional(seq(':', field('label', $.identifier))), $._seq_block_rest),

    _svunit_item: $ => choice($._block_item, alias($._svunit_test, $.seq_block)),

    _svunit_test: $ => seq(
      alias($._svunit_test_begin, $.macro_name),
      choice(seq('(', field('label', $.identifier), ')'), $._svut_name),
      repeat($._svunit_item),
      alias($._svunit_end, $.macro_name),
    ),

    _svut_name: $ => prec(1, seq('(', optional($.string), ')')),

    _task_header: $ => seq(
      repeat($._method_qualifier),
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
      $.virtual_interface_type,
      $.type_reference,
    ),

    // `virtual bus_if.master vif` (IEEE 1800-2017 25.9)
    virtual_interface_type: $ => prec.right(seq(
      'virtual',
      optional('interface'),
      field('interface', $.identifier),
      optional(field('parameters', $.parameter_value_assignment)),
      optional(seq('.', field('modport', $.identifier))),
    )),

    // `type(expr)` (IEEE 1800-2017 6.23)
    type_reference: $ => seq('type', '(', field('value', choice($._expression, $._data_type)), ')'),

    _data_type_or_implicit: $ => choice(
      $._data_type,
      alias($._implicit_data_type, $.data_type),
    ),

    // a net of a user type (`wire pkt_s pkt = …;`, IEEE 1800-2017 6.7.1)
    _net_data_type: $ => choice(
      alias($._primitive_data_type, $.data_type),
      $.type_reference, // `wire type(w) v;` (IEEE 1800-2017 6.23)
      alias($._implicit_data_type, $.data_type),
      // `` wire `N(8) w; ``: dimensions a macro with arguments spells
      alias(seq($._macro_call_dimension, repeat(choice($.packed_dimension, $._macro_call_dimension))), $.data_type),
      alias($._net_user_type, $.data_type),
      // `wire struct packed {…} s;` (IEEE 1800-2017 6.7.1: a net of any 4-state integral type)
      $.struct_type,
      $.union_type,
      $.enum_type,
    ),

    // without a class's parameters: `#` after the type is the net's delay
    _net_user_type: $ => seq(
      field('base', choice(alias($.identifier, $.type_identifier), $.scoped_identifier)),
      repeat($.packed_dimension),
    ),

    _primitive_data_type_alias: $ => alias($._primitive_data_type, $.data_type),

    _primitive_data_type: $ => choice(
      seq(
        field('base', $.primitive_type),
        optional(field('signing', $._signing)),
        prec.right(repeat($.packed_dimension)),
      ),
      $._primitive_macro_dimension_type,
    ),

    // a built-in type with dimensions a macro spells, brackets included: `` reg `DATA_T d; ``
    // with `define DATA_T [31:0], `` logic `N(8) d; `` with `define N(n) [(n)-1:0]
    _primitive_macro_dimension_type: $ => seq(
      field('base', $.primitive_type),
      optional(field('signing', $._signing)),
      repeat($.packed_dimension),
      choice($._macro_call_dimension, alias($._macro_name_dimension, $.packed_dimension)),
      repeat($.packed_dimension),
    ),

    _user_data_type: $ => seq(
      field('base', choice(alias($.identifier, $.type_identifier), $.scoped_identifier)),
      optional(field('parameters', $.parameter_value_assignment)),
      repeat($.packed_dimension),
    ),

    // a macro with arguments that expands to dimensions, brackets included: `` logic `N(8) d; ``
    // with `define N(n) [(n)-1:0]
    _macro_name_dimension: $ => field('range', alias($._macro_name_only, $.macro_usage)),

    _macro_call_dimension: $ => alias($._macro_call_range, $.packed_dimension),

    _macro_call_range: $ => field('range', alias($._macro_with_arguments, $.macro_usage)),

    _implicit_data_type: $ => prec.right(choice(
      seq(field('signing', $._signing), repeat($.packed_dimension)),
      repeat1($.packed_dimension),
    )),

    primitive_type: $ => choice(...PRIMITIVE_TYPES),

    _signing: $ => choice('signed', 'unsigned'),

    packed_dimension: $ => seq(
      '[',
      optional(choice(
        seq(field('msb', $._expression), ':', field('lsb', $._expression)),
        // a macro that stands for the whole range (`[`RV_BHT_GHR_RANGE]`, VeeR's)
        field('range', $.macro_usage),
      )),
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

    _enum_dimension_only: $ => $.packed_dimension,

    enum_type: $ => seq(
      'enum',
      optional(field('base', choice(
        alias($._primitive_data_type, $.data_type),
        alias($._user_data_type, $.data_type),
        // a packed dimension alone, a logic vector (`typedef enum [3:0] {…}`: Verilator
        // accepts it; IEEE 1800-2017 A.2.2.1 names a type first)
        alias($._enum_dimension_only, $.data_type),
      ))),
      '{',
      // a macro may expand to members, the ones before a member it stands in front of
      // (`` `VECTOR_INCLUDE("cats.sv") AMO ``)
      commaSep1(choice($.enum_member, seq($.macro_usage, optional($.enum_member)))),
      '}',
    ),

    enum_member: $ => seq(
      field('name', $.identifier),
      optional(seq('[', $._expression, optional(seq(':', $._expression)), ']')),
      optional(seq('=', field('value', $._expression))),
    ),

    // A member may be a macro that expands to members (`` `DEFINE_CSR(mie) ``).
    struct_type: $ => seq(
      'struct',
      optional(field('packed', 'packed')),
      optional(field('signing', $._signing)),
      '{',
      repeat1(choice($.struct_member, $._macro_item)),
      '}',
      repeat($.packed_dimension),
    ),

    union_type: $ => seq(
      'union',
      optional('tagged'),
      optional(field('packed', 'packed')),
      optional(field('signing', $._signing)),
      '{',
      repeat1(choice($.struct_member, $._macro_item)),
      '}',
      repeat($.packed_dimension),
    ),

    struct_member: $ => seq(
      optional(choice('rand', 'randc')),
      field('type', choice($._data_type, alias($._macro_data_type, $.data_type), alias($._user_macro_dimension_type, $.data_type))),
      commaSep1($.declarator),
      ';',
    ),

    // ------------------------------------------------------------------
    // Procedural statements
    // ------------------------------------------------------------------

    _block_item: $ => choice(
      $.variable_declaration,
      // `import prim_mubi_pkg::*;` inside a function, task or block (IEEE 1800 A.2.8)
      $.import_declaration,
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
      alias($._checker_instantiation_statement, $.module_instantiation),
      $.expect_statement,
      $.randcase_statement,
      $.randsequence_statement,
      $.wait_order_statement,
      $._macro_item,
      $.labeled_statement,
    ),

    // `proc_aw: mon_aw();` (IEEE 1800-2017 A.6.4: any statement may carry a block
    // identifier; pulp's testbenches label each process of a fork so). Blocks and
    // assertions keep their own label field.
    labeled_statement: $ => prec.dynamic(-1, seq(field('label', $.identifier), ':', field('statement', $._statement))),

    // a checker instantiated in procedural code (IEEE 1800-2017 17.3, A.6.10
    // procedural_assertion_statement): `if (en) range_chk u_rc(posedge clk, data);`
    _checker_instantiation_statement: $ => seq(field('module', $.identifier), $.instance, ';'),

    // `expect (@(posedge clk) a ##1 b) else $error;` (IEEE 1800-2017 16.17)
    expect_statement: $ => prec.right(seq('expect', '(', $._property_spec, ')', $._action_block)),

    randcase_statement: $ => seq('randcase', repeat1($.randcase_item), 'endcase'),

    randcase_item: $ => seq(field('weight', $._expression), ':', field('body', $._statement_or_null)),

    wait_order_statement: $ => prec.right(seq(
      'wait_order', '(', commaSep1(field('event', choice($.identifier, $.member_access))), ')',
      $._action_block,
    )),

    // IEEE 1800-2017 18.17
    randsequence_statement: $ => seq(
      $._randsequence_head,
      repeat1($.production),
      'endsequence',
    ),

    _randsequence_head: $ => seq('randsequence', '(', optional(field('start', $.identifier)), ')'),

    production: $ => seq(
      $._production_head,
      seq($.production_rule, repeat(seq('|', $.production_rule))),
      ';',
    ),

    _production_head: $ => seq(
      optional(field('type', $._data_type)),
      field('name', $.identifier),
      optional(field('ports', $.port_list)),
      ':',
    ),

    production_rule: $ => seq(
      choice(
        repeat1($._production_item),
        seq('rand', 'join', optional(seq('(', $._expression, ')')), repeat1($._production_item)),
      ),
      optional(seq(':=', field('weight', choice($.number, $.identifier, $.parenthesized_expression)),
        optional(field('code', $.production_code)))),
    ),

    _production_item: $ => choice(
      alias($._production_call, $.production_call),
      $.production_code,
      $.production_if,
      $.production_repeat,
      $.production_case,
    ),

    _production_call: $ => seq(field('name', $.identifier), optional(field('arguments', $.argument_list))),

    production_code: $ => seq('{', repeat($._block_item), '}'),

    production_if: $ => prec.right(seq(
      'if', '(', field('condition', $._expression), ')',
      field('consequence', alias($._production_call, $.production_call)),
      optional(seq('else', field('alternative', alias($._production_call, $.production_call)))),
    )),

    production_repeat: $ => seq('repeat', '(', field('count', $._expression), ')', field('body', alias($._production_call, $.production_call))),

    production_case: $ => seq(
      'case', '(', field('value', $._expression), ')',
      repeat1(seq(choice(seq(commaSep1($._expression), ':'), seq('default', optional(':'))), alias($._production_call, $.production_call), ';')),
      'endcase',
    ),

    _assignment_core: $ => seq(
      field('left', $._lvalue),
      field('operator', $._assignment_operator),
      optional($._intra_assignment_delay),
      field('right', $._expression),
    ),

    _assignment_operator: $ => choice(...ASSIGN_OPS),

    // the delay may be a macro (`` q <= `FF_DLY d; ``, the macro being #1 or nothing)
    _intra_assignment_delay: $ => field('delay', choice($.delay_control, $.event_control, $.repeat_event_control, alias($._macro_name_only, $.macro_usage))),

    repeat_event_control: $ => seq('repeat', '(', field('count', $._expression), ')', field('event', $.event_control)),

    blocking_assignment: $ => choice(
      seq($._assignment_core, ';'),
      // an operator a macro spells, chosen by `ifdef per simulator (`define ASSIGN_OP = or
      // <=): `` str `ASSIGN_OP ""; ``, also after a select (`` adr[1:0] `NB_ASSIGN adr[1:0] + 1; ``)
      prec.dynamic(-1, seq(field('left', choice($.identifier, $.select)), field('operator', $.macro_name), field('right', $._expression), ';')),
    ),

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

    seq_block: $ => seq($._begin, $._seq_block_rest),

    // the items and end of a begin block (shared with a macro process's block)
    _seq_block_rest: $ => seq(
      repeat($._block_item),
      'end',
      optional($._end_label),
    ),

    _begin: $ => choice(
      prec(1, seq(field('label', $.identifier), ':', 'begin')),
      seq('begin', optional(seq(':', field('label', $.identifier)))),
    ),

    par_block: $ => seq(
      $._fork,
      repeat($._block_item),
      field('join', choice('join', 'join_any', 'join_none')),
      optional($._end_label),
    ),

    _fork: $ => choice(
      prec(1, seq(field('label', $.identifier), ':', 'fork')),
      seq('fork', optional(seq(':', field('label', $.identifier)))),
    ),

    if_statement: $ => prec.right(seq(
      $._if_keyword, '(', field('condition', $._expression), ')',
      field('consequence', $._statement_or_null),
      optional(seq('else', field('alternative', $._statement_or_null))),
    )),

    _if_keyword: $ => seq(optional(field('qualifier', $._unique_priority)), 'if'),

    _unique_priority: $ => choice('unique', 'unique0', 'priority'),

    case_statement: $ => choice(
      // a macro may stand for items (`CREATE_TPM_CASE_STMT(ADDR, reg), OpenTitan's DV code)
      seq($._case_head, repeat(choice($.case_item, $.default_case_item, $._macro_item)), 'endcase'),
      // IEEE 1800-2017 12.6.1: `case (u) matches tagged a '{.v, 0} : …`
      seq($._case_matches_head, repeat(choice($.case_pattern_item, $.default_case_item)), 'endcase'),
    ),

    _case_matches_head: $ => seq(
      optional(field('qualifier', $._unique_priority)),
      field('kind', $._case_keyword),
      '(', field('value', $._expression), ')',
      field('matches', 'matches'),
    ),

    case_pattern_item: $ => seq(
      field('pattern', $._pattern),
      optional(seq('&&&', field('guard', $._expression))),
      ':',
      field('body', $._statement_or_null),
    ),

    // IEEE 1800-2017 12.6: patterns over tagged unions and structures; `.v` binds v
    _pattern: $ => choice(
      $.pattern_variable,
      $.pattern_wildcard,
      $.tagged_pattern,
      $.structure_pattern,
      $.number, $.identifier, $.scoped_identifier, $.string, $.parenthesized_expression,
    ),

    pattern_variable: $ => seq('.', field('name', $.identifier)),

    pattern_wildcard: $ => '.*',

    tagged_pattern: $ => prec.right(seq('tagged', field('member', $.identifier), optional(field('value', $._pattern)))),

    structure_pattern: $ => seq("'{", commaSep1(choice($._pattern, $.member_pattern)), '}'),

    member_pattern: $ => seq(field('member', $.identifier), ':', field('value', $._pattern)),

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

    // a for step may be a call as well: `for (x = a; x < b; step())` (IEEE 1800-2017 A.6.8,
    // for_step_assignment ::= … | function_subroutine_call)
    _for_update: $ => commaSep1(field('update', choice(
      alias($._assignment_core, $.blocking_assignment),
      alias($._increment_core, $.increment_statement),
      $.function_call,
      $.system_call,
    ))),

    // `for (int i = 1, j = 0; …)`: j is an int of the loop too (IEEE 1800-2017 12.7.1,
    // for_variable_declaration); `for (int i = 0, int j = 0; …)` declares one each
    _for_variable_declaration: $ => prec.dynamic(1, seq(
      optional('var'),
      field('type', $._data_type),
      commaSep1(alias($._for_declarator, $.declarator)),
    )),

    _for_declarator: $ => seq(field('name', $.identifier), '=', field('value', $._expression)),

    foreach_statement: $ => seq(
      $._foreach_head,
      field('body', $._statement_or_null),
    ),

    _foreach_head: $ => seq(
      'foreach', '(',
      field('array', choice($.identifier, $.scoped_identifier, $.member_access, alias($._foreach_array_element, $.select))),
      // `foreach (a[i, j])`, `foreach (a[, j])` (a dimension skipped), and
      // `foreach (a[i][j])` as simulators also accept it
      repeat1(seq('[', optional(field('variable', $.identifier)), repeat(seq(',', optional(field('variable', $.identifier)))), ']')),
      ')',
    ),

    // an element of an array of arrays, iterated: `foreach (key[0][i])`
    // or an element an expression picks: `foreach (q[c[0]][i])`, `foreach (q[t[0].id][i])`
    _foreach_array_element: $ => seq(
      field('value', choice($.identifier, $.member_access)),
      '[', field('index', choice($.number, alias($._simple_select, $.select), alias($._simple_member, $.member_access))), ']',
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
        $.with_expression,
        $.new_expression,
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

    event_trigger: $ => seq(
      choice('->', '->>'),
      field('event', choice($.identifier, $.member_access, alias($._simple_select, $.select))),
      ';',
    ),

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

    _simple_event: $ => prec(1, field('signal', choice($.identifier, $.scoped_identifier, alias($._simple_member, $.member_access),
      // `@$global_clock` (IEEE 1800-2017 14.14, 16.16): the global clock as the clocking event
      alias($._global_clock, $.system_call)))),

    _global_clock: $ => field('function', alias('$global_clock', $.system_identifier)),

    event_expression: $ => seq(
      // or a macro standing for the edge keyword, chosen per reset polarity
      // (`` @(posedge clk or `RST_EVENT rst) ``, where `RST_EVENT is posedge or negedge)
      optional(field('edge', choice($._edge, alias($._macro_name_only, $.macro_usage)))),
      field('signal', $._expression),
      optional(seq('iff', field('condition', $._expression))),
    ),

    _edge: $ => choice('posedge', 'negedge', 'edge'),

    delay_control: $ => seq('#', field('value', $._delay_value)),

    _delay_value: $ => choice(
      $.mintypmax_expression,
      alias($._delay_number, $.number),
      $.time_literal,
      prec(1, $.identifier),
      prec(1, $.scoped_identifier),
      // `#setting.offset;`: a member as the delay. IEEE 1800-2017 has only ps_identifier
      // here, but the UVM library's own uvm_component.svh (1.1, 1.2 and 1800.2) waits so and
      // the simulators that run UVM accept it
      prec(1, alias($._delay_member, $.member_access)),
      // `#`TCQ (a - b)`: a macro without arguments before a parenthesised value, or a
      // macro with them (Xilinx simulation models' `q <= #`TCQ (a - b);`), told by what follows
      alias($._macro_name_only, $.macro_usage),
      alias($._macro_with_arguments, $.macro_usage),
      $.parenthesized_expression,
      $.delay_list,
    ),

    _delay_member: $ => seq(
      field('value', choice($.identifier, $.this, alias($._delay_member, $.member_access))),
      '.',
      field('member', $.identifier),
    ),

    // rise, fall and turn-off delays of a gate or net: `buf #(RDLY, 0) b0 (…)`
    // each may be min:typ:max (cell libraries' `#(1:2:3, 2:3:4)`)
    delay_list: $ => seq('(', field('rise', $._delay_item), ',', field('fall', $._delay_item), optional(seq(',', field('off', $._delay_item))), ')'),

    _delay_item: $ => choice($._expression, alias($._specify_mintypmax, $.mintypmax_expression)),

    mintypmax_expression: $ => seq('(', field('min', $._expression), ':', field('typ', $._expression), ':', field('max', $._expression), ')'),

    cycle_delay: $ => seq('##', field('value', choice(
      $.number,
      $.identifier,
      $.parenthesized_expression,
      $.value_range,
      alias(choice('[*]', '[+]'), $.wildcard),
    ))),

    // ------------------------------------------------------------------
    // Assertions
    // ------------------------------------------------------------------

    immediate_assertion: $ => prec.right(seq(
      $._immediate_assertion_head,
      '(', field('condition', $._expression), ')',
      $._action_block,
    )),

    _immediate_assertion_head: $ => choice(
      seq(
        optional($._assertion_label),
        // `restrict (expr);`: yosys's immediate form of restrict, found in formal scripts
        field('kind', choice($._assertion_keyword, 'restrict')),
        optional(choice(seq('#', $.number), 'final')),
      ),
      // a labelled assertion whose keyword a macro spells (`define ASSUME assume, so a build
      // can turn assumptions into assertions): `` a0_ls: `ASSUME ($onehot0({ld, st})); ``
      seq($._assertion_label, field('kind', $.macro_name)),
    ),

    _assertion_label: $ => prec(1, seq(field('label', $.identifier), ':')),

    _assertion_keyword: $ => choice('assert', 'assume', 'cover'),

    concurrent_assertion: $ => prec.right(seq(
      $._concurrent_assertion_head,
      '(', $._property_spec, ')',
      $._action_block,
    )),

    _concurrent_assertion_head: $ => seq(
      optional($._assertion_label),
      // formal code spells the keyword by a macro (`define ASSUME assume), so a build
      // can turn assumptions into assertions: `` `ASSUME property (…) ``
      field('kind', choice($._assertion_keyword, 'restrict', $.macro_name)),
      choice('property', 'sequence'),
    ),

    _action_block: $ => choice(
      ';',
      prec.right(seq(field('pass', $._statement), optional(seq('else', field('fail', $._statement_or_null))))),
      seq('else', field('fail', $._statement_or_null)),
    ),

    _property_spec: $ => seq(
      optional(field('clock', $.event_control)),
      optional(seq('disable', 'iff', '(', field('disable', $._expression), ')')),
      field('property', choice($._property_expression, $.property_if, $.property_case, alias($._property_implies_if, $.binary_expression))),
    ),

    // `a |-> if (c) p else q`: an implication whose consequent is a property if (IEEE
    // 1800-2017 16.12.8), at the top of a property
    _property_implies_if: $ => seq(
      field('left', $._expression),
      field('operator', choice('|->', '|=>')),
      field('right', choice($.property_if, $.property_case)),
    ),

    // `case (e) 1: p; default: q; endcase` (IEEE 1800-2017 16.12.16)
    property_case: $ => seq(
      'case', '(', field('value', $._expression), ')',
      repeat1($.property_case_item),
      'endcase',
    ),

    property_case_item: $ => seq(
      choice(seq(commaSep1(field('value', $._expression)), ':'), seq('default', optional(':'))),
      field('property', choice($._expression, $.property_if, $.property_case)),
      ';',
    ),

    // Sequence and property operators are operators of the one expression grammar, with
    // the precedence of IEEE 1800-2017 table 16-3 below every other operator: one copy of
    // the expression automaton keeps the parse table small (expressions elsewhere accept
    // them too; the rules, not the parser, are the place to reject `assign a = b and c;`).
    _property_expression: $ => $._expression,

    _sequence_expression: $ => $._expression,

    _sva_binary: $ => {
      const table = [
        [prec.right, PREC.SVA_IMPL, choice('|->', '|=>', '#-#', '#=#')],
        [prec.right, PREC.SVA_UNTIL, choice('until', 's_until', 'until_with', 's_until_with', 'implies')],
        [prec.right, PREC.SVA_IFF, 'iff'],
        [prec.left, PREC.SVA_OR, 'or'],
        [prec.left, PREC.SVA_AND, 'and'],
        [prec.left, PREC.SVA_INTERSECT, 'intersect'],
        [prec.left, PREC.SVA_WITHIN, 'within'],
        [prec.right, PREC.SVA_THROUGHOUT, 'throughout'],
      ];
      return choice(...table.map(([fn, p, op]) => fn(p, seq(
        field('left', $._expression),
        field('operator', op),
        field('right', $._expression),
      ))));
    },

    _sva_unary: $ => choice(
      prec.right(PREC.SVA_NOT, seq(field('operator', choice('not', 'nexttime', 's_nexttime')),
        optional(seq('[', field('count', $._expression), ']')),
        field('operand', $._expression))),
      prec.right(PREC.SVA_ALWAYS, seq(
        field('operator', choice('always', 's_always', 'eventually', 's_eventually')),
        optional(field('range', $.value_range)),
        field('operand', $._expression),
      )),
      prec.right(PREC.SVA_ALWAYS, seq(
        field('operator', choice('accept_on', 'reject_on', 'sync_accept_on', 'sync_reject_on')),
        '(', field('condition', $._expression), ')',
        field('operand', $._expression),
      )),
    ),

    // `if (c) p else q` at the top of a property (an `else` after an expression anywhere
    // would copy the expression automaton)
    property_if: $ => prec.right(seq(
      'if', '(', field('condition', $._expression), ')',
      field('consequence', choice($._expression, $.property_if)),
      optional(seq('else', field('alternative', choice($._expression, $.property_if)))),
    )),

    clocked_property: $ => prec.right(PREC.SVA_ALWAYS, seq(
      field('clock', $.event_control),
      field('property', $._expression),
    )),

    // `(a, v = x)`: a sequence with match items
    sequence_match: $ => seq(
      '(',
      $._expression,
      repeat1(seq(',', $._sequence_match_item)),
      ')',
    ),

    _sequence_match_item: $ => choice(
      alias($._assignment_core, $.blocking_assignment),
      alias($._increment_core, $.increment_statement),
      $.function_call,
      // a task or function named without parentheses (a tf_call's arguments are optional,
      // A.8.2): `(b, tag = next_tag, bump_tag)`
      alias($._bare_call, $.function_call),
      $.system_call,
    ),

    _bare_call: $ => field('function', $.identifier),

    // `first_match(s)`, `strong(s)`, `weak(s)`
    sequence_call: $ => seq(
      field('function', choice('first_match', 'strong', 'weak')),
      '(',
      $._expression,
      repeat(seq(',', $._sequence_match_item)),
      ')',
    ),

    sequence_expression: $ => prec.left(PREC.SVA_DELAY, seq(
      optional(field('left', $._expression)),
      field('delay', $.cycle_delay),
      field('right', $._expression),
    )),

    sequence_repetition: $ => prec(PREC.SVA_REPEAT, seq(
      field('value', $._expression),
      choice(
        seq(field('operator', choice('[*', '[=', '[->')), field('count', choice($._expression, $.range)), ']'),
        field('operator', choice('[*]', '[+]')),
      ),
    )),

    property_declaration: $ => seq(
      $._property_head,
      repeat($.variable_declaration),
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
      repeat($.variable_declaration),
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
      // `'{a, b} = pair;` (IEEE 1800-2017 10.10, assignment_pattern_variable_lvalue)
      $.assignment_pattern,
    ),

    _expression: $ => choice(
      ...primaries($),
      $.unary_expression,
      $.binary_expression,
      $.conditional_expression,
      $.matches_expression,
      $.inside_expression,
      $.dist_expression,
      alias($._sva_binary, $.binary_expression),
      alias($._sva_unary, $.unary_expression),
      $.sequence_expression,
      $.sequence_repetition,
      $.clocked_property,
    ),

    _primary: $ => choice(...primaries($)),

    this: $ => 'this',

    super: $ => 'super',

    // `new`, `new(args)`, `new[n]`, `new[n](old)`, `new src` (IEEE 1800-2017 7.5.1, 8.7, 8.12)
    new_expression: $ => prec.right(seq(
      'new',
      optional(choice(
        field('arguments', $.argument_list),
        seq('[', field('size', $._expression), ']', optional(seq('(', field('value', $._expression), ')'))),
        field('value', $.identifier),
      )),
    )),

    // `pkt_t'{a: 1, default: 0}`
    typed_assignment_pattern: $ => seq(
      field('type', choice($.identifier, $.scoped_identifier, $.primitive_type)),
      field('value', $.assignment_pattern),
    ),

    // `tagged Valid (42)` (IEEE 1800-2017 11.9)
    tagged_expression: $ => prec.right(seq('tagged', field('member', $.identifier), optional(field('value', $._primary)))),

    // `(a = b)`, `(n += 1)`: an assignment used as an expression (SystemVerilog)
    assignment_expression: $ => seq(
      '(',
      field('left', $._lvalue),
      field('operator', $._assignment_operator),
      field('right', $._expression),
      ')',
    ),

    // a property `if` in parentheses is an operand of the property operators around it:
    // `a |-> (if (b) c else d) and e` (IEEE 1800-2017 16.12, `( property_expr )`)
    parenthesized_expression: $ => seq('(', choice($._expression, $.property_if, $.property_case), ')'),

    unary_expression: $ => prec(PREC.UNARY, seq(
      field('operator', $._unary_operator),
      field('operand', $._expression),
    )),

    _unary_operator: $ => choice('+', '-', '!', '~', '&', '~&', '|', '~|', '^', '~^', '^~'),

    binary_expression: $ => {
      const table = [
        [PREC.LOR, '||'],
        [PREC.LAND, '&&'],
        // `a ~& b`, `a ~| b`: the reduction operators written between two operands, which
        // Verilator, Icarus and Yosys all read as a bitwise NAND / NOR
        [PREC.BOR, choice('|', '~|')],
        [PREC.BXOR, $._xor_operator],
        [PREC.BAND, choice('&', '~&')],
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

    // IEEE 1800-2017 12.6.2-3: `if (u matches tagged a '{.v, 0} &&& v > 3)`,
    // `u matches tagged b ? 1 : 0`
    matches_expression: $ => prec.left(PREC.COND, seq(
      field('value', $._expression),
      'matches',
      field('pattern', $._pattern),
      optional(seq('&&&', field('guard', $._expression))),
    )),

    inside_expression: $ => prec.left(PREC.REL, seq(
      field('value', $._expression),
      'inside',
      // a macro may spell the set (`x inside `PART_ADDR_RANGE(i)`)
      field('set', choice($.range_list, $.macro_usage)),
    )),

    range_list: $ => seq('{', commaSep1(choice($._expression, $.value_range)), '}'),

    value_range: $ => seq(
      '[',
      field('left', $._expression),
      ':',
      field('right', choice($._expression)),
      ']',
    ),

    select: $ => choice(
      prec(PREC.POSTFIX, seq(
        field('value', $._primary),
        '[',
        choice(
          field('index', $._expression),
          field('range', $.range),
          field('range', $.indexed_range),
        ),
        ']',
      )),
      // a macro spelling the whole select, brackets included: `` stim`ADDR_BITS = a; `` with
      // `define ADDR_BITS [31:0] (Wishbone bus-functional models' field macros); the lesser
      // reading where a macro may also be an item of its own (`` @(posedge clk `ARST) ``)
      prec.dynamic(-1, seq(field('value', choice($.identifier, $.select, $.member_access)), field('range', alias($._macro_name_only, $.macro_usage)))),
      // with arguments, after a member (`` io.addr`VPN_BITS(2, 8) ``)
      prec.dynamic(-1, seq(field('value', $.member_access), field('range', alias($._macro_with_arguments, $.macro_usage)))),
    ),

    range: $ => seq(field('left', $._expression), ':', field('right', $._expression)),

    indexed_range: $ => seq(
      field('base', $._expression),
      field('operator', choice('+:', '-:')),
      field('width', $._expression),
    ),

    member_access: $ => prec(PREC.POSTFIX, seq(
      field('value', $._primary),
      '.',
      // a macro may spell the member (`obj.`gfn`, lowRISC's DV code)
      field('member', choice($.identifier, alias('new', $.identifier), $.macro_usage)),
    )),

    scoped_identifier: $ => seq(
      field('scope', choice(
        $.identifier, '$unit', 'local', 'std',
        // a macro naming the package: `` `CFG_PKG::width_t `` (IEEE 1800-2017 22.5.1), or
        // a class with its arguments (`` `uvm_ovm_(root)::get() ``)
        alias($._macro_name_only, $.macro_usage),
        alias($._macro_with_arguments, $.macro_usage),
        $.scoped_identifier,
        alias($._parameterized_class, $.class_type),
      )),
      '::',
      field('name', choice($.identifier, alias('new', $.identifier))),
    ),

    function_call: $ => prec(PREC.POSTFIX, seq(
      // a macro with arguments may spell the function (`` `uvm_ovm_(report_error) ("ID", msg) ``)
      field('function', choice($.identifier, $.scoped_identifier, $.member_access, alias($._macro_with_arguments, $.macro_usage))),
      field('arguments', $.argument_list),
    )),

    // array methods with an iterator clause: `q.find with (item > 3)`; inline constraints:
    // `obj.randomize() with { x < 4; }`
    with_expression: $ => prec(PREC.POSTFIX, seq(
      field('value', choice($.member_access, $.function_call, $.identifier)),
      'with',
      choice(
        // one name in parentheses is the condition's (`q.sum() with (item) < 9`); before
        // a constraint block it names what the inline constraints may use
        seq('(', field('condition', $._expression), ')', optional(field('constraints', $.constraint_block))),
        seq(
          optional(seq('(', optional(seq(field('variable', $.identifier), repeat1(seq(',', field('variable', $.identifier))))), ')')),
          field('constraints', $.constraint_block),
        ),
      ),
    )),

    system_call: $ => prec.right(seq(
      field('function', $.system_identifier),
      optional(field('arguments', $.argument_list)),
    )),

    // an argument left out takes its default: `cfg(, , , scr_en)`
    argument_list: $ => seq(
      '(',
      optional($._argument),
      repeat(seq(',', optional($._argument))),
      ')',
    ),

    _argument: $ => choice(
      $._expression,
      $.named_argument,
      $._primitive_data_type_alias,
      // a sequence's event argument `q(posedge clk2)` (IEEE 1800-2017 16.8, an
      // event_expression actual) and a sampled value function's clock
      // `$past(d, 1, en, @(posedge clk))` (16.9.3)
      alias($._edge_argument, $.event_expression),
      $.event_control,
    ),

    _edge_argument: $ => seq(field('edge', $._edge), field('signal', $._expression)),

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
      field('value', alias($._stream_concatenation, $.concatenation)),
      '}',
    ),

    // IEEE 1800-2017 11.4.14.4: an array streamed in part, `{<< 8 {hdr, data with [0 +: len]}}`
    _stream_concatenation: $ => seq('{', commaSep(choice($._expression, $.stream_expression)), '}'),

    stream_expression: $ => seq(
      // an array named as `array.find with (…)` names it: the bracket after `with` decides
      field('value', choice($.identifier, $.member_access, $.select, $.scoped_identifier)),
      'with',
      '[',
      field('range', choice($._expression, $.range, $.indexed_range)),
      ']',
    ),

    // `'{}`: an empty queue or dynamic array
    assignment_pattern: $ => seq(
      "'{",
      optional(choice(
        commaSep1(choice($._expression, $.pattern_member)),
        seq(field('count', $._expression), field('value', $.concatenation)),
      )),
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

    // A based number whose digits a macro supplies: `32'h`BOOT_ADDR` (the preprocessor pastes
    // them; testbenches write addresses this way).
    macro_number: $ => seq(
      field('base', alias(token(prec(-1, /([0-9][0-9_]*[ \t]*)?'[sS]?[bBoOdDhH]/)), $.number_base)),
      field('value', $.macro_usage),
    ),

    // A based number whose size a macro gives: `` `ADDR_WIDTH'h0001_2344 `` (Caliptra's).
    macro_sized_number: $ => seq(
      field('size', alias($._macro_name_only, $.macro_usage)),
      // a blank may stand between the size and the base (IEEE 1800-2017 5.7.1):
      // `` `code_width 'b0 `` once the macro is 18 reads 18 'b0
      field('value', alias(choice(
        // and between the base and the digits: `` `XLEN'h 1000 `` (riscv-formal's); a decimal
        // value may be a single x or z digit, `` `TYPE_W'dx `` (IEEE 1800-2017 5.7.1)
        token.immediate(/'[sS]?([bB][ \t]*[01xXzZ?_]+|[oO][ \t]*[0-7xXzZ?_]+|[dD][ \t]*([0-9_]+|[xXzZ?]_*)|[hH][ \t]*[0-9a-fA-FxXzZ?_]+)/),
        token(prec(1, /'[sS]?([bB][ \t]*[01xXzZ?_]+|[oO][ \t]*[0-7xXzZ?_]+|[dD][ \t]*([0-9_]+|[xXzZ?]_*)|[hH][ \t]*[0-9a-fA-FxXzZ?_]+)/)),
      ), $.number)),
    ),

    number: $ => token(choice(
      // unsized decimal
      /[0-9][0-9_]*/,
      // real
      /[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?/,
      /[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*/,
      // sized / unsized based
      // (the digits may open with an underscore, `512'h_8FA8`, as simulators accept)
      /([0-9][0-9_]*[ \t]*)?'[sS]?[bB][ \t]*_*[01xXzZ?][01xXzZ?_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[oO][ \t]*_*[0-7xXzZ?][0-7xXzZ?_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[dD][ \t]*_*[0-9xXzZ?][0-9_]*/,
      /([0-9][0-9_]*[ \t]*)?'[sS]?[hH][ \t]*_*[0-9a-fA-FxXzZ?][0-9a-fA-FxXzZ?_]*/,
      // unbased unsized
      /'[01xXzZ]/,
    )),

    // A delay's value is an unsigned or real number (IEEE 1800-2017 A.2.2.3): a blank after it
    // ends it, so `tdi <= #1 'hz;` delays by 1 and assigns 'hz, as iverilog, Verilator and
    // yosys read it (a number elsewhere may have a blank between size and base, 5.7.1).
    // A based value written tight, `#8'd10`, stays one number as simulators take it.
    _delay_number: $ => token(choice(
      /[0-9][0-9_]*/,
      /[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?/,
      /[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*/,
      /([0-9][0-9_]*)?'[sS]?[bB]_*[01xXzZ?][01xXzZ?_]*/,
      /([0-9][0-9_]*)?'[sS]?[oO]_*[0-7xXzZ?][0-7xXzZ?_]*/,
      /([0-9][0-9_]*)?'[sS]?[dD]_*[0-9xXzZ?][0-9_]*/,
      /([0-9][0-9_]*)?'[sS]?[hH]_*[0-9a-fA-FxXzZ?][0-9a-fA-FxXzZ?_]*/,
    )),

    time_literal: $ => token(seq(
      /[0-9][0-9_]*(\.[0-9][0-9_]*)?/,
      choice('s', 'ms', 'us', 'ns', 'ps', 'fs', 'step'),
    )),

    string: $ => token(choice(
      seq(
        '"',
        repeat(choice(/[^"\\\n]/, /\\(.|\r?\n)/)),
        '"',
      ),
      // a triple-quoted string (IEEE 1800-2023 5.9): it may hold newlines and quotes,
      // alone or two together: `"""say "hi", then ""bye"" twice"""`
      seq(
        '"""',
        repeat(choice(/[^"\\]/, /\\(.|\r?\n)/, /"[^"\\]/, /""[^"\\]/)),
        '"""',
      ),
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
      // a macro may name the attribute, chosen per vendor (`(* `RAM_STYLE = "M20K" *)`)
      field('name', choice($.identifier, $.macro_usage)),
      // any constant expression (IEEE 1800-2017 5.12): a concatenation of strings in FPGA
      // vendors' `(* altera_attribute = {"-name …"} *)`, a macro `(* keep = `KEEP *)` or a
      // negated name or number `(* nowrshmsk = !BUG *)`
      optional(seq('=', field('value', choice(
        $.number, $.string, $.identifier, $.concatenation, $.macro_usage,
        alias($._attribute_unary, $.unary_expression),
      )))),
    ),

    _attribute_unary: $ => seq(
      field('operator', choice('!', '~', '-')),
      field('operand', choice($.number, $.identifier, $.macro_usage)),
    ),

    // a macro without arguments, naming the module of an instance (`RV_ICACHE_DATA_CELL u (…);)
    _macro_name_only: $ => field('name', $.macro_name),

    _macro_with_arguments: $ => seq(
      field('name', $.macro_name),
      field('arguments', choice(alias($._macro_arguments, $.argument_list), $.macro_arguments)),
    ),

    macro_usage: $ => prec.right(seq(
      field('name', $.macro_name),
      optional(field('arguments', choice(alias($._macro_arguments, $.argument_list), $.macro_arguments))),
    )),

    _macro_arguments: $ => seq(
      '(',
      optional(seq(
        optional($._expression),
        repeat(seq(',', optional($._expression))),
      )),
      ')',
    ),

    // an `include standing for entries of a header list (src/scanner.c tells its keyword)
    _list_include: $ => seq(
      field('directive', alias($._include_in_list, $.directive)),
      field('path', choice($.string, $.system_path, alias(/`[a-zA-Z_][a-zA-Z0-9_$]*(\([^)\r\n]*\))?/, $.macro_usage))),
    ),

    preprocessor_directive: $ => choice(
      seq(
        field('directive', alias('`define', $.directive)),
        field('name', $.identifier),
        choice(
          seq(field('parameters', $.macro_parameters), optional(field('value', alias($._macro_body_tight, $.macro_body)))),
          optional(field('value', $.macro_body)),
        ),
        $._directive_end,
      ),
      // tokens without a precedence (macro_name, defined after this rule, loses only a tie):
      // a longer macro name that starts with one (`ifdefs, `line_stride, `error_o) is that
      // macro, not the directive
      seq(
        field('directive', alias(token(choice('`ifdef', '`ifndef', '`elsif', '`undef')), $.directive)),
        field('name', $.identifier),
      ),
      field('directive', alias(token(choice(
        '`else', '`endif', '`resetall', '`celldefine', '`endcelldefine',
        '`nounconnected_drive', '`undefineall', '`end_keywords',
      )), $.directive)),
      seq(field('directive', alias('`include', $.directive)), field('path', choice($.string, $.system_path, alias(/`[a-zA-Z_][a-zA-Z0-9_$]*(\([^)\r\n]*\))?/, $.macro_usage)))),
      seq(field('directive', alias('`timescale', $.directive)), field('value', $.timescale_value)),
      seq(
        field('directive', alias(token(choice('`default_nettype', '`unconnected_drive')), $.directive)),
        field('value', choice($.identifier, ...NET_TYPES)),
      ),
      seq(
        field('directive', alias(token(choice('`pragma', '`line', '`begin_keywords')), $.directive)),
        optional(field('value', $.macro_body)),
        $._directive_end,
      ),
      // `error "text" (a tool's extension): the blank after the keyword is part of it, so a
      // macro a file defines under that name and calls with arguments (`error("msg"))
      // stays a macro call
      seq(
        field('directive', alias(token(prec(1, /`(error|warning)[ \t]+/)), $.directive)),
        optional(field('value', alias($._macro_body_tight, $.macro_body))),
        $._directive_end,
      ),
    ),

    macro_parameters: $ => seq(
      token.immediate('('),
      commaSep(seq(field('name', $.identifier), optional(seq('=', optional(field('default', $.macro_default)))))),
      ')',
    ),

    // a default argument text: `define M(a = 5, b = ",", c = $sformatf("%m"), d = ()), or
    // none (`e =`)
    macro_default: $ => /([^,()"\r\n]|"[^"\r\n]*"|\([^()\r\n]*\))+/,

    // after the name a blank or a line continuation (`define TOP_PATH\ then the body below),
    // or a character no name goes on with and no parameter list opens: `define QUAD_SPI;
    // (the macro's text is the semicolon)
    // A continuation's backslash may have blanks after it (`x = a; \  ` then the next line):
    // Verilator warns (BSSPACE) and iverilog accepts; Intel's OFS testbenches write it.
    macro_body: $ => token.immediate(prec(5, /([ \t]+|\\[ \t]*\r?\n|[^ \t\r\n(a-zA-Z0-9_$\\])(\\[ \t]*\r?\n|[^\r\n])*/)),

    // the body right after a parameter list may start without a blank: `define max(a,b)((a)>(b)...)
    // (or with a line continuation: `define M(a, b)\ then the body on the next lines)
    _macro_body_tight: $ => token.immediate(prec(5, /(\\[ \t]*\r?\n|[^\r\n])+/)),


    system_path: $ => /<[^>\n]*>/,

    timescale_value: $ => /[0-9]+[ \t]*[a-z]+[ \t]*\/[ \t]*[0-9]+[ \t]*[a-z]+/,

    // after preprocessor_directive: its keywords win a tie of length (`else), the longer
    // match (`elsex) is a macro
    // A macro's name may be an escaped identifier, as a define's may (IEEE 1800-2017 22.5.1):
    // Synopsys TetraMAX's testbenches define `` `\data[7] `` per scan signal and pass
    // `` 'd`\data[7] ``; the name ends at a blank (`\`" inside a macro body is no name).
    macro_name: $ => token(choice(/`[a-zA-Z_][a-zA-Z0-9_$]*/, /`\\[^\s`"][^\s]*/)),
  },
});
