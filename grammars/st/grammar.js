/**
 * Tree-sitter grammar for IEC 61131-3 Structured Text.
 *
 * Covers the IEC 61131-3 (3rd edition) textual language as used by CODESYS / TwinCAT
 * (object orientation, pragmas, references and pointers) and the Siemens SCL dialect
 * (ORGANIZATION_BLOCK, DATA_BLOCK, REGION, #locals, "quoted" names, header attributes).
 *
 * Keywords are case-insensitive: every keyword is a case-insensitive regex aliased to its
 * upper-case spelling, and `word` is the identifier so that keywords are contextual.
 */

const PREC = {
  OR: 1,
  XOR: 2,
  AND: 3,
  EQUALITY: 4,
  COMPARE: 5,
  ADD: 6,
  MUL: 7,
  POWER: 8,
  UNARY: 9,
  POSTFIX: 10,
};

/** Case-insensitive regex for a word, e.g. 'END_IF' -> /[eE][nN][dD]_[iI][fF]/. */
function ci(word) {
  return word
    .split('')
    .map((c) => (/[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c))
    .join('');
}

/**
 * Reserved words, lexed by src/scanner.c (the table there must list the same words in the
 * same, sorted, order). The scanner returns them as keywords wherever some reserved word
 * may appear, even when this one is not valid there, so that a stray `END_FUNCTION_BLOCK`
 * inside an unterminated IF is seen as a keyword and error recovery stays local. Other
 * keywords are contextual: those of SOFT below, and the rest through keyword extraction
 * (`word`), which makes a word a keyword only where that keyword is valid.
 */
const RESERVED = [
  'ACTION',
  'AND',
  'AND_THEN',
  'BY',
  'CASE',
  'CONTINUE',
  'DATA_BLOCK',
  'DO',
  'ELSE',
  'ELSEIF',
  'ELSIF',
  'END_ACTION',
  'END_CASE',
  'END_CLASS',
  'END_CONFIGURATION',
  'END_DATA_BLOCK',
  'END_FOR',
  'END_FUNCTION',
  'END_FUNCTION_BLOCK',
  'END_GET',
  'END_IF',
  'END_INTERFACE',
  'END_METHOD',
  'END_NAMESPACE',
  'END_ORGANIZATION_BLOCK',
  'END_PROGRAM',
  'END_PROPERTY',
  'END_REGION',
  'END_REPEAT',
  'END_RESOURCE',
  'END_SET',
  'END_STRUCT',
  'END_TYPE',
  'END_UNION',
  'END_VAR',
  'END_WHILE',
  'EXIT',
  'FALSE',
  'FOR',
  'FUNCTION',
  'FUNCTION_BLOCK',
  'IF',
  'INTERFACE',
  'JMP',
  'METHOD',
  'MOD',
  'NOT',
  'OF',
  'OR',
  'ORGANIZATION_BLOCK',
  'OR_ELSE',
  'PROGRAM',
  'PROPERTY',
  'REPEAT',
  'RETURN',
  'STRUCT',
  'THEN',
  'TO',
  'TRUE',
  'TYPE',
  'UNION',
  'UNTIL',
  'VAR',
  'VAR_ACCESS',
  'VAR_CONFIG',
  'VAR_EXTERNAL',
  'VAR_GLOBAL',
  'VAR_INPUT',
  'VAR_INST',
  'VAR_IN_OUT',
  'VAR_OUTPUT',
  'VAR_STAT',
  'VAR_TEMP',
  'WHILE',
  'XOR',
];

/**
 * Contextual words that open a declaration or statement where a statement may also start,
 * and that real code uses as names: a TwinCAT property `Configuration` whose getter says
 * `Configuration := _config;`, a method `GoTo` setting its result (`GoTo := 100;`: GOTO
 * is SCL's jump, no CODESYS keyword), a variable `Label`, `Region` or `Begin`, a TwinCAT
 * structure member or property `NAMESPACE` (SIMATIC AX's keyword; TwinCAT has none), a B&R block's
 * `Internal : McInternalType;` right after VAR (where `VAR INTERNAL` is SIMATIC AX's). src/scanner.c
 * returns one as its keyword only where it is valid and not followed by what follows a
 * name (`:=`, `.`, `[`, `^`, an operator...); otherwise the word is an identifier. DIV,
 * classic SCL's integer division, is returned wherever a binary operator is valid. Sorted,
 * and the same words in the same order as SOFT in src/scanner.c.
 */
const SOFT = [
  'BEGIN',
  'CLASS',
  'CONFIGURATION',
  'CONST',
  'DIV',
  'END_NETWORK',
  'GOTO',
  'INITIAL_STEP',
  'INTERNAL',
  'LABEL',
  'NAMESPACE',
  'NETWORK',
  'REGION',
  'RESOURCE',
  'STEP',
  'TRANSITION',
  'USING',
];

/** A case-insensitive keyword, visible in the tree as the anonymous node "WORD". */
function kw(word) {
  if (RESERVED.includes(word) || SOFT.includes(word)) {
    return alias(sym('_kw_' + word), word);
  }
  return alias(token(new RegExp(ci(word))), word);
}

/** One of several keywords. */
function kws(...words) {
  return choice(...words.map(kw));
}

function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

function commaSep(rule) {
  return optional(commaSep1(rule));
}

// Letters beyond ASCII (Latin-1 and Latin Extended, without × and ÷): TIA Portal exports
// `Tastverhältnis : REAL;` unquoted, and German and French PLC code names things so.
const IDENT = /[A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*/;

module.exports = grammar({
  name: 'st',

  word: ($) => $.identifier,

  // From src/scanner.c: comments (`(* ... *)` nests), the rest-of-line texts of SCL
  // headers and REGION names, the reserved words and the contextual words of SOFT.
  externals: ($) => [
    $.comment,
    $.header_value,
    $.region_name,
    $.region_end,
    $._end_of_text,
    $._error_sentinel,
    ...RESERVED.map((w) => $['_kw_' + w]),
    ...SOFT.map((w) => $['_kw_' + w]),
    // AT opening a declaration, before a direct address (`AT %IX1.1 : BOOL;`); a variable
    // named `At` stays a name (see var_declaration).
    $._unnamed_at,
    // TIA's `:P` right after the parenthesis of a computed address (see indexed_address).
    $.peripheral_suffix,
    // A LAD or FBD rung of a TIA Portal V21 block document, up to its END_RUNG (see network).
    $.rung,
    // A network of a STEP 7 STL (AWL) source, up to the next NETWORK or END_ word (see
    // _statement).
    $.stl_network,
  ],

  extras: ($) => [/\s/, $.comment, $.pragma],

  conflicts: ($) => [
    // `x : T(...)`: a subrange `INT(0..9)` or FB_init arguments `FB_X(1, 2)`.
    [$._simple_type, $.subrange_type],
    // A case branch's statements end where the next label starts: `E.A :` versus
    // `E.A := ...` is only decided at the ':' token.
    [$.case_branch],
    [$.statement_list],
    // `x := (a := 1)`: a structure's initial values, or an assignment used as a value; the
    // initialiser wins where both fit (_parenthesized_assignment has lower precedence).
    [$.field_initializer, $._lvalue],
    // `[N(0)]`: N repetitions of 0, or a call of N; the repetition wins where both fit.
    [$.repeated_initializer, $.argument_list],
    [$.repeated_initializer, $.argument],
    // `Action := x;` (a method's result) against an ACTION block after an empty body.
    [$._body],
  ],

  supertypes: ($) => [$._statement, $._expression],

  // Choices that only name their alternatives are inlined: an operand is then one hidden
  // node (_expression) over its name or literal, not two or three, and a declared name, an
  // initial value or the object of a member, index or call none. Each hidden node costs tree-sitter 80 bytes or more, and most of a
  // file's nodes are operands and declarations.
  inline: ($) => [$._value, $._literal, $._name, $._initializer, $._condition, $._callee],

  rules: {
    source_file: ($) => repeat(choice($._declaration, $._statement, $.region_end)),

    // ------------------------------------------------------------------
    // Project files (TwinCAT .TcPOU/.TcDUT/.TcGVL/.TcIO, PLCopen XML)
    // ------------------------------------------------------------------
    //
    // Gantry parses only the ST regions of such files (tree-sitter included ranges), each
    // region with the XML delimiter that closes it: `]]>` after CDATA, `</` after escaped
    // PLCopen text. src/scanner.c returns that delimiter as `region_end`. TwinCAT splits a
    // POU into a declaration region and an implementation region and writes no END_*
    // keyword, so every POU also ends at a region end: its declaration region, then its
    // body region, then (for function blocks) its methods, properties and actions, each
    // split the same way. Actions and property accessors have no header in the ST (their
    // names are XML attributes): an action is a body region, an accessor a declaration and a
    // body region.

    _split_impl: ($) => prec(2, seq(optional(field('body', $.statement_list)), $.region_end)),

    _split_member: ($) =>
      choice(
        $.method_declaration,
        $.property_declaration,
        // A stray `;` before a member's header (`{attribute 'x'};` then METHOD) is accepted
        // by TwinCAT, like one between declarations; a body of `;` alone stays a body.
        seq(';', choice($.method_declaration, $.property_declaration)),
        alias($._split_action, $.action_declaration),
        alias($._split_empty_action, $.action_declaration),
        alias($._split_condition, $.transition_condition),
      ),

    _split_action: ($) => prec(-1, seq(field('body', $.statement_list), $.region_end)),
    // An action whose implementation is empty (`<ST><![CDATA[]]></ST>`): its region end alone,
    // a member still (the block's body, when it is empty, comes first and wins).
    _split_empty_action: ($) => prec(1, seq($.region_end)),

    // An SFC transition written in ST is a condition (an expression and the region end);
    // one written as statements that set the transition's name is an action's shape.
    _split_condition: ($) => prec(-1, seq(field('condition', $._expression), $.region_end)),

    // CODESYS keeps a POU's declaration and body in two editors and writes no END_* keyword
    // either; code copied out of it, or saved one POU per file by its scripting, ends with
    // the file. src/scanner.c returns the end of the text (zero-width, only where a POU may
    // end there) as `end_of_text`; where error recovery supplies it (a POU left open before
    // the next one), the missing node names the END_* keyword that is missing.
    _text_pou_tail: ($) => seq(optional($._body), alias($._end_of_text, $.end_of_text)),

    _split_pou_tail: ($) =>
      prec.right(seq($.region_end, optional(prec(1, $._split_impl)), repeat($._split_member))),

    // An accessor's declaration may open with its access (`PROTECTED`, then VAR … END_VAR).
    _split_accessor: ($) =>
      prec.right(
        seq(
          repeat($.access_specifier),
          repeat($.var_section),
          $.region_end,
          optional($._split_impl),
        ),
      ),


    // ------------------------------------------------------------------
    // Top-level declarations
    // ------------------------------------------------------------------

    _declaration: ($) =>
      choice(
        $.program_declaration,
        $.function_declaration,
        $.function_block_declaration,
        $.class_declaration,
        $.method_declaration,
        $.property_declaration,
        $.action_declaration,
        $.interface_declaration,
        $.type_declaration,
        $.var_section,
        $.namespace_declaration,
        $.using_directive,
        $.organization_block_declaration,
        $.data_block_declaration,
        $.configuration_declaration,
      ),

    _name: ($) => choice($.identifier, $.quoted_identifier),

    // TIA Portal exports a variable or a parameter named like a reserved word unquoted where
    // only a name fits: `Return : SInt;` in VAR_OUTPUT, `"Proc"(Type := '')` in a call.
    _reserved_name: ($) => alias(choice($._kw_TYPE, $._kw_RETURN), $.identifier),

    quoted_identifier: ($) => $._double_quoted,

    // Things that may appear between a POU header and its body.
    _pou_item: ($) =>
      choice(
        $.var_section,
        $.label_section,
        $.method_declaration,
        $.property_declaration,
        $.action_declaration,
        $.using_directive,
        $.sfc_step,
        $.sfc_transition,
      ),

    // IEC 61131-3 textual SFC, as Beremiz/matiec write a chart into a POU: its steps, the
    // actions each step runs (`Fill(N);`, `Alarm(L, T#5s);`) and the transitions between
    // steps, among the POU's ACTION blocks and instead of a body.
    sfc_step: ($) =>
      prec.right(
        seq(
          kws('INITIAL_STEP', 'STEP'),
          field('name', $.identifier),
          ':',
          repeat($.action_association),
          kw('END_STEP'),
          optional(';'),
        ),
      ),

    // An action and its qualifier (N, R, S, P, L/D/SD/DS/SL with a time) and indicators.
    action_association: ($) =>
      seq(field('action', $.identifier), '(', commaSep(field('argument', $._expression)), ')', ';'),

    sfc_transition: ($) =>
      prec.right(
        seq(
          kw('TRANSITION'),
          optional(field('name', $.identifier)),
          optional(seq('(', kw('PRIORITY'), ':=', field('priority', $.integer), ')')),
          kw('FROM'),
          field('from', $._sfc_steps),
          kw('TO'),
          field('to', $._sfc_steps),
          ':=',
          field('condition', $._expression),
          ';',
          kw('END_TRANSITION'),
          optional(';'),
        ),
      ),

    // One step, or a parenthesised list of steps a divergence or convergence joins.
    _sfc_steps: ($) => choice($.identifier, seq('(', commaSep1($.identifier), ')')),

    // Classic SCL (S7-300/400) declares the jump labels of a block: `LABEL Ende; END_LABEL`.
    label_section: ($) =>
      prec.right(seq(kw('LABEL'), commaSep1(field('name', $.identifier)), ';', kw('END_LABEL'), optional(';'))),

    _body: ($) =>
      choice(
        seq(kw('BEGIN'), optional(field('body', $.statement_list))),
        field('body', $.statement_list),
      ),

    header_attribute: ($) =>
      choice(
        seq(
          field('name', kws('TITLE', 'AUTHOR', 'VERSION', 'FAMILY', 'NAME')),
          choice('=', ':'),
          // TIA writes `TITLE =` with nothing after it for an untitled block.
          optional(field('value', $.header_value)),
        ),
        field('name', kw('KNOW_HOW_PROTECT')),
      ),

    program_declaration: ($) =>
      prec.right(
        seq(
          kw('PROGRAM'),
          optional($.access_specifier),
          field('name', $._name),
          repeat($.header_attribute),
          repeat($._pou_item),
          choice(seq(optional($._body), kw('END_PROGRAM'), optional(';')), $._split_pou_tail, $._text_pou_tail),
        ),
      ),

    function_declaration: ($) =>
      prec.right(
        seq(
          kw('FUNCTION'),
          optional($.access_specifier),
          // B&R's system library `operator` declares the operators as functions:
          // `FUNCTION AND : ANY` in operator.fun.
          field('name', choice($._name, alias(choice($._kw_AND, $._kw_OR, $._kw_XOR, $._kw_NOT, $._kw_MOD), $.identifier))),
          optional(seq(':', field('return_type', $._type), optional(prec(1, ';')))),
          repeat($.header_attribute),
          repeat($._pou_item),
          choice(seq(optional($._body), kw('END_FUNCTION'), optional(';')), $._split_pou_tail, $._text_pou_tail),
        ),
      ),

    function_block_declaration: ($) =>
      prec.right(
        seq(
          kw('FUNCTION_BLOCK'),
          repeat(choice($.access_specifier, $.modifier)),
          field('name', $._name),
          // TwinCAT 3.1.4026 generics: the constants come before EXTENDS.
          optional(alias($._generic_section, $.var_section)),
          optional($.extends_clause),
          optional($.implements_clause),
          // `FUNCTION_BLOCK Mover IMPLEMENTS iMover;`, as for methods.
          optional(prec(1, ';')),
          repeat($.header_attribute),
          repeat($._pou_item),
          choice(
            seq(optional($._body), kw('END_FUNCTION_BLOCK'), optional(';')),
            // plain-text exports write the block's body first, then its methods,
            // properties and actions, all before END_FUNCTION_BLOCK
            seq(
              $._body,
              repeat1(choice($.method_declaration, $.property_declaration, $.action_declaration)),
              choice(
                seq(kw('END_FUNCTION_BLOCK'), optional(';')),
                // a file of one block so may end with the file, as one without members does
                alias($._end_of_text, $.end_of_text),
              ),
            ),
            $._split_pou_tail,
            $._text_pou_tail,
          ),
        ),
      ),

    // SIMATIC AX (and IEC 61131-3 3rd edition) classes: like a function block without a
    // body; members are variable sections (`VAR PUBLIC`), methods and properties.
    class_declaration: ($) =>
      prec.right(
        seq(
          kw('CLASS'),
          repeat(choice($.access_specifier, $.modifier)),
          field('name', $._name),
          optional($.extends_clause),
          optional($.implements_clause),
          repeat($._pou_item),
          kw('END_CLASS'),
          optional(';'),
        ),
      ),

    extends_clause: ($) =>
      prec.right(
        seq(kw('EXTENDS'), commaSep1(field('type', choice($.type_name, $.generic_type))), optional(',')),
      ),

    implements_clause: ($) =>
      prec.right(seq(kw('IMPLEMENTS'), commaSep1(field('type', $.type_name)), optional(','))),

    access_specifier: (_) => kws('PUBLIC', 'PRIVATE', 'PROTECTED', 'INTERNAL'),

    modifier: (_) => kws('ABSTRACT', 'FINAL', 'OVERRIDE'),

    // A method or property may be named like a modifier (`PROPERTY Override : LREAL`, a
    // drive's velocity override).
    // SIMATIC AX state machines name a method Action (`METHOD PUBLIC ABSTRACT Action`):
    // after a modifier the reserved word is read as that name, not as an ACTION block.
    _member_name: ($) =>
      choice($._name, prec(-1, alias($.modifier, $.identifier)), alias($._kw_ACTION, $.identifier)),

    method_declaration: ($) =>
      prec.right(
        seq(
          kw('METHOD'),
          repeat(choice($.access_specifier, $.modifier)),
          field('name', $._member_name),
          // TwinCAT accepts (and some exports write) `METHOD M : T;`.
          optional(seq(':', field('return_type', $._type), optional(prec(1, ';')))),
          repeat($._pou_item),
          choice(
            seq(optional($._body), kw('END_METHOD'), optional(';')),
            seq($.region_end, optional($._split_impl)),
            $._text_pou_tail,
          ),
        ),
      ),

    property_declaration: ($) =>
      prec.right(
        seq(
          kw('PROPERTY'),
          repeat(choice($.access_specifier, $.modifier)),
          field('name', $._member_name),
          ':',
          field('type', $._type),
          // As for methods, TwinCAT accepts `PROPERTY P : T;`.
          optional(prec(1, ';')),
          repeat($.var_section),
          choice(
            seq(repeat($.property_accessor), kw('END_PROPERTY'), optional(';')),
            seq(
              $.region_end,
              repeat(alias($._split_accessor, $.property_accessor)),
            ),
            // CODESYS keeps a property's accessors as objects of their own: its scripting
            // saves the property's declaration alone (`PROPERTY nLevel : INT`), which the
            // file's end closes.
            alias($._end_of_text, $.end_of_text),
          ),
        ),
      ),

    property_accessor: ($) =>
      seq(
        field('kind', kws('GET', 'SET')),
        repeat(choice($.access_specifier, $.modifier)),
        repeat($.var_section),
        optional($._body),
        optional(kws('END_GET', 'END_SET')),
      ),

    action_declaration: ($) =>
      prec.right(
        seq(
          kw('ACTION'),
          field('name', $._name),
          optional(':'),
          repeat($.var_section),
          optional($._body),
          kw('END_ACTION'),
          optional(';'),
        ),
      ),

    interface_declaration: ($) =>
      prec.right(
        seq(
          kw('INTERFACE'),
          optional($.access_specifier),
          field('name', $._name),
          optional($.extends_clause),
          // `INTERFACE I_Error EXTENDS __SYSTEM.IQueryInterface;`, a `;` after the header
          // as TwinCAT takes it after a block's or a method's.
          optional(prec(1, ';')),
          choice(
            seq(
              repeat(choice($.method_declaration, $.property_declaration, $.using_directive)),
              kw('END_INTERFACE'),
              optional(';'),
            ),
            seq($.region_end, repeat(choice($.method_declaration, $.property_declaration, ';'))),
            // Saved by CODESYS's scripting, an interface's declaration is its header alone
            // (its methods and properties are objects of their own); the file's end closes it.
            alias($._end_of_text, $.end_of_text),
          ),
        ),
      ),

    namespace_declaration: ($) =>
      prec.right(
        seq(
          kw('NAMESPACE'),
          optional(kw('INTERNAL')),
          field('name', $.type_name),
          repeat($._declaration),
          kw('END_NAMESPACE'),
          optional(';'),
        ),
      ),

    using_directive: ($) => seq(kw('USING'), commaSep1(field('namespace', $.type_name)), ';'),

    // Siemens SCL
    organization_block_declaration: ($) =>
      prec.right(
        seq(
          kw('ORGANIZATION_BLOCK'),
          field('name', $._name),
          repeat($.header_attribute),
          repeat($._pou_item),
          optional($._body),
          kw('END_ORGANIZATION_BLOCK'),
          optional(';'),
        ),
      ),

    data_block_declaration: ($) =>
      prec.right(
        seq(
          kw('DATA_BLOCK'),
          field('name', $._name),
          repeat($.header_attribute),
          // NON_RETAIN, and TIA Portal's READ_ONLY (write-protected in the device) and
          // UNLINKED (kept only in load memory).
          repeat(
            field('qualifier', choice($.var_qualifier, alias($._data_block_option, $.var_qualifier))),
          ),
          optional(
            choice(
              seq(field('type', choice($.struct_type, $.type_name)), optional(';')),
              repeat1($.var_section),
              // A TIA Portal V21 block document writes the type after a colon: an instance
              // data block `DATA_BLOCK Axis1_DB : FB_Axis`, an ARRAY data block
              // `DATA_BLOCK Samples : Array[0..99] of Int`.
              seq(':', field('type', choice($.type_name, $.array_type))),
            ),
          ),
          optional(seq(kw('BEGIN'), optional(field('body', $.statement_list)))),
          kw('END_DATA_BLOCK'),
          optional(';'),
        ),
      ),

    // IEC configuration
    configuration_declaration: ($) =>
      prec.right(
        seq(
          kw('CONFIGURATION'),
          field('name', $.identifier),
          repeat(choice($.var_section, $.resource_declaration, $.task_declaration, $.program_instance)),
          kw('END_CONFIGURATION'),
          optional(';'),
        ),
      ),

    resource_declaration: ($) =>
      prec.right(
        seq(
          kw('RESOURCE'),
          field('name', $.identifier),
          kw('ON'),
          field('type', $.identifier),
          repeat(choice($.var_section, $.task_declaration, $.program_instance)),
          kw('END_RESOURCE'),
          optional(';'),
        ),
      ),

    // `TASK Main(Priority := 1);` (IEC), or SIMATIC AX's typed task `TASK Main : ProgramCycle;`
    // (its task types, such as Startup and ProgramCycle, come from Siemens.Simatic.Tasks).
    task_declaration: ($) =>
      seq(
        kw('TASK'),
        field('name', $.identifier),
        choice(
          field('arguments', $.argument_list),
          // SIMATIC AX sets a typed task's properties as its initial value:
          // `TASK Fast : CyclicInterrupt := (CycleTime := T#10ms);`.
          seq(':', field('type', $.type_name), optional(seq(':=', field('value', $._initializer)))),
        ),
        ';',
      ),

    program_instance: ($) =>
      seq(
        kw('PROGRAM'),
        field('name', $.identifier),
        optional(seq(kw('WITH'), field('task', $.identifier))),
        ':',
        field('type', $.type_name),
        optional(field('arguments', $.argument_list)),
        ';',
      ),

    // ------------------------------------------------------------------
    // Variable declarations
    // ------------------------------------------------------------------

    var_section: ($) =>
      choice(
        prec.right(
          seq(
            field('kind', $.var_kind),
            // SIMATIC AX class members: `VAR PUBLIC`, `VAR PROTECTED CONSTANT`, ...
            repeat(choice(field('qualifier', $.var_qualifier), $.access_specifier)),
            // A stray `;` between declarations is accepted by TwinCAT.
            repeat(choice($.var_declaration, $.access_declaration, ';')),
            kw('END_VAR'),
            optional(';'),
          ),
        ),
        // Classic SCL (S7-300/400) block constants, named values without a type:
        // `CONST Limit := 100.0; END_CONST`.
        prec.right(
          seq(
            field('kind', alias(kw('CONST'), $.var_kind)),
            repeat(choice(alias($._const_declaration, $.var_declaration), ';')),
            kw('END_CONST'),
            optional(';'),
          ),
        ),
      ),

    _const_declaration: ($) => seq(field('name', $._name), ':=', field('value', $._expression), ';'),

    // `VAR_GENERIC CONSTANT n : UDINT := 1; END_VAR`: the constants an instantiation
    // `FB<100>` sets.
    _generic_section: ($) =>
      prec.right(
        seq(
          field('kind', alias(kw('VAR_GENERIC'), $.var_kind)),
          repeat(field('qualifier', $.var_qualifier)),
          repeat(choice($.var_declaration, ';')),
          kw('END_VAR'),
          optional(';'),
        ),
      ),

    var_kind: (_) =>
      kws(
        'VAR',
        'VAR_INPUT',
        'VAR_OUTPUT',
        'VAR_IN_OUT',
        'VAR_GLOBAL',
        'VAR_EXTERNAL',
        'VAR_TEMP',
        'VAR_STAT',
        'VAR_INST',
        'VAR_CONFIG',
        'VAR_ACCESS',
        // TIA Portal's section of a block's data-block-specific parameters, written so as
        // well as `VAR DB_SPECIFIC`.
        'VAR_DB_SPECIFIC',
      ),

    _data_block_option: (_) => kws('READ_ONLY', 'UNLINKED'),

    var_qualifier: (_) =>
      kws('CONSTANT', 'RETAIN', 'PERSISTENT', 'NON_RETAIN', 'DB_SPECIFIC'),

    var_declaration: ($) =>
      choice(
        seq(
          choice(
            seq(
              commaSep1(field('name', choice($._name, $.qualified_name, $._reserved_name))),
              optional(seq(kw('AT'), field('address', choice($.direct_address, $.identifier)))),
            ),
            // IEC 61131-3 located variable without a name, reached only through its address:
            // `AT %IX1.1 : BOOL;` (a program's or a resource's VAR section).
            seq(alias($._unnamed_at, 'AT'), field('address', $.direct_address)),
          ),
          ':',
          field('type', $._type),
          optional(field('edge', kws('R_EDGE', 'F_EDGE'))),
          optional(choice(field('arguments', $.argument_list), field('arguments', $.instance_arguments))),
          optional(
            seq(
              choice(':=', kw('REF=')),
              field('value', choice($._initializer, alias($._bare_array_initializer, $.array_initializer))),
            ),
          ),
          ';',
        ),
        // The OpenPLC Editor (v4) keeps a located variable's address after its type, as its
        // project files (pous/programs/*.st) store it: `Fan : BOOL AT %QX0.0 := FALSE;`.
        seq(
          commaSep1(field('name', choice($._name, $.qualified_name, $._reserved_name))),
          ':',
          field('type', $.type_name),
          kw('AT'),
          field('address', $.direct_address),
          optional(seq(':=', field('value', $._initializer))),
          ';',
        ),
      ),

    // IEC 61131-3 VAR_ACCESS (in a program, a configuration or a resource): an access name,
    // the variable it reaches, its type and optionally its direction,
    // `pumpSpeed : Line1.Pump.rSpeed : REAL READ_ONLY;`.
    access_declaration: ($) =>
      seq(
        field('name', $._name),
        ':',
        // A program's variable, `Var1`, or a path through a resource, a program and its
        // blocks, `Line1.Pump.rSpeed`, or a direct address.
        field('path', choice($.direct_address, alias($.type_name, $.access_path))),
        ':',
        field('type', $._type),
        optional(field('direction', kws('READ_ONLY', 'READ_WRITE'))),
        ';',
      ),

    // TwinCAT: the FB_init arguments of each element of an array of function blocks,
    // `afb : ARRAY[1..2] OF FB_Axis[(nId := 1), (nId := 2)];`.
    instance_arguments: ($) => seq('[', commaSep1($.argument_list), optional(','), ']'),

    // CODESYS V2 style `a : ARRAY[0..3] OF BYTE := 1, 2, 3, 4;` (no brackets), or one
    // repetition alone, `a : ARRAY[1..8] OF INT := 8(0);` (the V2.3 manual's `1,3(7)` form
    // with a single element). Alone, the count is a literal: `F(x)` stays a call.
    _bare_array_initializer: ($) =>
      choice(
        seq(
          choice($._initializer, $.repeated_initializer),
          repeat1(seq(',', choice($._initializer, $.repeated_initializer))),
        ),
        alias($._bare_repetition, $.repeated_initializer),
      ),

    _bare_repetition: ($) =>
      seq(field('count', $.integer), '(', optional(field('value', $._initializer)), ')'),

    qualified_name: ($) => seq($.identifier, repeat1(seq('.', $.identifier))),

    // `%IX0.0`, `%QW4`, `%MD10`, `%I*`; SCL data block addresses `%DB1.DBX0.0`, `%DB1.DBW2`;
    // TIA's direct peripheral access suffix `%IW64:P`.
    direct_address: (_) =>
      token(
        seq(
          '%',
          choice(
            // `R`: a REAL channel of an OWEN CODESYS V2.3 PLC configuration (`%IR3.0`), the
            // address its configuration assigns to a float input.
            seq(/[IQMiqm]/, optional(/[XBWDLRxbwdlr]/), choice('*', /[0-9]+(\.[0-9]+)*/)),
            seq(/[Dd][Bb]/, /[0-9]+/, '.', /[Dd][Bb]/, /[XBWDxbwd]/, /[0-9]+(\.[0-9]+)?/),
            // SIMATIC AX: a structure member's place in the structure, `Status AT %B0 : WORD;`
            seq(/[XBWDLxbwdl]/, /[0-9]+(\.[0-9]+)?/),
          ),
          optional(/:[Pp]/),
        ),
      ),

    // TIA Portal SCL for S7-300/400: an input, output or bit memory address whose byte (and
    // bit) are computed, `%IB(#nStart + #i)`, `%IX(#nByte, #nBit)`, `%QW(#nAdr):P` (the
    // peripheral suffix reads or writes the module directly; src/scanner.c lexes it).
    indexed_address: ($) =>
      seq(
        field('area', alias(token(seq('%', /[IQMiqm]/, optional(/[XBWDxbwd]/))), $.address_area)),
        '(',
        field('byte', $._expression),
        optional(seq(',', field('bit', $._expression))),
        ')',
        optional(field('peripheral', $.peripheral_suffix)),
      ),

    // TIA Portal's direct peripheral access through a PLC tag's name, `"AnalogIn":P` and
    // `"Valve_Out":P := w;`: the tag's I/O address read from or written to the module,
    // bypassing the process image (src/scanner.c lexes the `:P`).
    peripheral_access: ($) =>
      seq(field('tag', $.quoted_identifier), field('peripheral', $.peripheral_suffix)),

    // ------------------------------------------------------------------
    // Types
    // ------------------------------------------------------------------

    type_declaration: ($) =>
      prec.right(
        seq(
          kw('TYPE'),
          optional($.access_specifier),
          // B&R Automation Studio creates a package's .typ as an empty `TYPE END_TYPE`.
          repeat(
            seq(
              field('name', $._name),
              optional($.extends_clause),
              repeat($.header_attribute),
              optional(':'),
              field('type', $._type_definition),
              optional(seq(':=', field('value', $._initializer))),
              optional(';'),
            ),
          ),
          kw('END_TYPE'),
          optional(';'),
        ),
      ),

    _type_definition: ($) => choice($._simple_type, $.enum_type, $.union_type),

    // An enumeration inside a variable declaration has no base type in front.
    _inline_enum_type: ($) =>
      prec.right(seq('(', commaSep1($.enumerator), optional(','), ')', optional(field('base', $.type_name)))),

    _type: ($) => choice($._simple_type, alias($._inline_enum_type, $.enum_type)),

    _simple_type: ($) =>
      choice(
        $.type_name,
        $.generic_type,
        $.string_type,
        $.array_type,
        $.pointer_type,
        alias(kw('POINTER'), $.type_name),
        $.reference_type,
        $.struct_type,
        $.subrange_type,
      ),

    // A dotted type name reads on (`FUNCTION F : Lib.T` before a body that opens with the
    // global namespace operator `.x := …` keeps Lib.T whole).
    type_name: ($) =>
      prec.right(
        choice($.identifier, $.quoted_identifier, seq($.identifier, repeat1(seq('.', $.identifier)))),
      ),

    // An instance of a generic function block: `Collections.List<0>`, `FB_Buffer<MAX_LEN>`.
    generic_type: ($) =>
      seq(
        field('type', $.type_name),
        choice('<', alias('&lt;', '<')),
        commaSep1(field('argument', choice($.integer, $.identifier))),
        choice('>', alias('&gt;', '>')),
      ),

    string_type: ($) =>
      prec.right(
        seq(
          kws('STRING', 'WSTRING'),
          optional(
            choice(
              seq('(', field('length', $._expression), ')'),
              seq('[', field('length', $._expression), ']'),
            ),
          ),
        ),
      ),

    array_type: ($) =>
      seq(
        kw('ARRAY'),
        '[',
        commaSep1(field('range', choice($.range, alias('*', $.wildcard)))),
        ']',
        kw('OF'),
        field('element', $._type),
      ),

    range: ($) => seq(field('lower', $._expression), '..', field('upper', $._expression)),

    // `POINTER TO T`; SCL's parameter type `Pointer` (a 6-byte area pointer) stands alone and
    // reads as a named type.
    pointer_type: ($) => seq(kw('POINTER'), kw('TO'), field('type', $._type)),

    reference_type: ($) =>
      seq(choice(kw('REF_TO'), seq(kw('REFERENCE'), kw('TO'))), field('type', $._type)),

    subrange_type: ($) => seq(field('type', $.type_name), '(', field('range', $.range), ')'),

    struct_type: ($) =>
      seq(kw('STRUCT'), optional($.extends_clause), repeat($.var_declaration), kw('END_STRUCT')),

    union_type: ($) => seq(kw('UNION'), repeat($.var_declaration), kw('END_UNION')),

    enum_type: ($) =>
      prec.right(
        seq(
          optional(field('base', $.type_name)),
          '(',
          commaSep1($.enumerator),
          optional(','),
          ')',
          optional(field('base', $.type_name)),
        ),
      ),

    enumerator: ($) => seq(field('name', $.identifier), optional(seq(':=', field('value', $._expression)))),

    // ------------------------------------------------------------------
    // Initialisers
    // ------------------------------------------------------------------

    _initializer: ($) =>
      choice($._expression, $.array_initializer, $.struct_initializer, $.positional_initializer, $.block_number),

    // SCL: the default of a Block_FB / Block_FC / Block_DB parameter names a block by its
    // number, `fb : Block_FB := FB 10;`.
    block_number: (_) => token(seq(choice(/[Ff][BbCc]/, /[Dd][Bb]/, /[Ss][Ff][BbCc]/), /[ \t]+/, /[0-9]+/)),

    array_initializer: ($) =>
      seq('[', commaSep(choice($._initializer, $.repeated_initializer)), optional(','), ']'),

    // The count may be a named constant: `[TREND_COUNT((iParent := Trends))]`.
    repeated_initializer: ($) =>
      prec.dynamic(
        1,
        seq(field('count', choice($.integer, $.identifier)), '(', optional(field('value', $._initializer)), ')'),
      ),

    // `fb : FB_List := ();` initialises nothing, as TwinCAT allows.
    struct_initializer: ($) => seq('(', commaSep($.field_initializer), optional(','), ')'),

    // Siemens: a structure's start values in the order of its members, as TIA Portal
    // exports a UDT member's start value: `cfg : "TypeCfg" := ([16#21, 16#5], TRUE);`, a
    // member left at its default `()`. A structure of one member holds its one start value
    // in parentheses too, `([()])` for a structure whose array keeps its defaults; a lone
    // expression in parentheses stays a parenthesized expression.
    positional_initializer: ($) =>
      choice(
        seq('(', $._initializer, repeat1(seq(',', $._initializer)), optional(','), ')'),
        seq('(', choice($.array_initializer, $.struct_initializer, $.positional_initializer), ')'),
      ),

    field_initializer: ($) => seq(field('name', $.identifier), ':=', field('value', $._initializer)),

    // ------------------------------------------------------------------
    // Statements
    // ------------------------------------------------------------------

    statement_list: ($) => repeat1($._statement),

    _statement: ($) =>
      choice(
        $.assignment,
        $.call_statement,
        $.if_statement,
        $.case_statement,
        $.for_statement,
        $.while_statement,
        $.repeat_statement,
        $.exit_statement,
        $.return_statement,
        $.continue_statement,
        $.jump_statement,
        $.label_statement,
        $.region,
        alias($.network, $.region),
        // An STL source (STEP 7's text form of STL blocks, sometimes kept as `.st` or
        // `.scl`) writes its body as networks, `NETWORK` / `TITLE =` / STL statements:
        // src/scanner.c returns each whole, no ST, not read; the block's interface is.
        $.stl_network,
        $.try_statement,
        $.expression_statement,
        $.access_statement,
        $.empty_statement,
      ),

    // `fb.IsDone;` reads a property, which runs its getter: TwinCAT accepts it as a statement.
    // B&R Automation Studio also accepts an element read alone, `aAlarm[0];` (its templates
    // leave such placeholders for the user to complete).
    expression_statement: ($) =>
      seq(field('expression', choice($.member_expression, $.index_expression)), ';'),

    assignment: ($) =>
      choice(
        seq(
          field('left', $._lvalue),
          // `+=` … `/=`: SCL (TIA V14+) compound assignment.
          field('operator', choice(':=', kw('S='), kw('R='), kw('REF='), '?=', '+=', '-=', '*=', '/=')),
          // CODESYS's multiple assignment `a := b := 0;` writes both.
          field('right', choice($._initializer, $.assignment_expression)),
          ';',
        ),
        // The result of a SIMATIC AX method named Action (see _member_name): `Action := x;`.
        seq(
          field('left', alias($._kw_ACTION, $.identifier)),
          field('operator', ':='),
          field('right', $._expression),
          ';',
        ),
      ),

    // B&R Automation Studio dynamic variable: `pAxis ACCESS ADR(gAxis[i]);` makes the
    // REFERENCE TO variable pAxis stand for the variable at that address. B&R reads only
    // upper-case keywords, so a dynamic variable may be named `this` (`this ACCESS
    // ADR(units[i]);`, then `this.speed`), which elsewhere reads as THIS.
    access_statement: ($) =>
      seq(
        field('left', choice($._lvalue, alias($.this, $.identifier))),
        kw('ACCESS'),
        field('right', $._expression),
        ';',
      ),

    // A bare name calls an action of the POU, an FB instance or a program without arguments
    // (`Reset;`): CODESYS and TwinCAT make the parentheses of such a call optional.
    call_statement: ($) =>
      choice(
        seq(field('function', $._callee), field('arguments', $.argument_list), ';'),
        seq(field('function', $.identifier), ';'),
      ),

    if_statement: ($) =>
      prec.right(
        seq(
          kw('IF'),
          field('condition', $._condition),
          kw('THEN'),
          optional(field('consequence', $.statement_list)),
          repeat($.elsif_clause),
          optional($.else_clause),
          kw('END_IF'),
          optional(';'),
        ),
      ),

    elsif_clause: ($) =>
      seq(
        kws('ELSIF', 'ELSEIF'),
        field('condition', $._condition),
        kw('THEN'),
        optional(field('consequence', $.statement_list)),
      ),

    else_clause: ($) => seq(kw('ELSE'), optional(field('body', $.statement_list))),

    case_statement: ($) =>
      prec.right(
        seq(
          kw('CASE'),
          field('value', $._expression),
          kw('OF'),
          repeat($.case_branch),
          optional(alias($._case_else, $.else_clause)),
          kw('END_CASE'),
          optional(';'),
        ),
      ),

    // Siemens' exports write the CASE's ELSE with a colon, like a label: `ELSE:`.
    _case_else: ($) => seq(kw('ELSE'), optional(':'), optional(field('body', $.statement_list))),

    case_branch: ($) =>
      seq(commaSep1(field('label', $.case_label)), ':', optional(field('body', $.statement_list))),

    case_label: ($) => choice($._expression, $.range),

    for_statement: ($) =>
      prec.right(
        seq(
          kw('FOR'),
          field('variable', $._lvalue),
          ':=',
          field('from', $._expression),
          kw('TO'),
          field('to', $._expression),
          optional(seq(kw('BY'), field('by', $._expression))),
          kw('DO'),
          optional(field('body', $.statement_list)),
          kw('END_FOR'),
          optional(';'),
        ),
      ),

    while_statement: ($) =>
      prec.right(
        seq(
          kw('WHILE'),
          field('condition', $._condition),
          kw('DO'),
          optional(field('body', $.statement_list)),
          kw('END_WHILE'),
          optional(';'),
        ),
      ),

    repeat_statement: ($) =>
      prec.right(
        seq(
          kw('REPEAT'),
          optional(field('body', $.statement_list)),
          kw('UNTIL'),
          field('condition', $._condition),
          kw('END_REPEAT'),
          optional(';'),
        ),
      ),

    exit_statement: (_) => seq(kw('EXIT'), ';'),

    // CODESYS and TwinCAT also take a conditional return, `RETURN (xDone);`, which leaves
    // only when its condition holds.
    return_statement: ($) => seq(kw('RETURN'), optional(field('condition', $._condition)), ';'),

    continue_statement: (_) => seq(kw('CONTINUE'), ';'),

    jump_statement: ($) => seq(kws('JMP', 'GOTO'), field('label', $.identifier), ';'),

    label_statement: ($) => prec.dynamic(-1, seq(field('label', $.identifier), ':')),

    region: ($) =>
      prec.right(
        seq(
          kw('REGION'),
          optional(field('name', $.region_name)),
          optional(field('body', $.statement_list)),
          kw('END_REGION'),
          // TIA repeats the name (or any text) after END_REGION.
          optional(field('end_name', $.region_name)),
          optional(';'),
        ),
      ),

    // A network of a TIA Portal V21 block document (SIMATIC SD, `.s7dcl`): the body is a
    // sequence of networks, each `NETWORK … END_NETWORK` after its language pragma
    // (`{ S7_Language := "SCL" }`), written where an external source writes BEGIN. Its
    // statements run in order like a REGION's, which the rules see it as.
    // A network drawn in LAD or FBD holds rungs (`RUNG wire#powerrail … END_RUNG`), which
    // src/scanner.c returns whole: no ST, not read.
    network: ($) =>
      prec.right(
        seq(
          kw('NETWORK'),
          optional(choice(field('body', $.statement_list), repeat1($.rung))),
          kw('END_NETWORK'),
          optional(';'),
        ),
      ),

    // TwinCAT 3 / CODESYS exception handling. The exception variable is declared by the POU
    // (`exc : __SYSTEM.ExceptionCode;`); __CATCH and __FINALLY are each optional.
    try_statement: ($) =>
      prec.right(
        seq(
          kw('__TRY'),
          optional(field('body', $.statement_list)),
          optional($.catch_clause),
          optional($.finally_clause),
          kw('__ENDTRY'),
          optional(';'),
        ),
      ),

    catch_clause: ($) =>
      seq(
        kw('__CATCH'),
        // The exception variable is optional: `__CATCH` alone handles without reading it.
        optional(seq('(', field('exception', $.identifier), ')')),
        optional(field('body', $.statement_list)),
      ),

    finally_clause: ($) => seq(kw('__FINALLY'), optional(field('body', $.statement_list))),

    // Lower than a header's optional `;` (`METHOD M : T;`), which then never starts the body.
    empty_statement: (_) => prec(-1, ';'),

    // ------------------------------------------------------------------
    // Calls
    // ------------------------------------------------------------------

    // TwinCAT accepts a trailing comma: `fbPower(Axis := stAxis, );`.
    argument_list: ($) => seq('(', commaSep($.argument), optional(','), ')'),

    argument: ($) =>
      choice(
        // SCL quotes a parameter whose name is a keyword: `"Time" := t`.
        seq(
          field('name', choice($._name, $._reserved_name)),
          field('operator', ':='),
          optional(field('value', $._expression)),
        ),
        seq(
          optional(field('negated', kw('NOT'))),
          field('name', choice($._name, $._reserved_name)),
          field('operator', choice('=>', alias('=&gt;', '=>'))),
          optional(field('value', $._lvalue)),
        ),
        field('value', $._expression),
        // `__NEW(POINTER TO T, n)` takes a type.
        field('value', $.pointer_type),
      ),

    // ------------------------------------------------------------------
    // Expressions
    // ------------------------------------------------------------------

    _expression: ($) =>
      choice(
        $.binary_expression,
        $.unary_expression,
        $.parenthesized_expression,
        // `a AND_THEN (b := F())`: an assignment used as a value, in parentheses.
        alias($._parenthesized_assignment, $.parenthesized_expression),
        $._value,
        $._literal,
      ),

    // A name spelled like a string type, where a name is meant: the type as a value
    // (`__NEW(STRING)`, `SIZEOF(WSTRING)`), a namespace or function (`WString.Concat(…)`), a
    // variable (`String := 'x';`, which B&R compiles: a library function's VAR_IN_OUT
    // `String : STRING[80]`).
    _string_type_name: ($) =>
      alias(choice(token(new RegExp(ci('STRING'))), token(new RegExp(ci('WSTRING')))), $.identifier),

    // Designators that can be assigned to.
    _lvalue: ($) =>
      choice(
        $.identifier,
        // A variable named like a string type (`String := 'x';`: B&R compiles one, a
        // library function's VAR_IN_OUT `String : STRING[80]`).
        $._string_type_name,
        $.local_variable,
        $.global_scope,
        $.quoted_identifier,
        $.direct_address,
        $.indexed_address,
        $.peripheral_access,
        $.member_expression,
        $.index_expression,
        $.deref_expression,
      ),

    // Designators usable as values (a bare "..." is a string here).
    _value: ($) =>
      choice(
        $.identifier,
        // `__NEW(STRING)`, `SIZEOF(WSTRING)`: the type's name as a value.
        $._string_type_name,
        $.local_variable,
        $.global_scope,
        $.direct_address,
        $.indexed_address,
        $.peripheral_access,
        $.this,
        $.super,
        $.member_expression,
        $.index_expression,
        $.deref_expression,
        $.call_expression,
      ),

    // Operands of postfix operators.
    _callee: ($) =>
      choice(
        $.identifier,
        // A namespace or function named like a keyword of types (`WString.Concat(…)`).
        $._string_type_name,
        $.local_variable,
        $.global_scope,
        $.quoted_identifier,
        $.direct_address,
        $.this,
        $.super,
        $.member_expression,
        $.index_expression,
        $.deref_expression,
        $.call_expression,
      ),

    binary_expression: ($) => {
      const table = [
        [PREC.OR, kws('OR', 'OR_ELSE')],
        [PREC.XOR, kw('XOR')],
        [PREC.AND, choice(kws('AND', 'AND_THEN'), '&', alias('&amp;', '&'))],
        [PREC.EQUALITY, choice('=', '<>', alias('&lt;&gt;', '<>'))],
        [
          PREC.COMPARE,
          choice(
            '<', '>', '<=', '>=',
            alias('&lt;', '<'), alias('&gt;', '>'), alias('&lt;=', '<='), alias('&gt;=', '>='),
          ),
        ],
        [PREC.ADD, choice('+', '-')],
        // DIV: classic STEP 7 SCL's integer division (S7-300/400).
        [PREC.MUL, choice('*', '/', kw('MOD'), kw('DIV'))],
        [PREC.POWER, '**'],
      ];
      return choice(
        ...table.map(([p, op]) =>
          prec.left(
            p,
            seq(field('left', $._expression), field('operator', op), field('right', $._expression)),
          ),
        ),
      );
    },

    unary_expression: ($) =>
      prec(
        PREC.UNARY,
        seq(field('operator', choice(kw('NOT'), '-', '+')), field('operand', $._expression)),
      ),

    parenthesized_expression: ($) => seq('(', $._expression, ')'),

    // CODESYS accepts an assignment used as a value; Gantry parses it where it is written
    // in practice, as a whole condition `IF (x := F()) THEN` (or without the parentheses)
    // and as a conditional RETURN's condition, so that st/assignment-in-condition can
    // report it.
    _condition: ($) =>
      choice(
        $._expression,
        // `IF bOk := F() THEN`, without the parentheses.
        $.assignment_expression,
      ),

    _parenthesized_assignment: ($) => prec.dynamic(-1, seq('(', $.assignment_expression, ')')),

    // ExST chains set and reset too: `bSet S= bReset R= F(bIn := x);` sets one and resets
    // the other from the same value (Beckhoff's ExST assignments S= and R=).
    assignment_expression: ($) =>
      seq(
        field('left', $._lvalue),
        field('operator', choice(':=', kw('S='), kw('R='))),
        field('right', choice($._expression, $.assignment_expression)),
      ),

    member_expression: ($) =>
      prec(
        PREC.POSTFIX,
        seq(
          field('object', $._callee),
          '.',
          choice(
            field('member', choice($.identifier, $.quoted_identifier, $.integer, $.partial_access)),
            // TIA Portal keeps a `#` the editor put before a member of a local structure:
            // `#data.#powerReduction` is `#data.powerReduction` (Siemens' own exports hold both).
            seq('#', field('member', choice($.identifier, $.quoted_identifier))),
          ),
        ),
      ),

    partial_access: (_) => token(seq('%', /[XBWDLxbwdl]/, /[0-9]+/)),

    index_expression: ($) =>
      prec(
        PREC.POSTFIX,
        seq(field('object', $._callee), '[', commaSep1(field('index', $._expression)), ']'),
      ),

    deref_expression: ($) => prec(PREC.POSTFIX, seq(field('operand', $._callee), '^')),

    call_expression: ($) =>
      prec(
        PREC.POSTFIX,
        seq(
          field(
            'function',
            choice(
              $._callee,
              // IEC 61131-3's functional form of the bit operators, which matiec (OpenPLC,
              // Beremiz) compiles and its FBD generator writes: `AND(a, b)`, `MOD(n, 4)`.
              alias(choice($._kw_AND, $._kw_OR, $._kw_XOR, $._kw_MOD), $.identifier),
            ),
          ),
          field('arguments', $.argument_list),
        ),
      ),

    this: (_) => kw('THIS'),

    super: (_) => kw('SUPER'),

    // CODESYS and TwinCAT's global namespace operator: a path that begins with a dot names
    // a global variable (or list, or POU) even where a local one has the same name:
    // `.nCount`, `.GVL_Main.nCount`, and in a range `ARRAY[1...GVL.MAX]` (`1 .. .GVL.MAX`).
    global_scope: ($) => seq('.', field('name', $.identifier)),

    // SCL `#name`: a reference to a local variable or parameter; `#"name with spaces"`.
    local_variable: ($) => seq('#', choice($.identifier, $.quoted_identifier)),

    // ------------------------------------------------------------------
    // Literals
    // ------------------------------------------------------------------

    _literal: ($) =>
      choice(
        $.integer,
        $.real,
        $.boolean,
        $.string,
        $.time_literal,
        $.date_literal,
        $.time_of_day_literal,
        $.date_and_time_literal,
        $.typed_literal,
        $.pointer_literal,
        $.null,
      ),

    // TwinCAT also takes an explicit decimal base: `10#30000`.
    integer: (_) =>
      token(choice(/[0-9][0-9_]*/, /(2|8|16)#[0-9A-Fa-f_]+/, /10#[0-9][0-9_]*/)),

    real: (_) =>
      token(
        choice(
          /[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9]+)?/,
          /[0-9][0-9_]*[eE][+-]?[0-9]+/,
        ),
      ),

    boolean: (_) => kws('TRUE', 'FALSE'),

    null: (_) => kw('NULL'),

    string: ($) => choice($._single_quoted, $._double_quoted),

    // A STRING literal may run over several lines: TwinCAT compiles one (its .tmc keeps the
    // line breaks) and CODESYS's SoftMotion examples hold G-code programs so.
    _single_quoted: (_) => token(seq("'", repeat(choice(/[^'$]/, /\$[^\r\n]/)), "'")),

    _double_quoted: (_) => token(seq('"', repeat(choice(/[^"$\r\n]/, /\$[^\r\n]/)), '"')),

    time_literal: (_) =>
      token(
        seq(
          new RegExp(`(${ci('LTIME')}|${ci('TIME')}|${ci('LT')}|${ci('T')}|${ci('S5TIME')}|${ci('S5T')})#`),
          /[+-]?[0-9][0-9A-Za-z_.]*/,
        ),
      ),

    date_literal: (_) =>
      token(
        seq(new RegExp(`(${ci('LDATE')}|${ci('DATE')}|${ci('LD')}|${ci('D')})#`), /[0-9]+-[0-9]+-[0-9]+/),
      ),

    time_of_day_literal: (_) =>
      token(
        seq(
          new RegExp(`(${ci('LTIME_OF_DAY')}|${ci('TIME_OF_DAY')}|${ci('LTOD')}|${ci('TOD')})#`),
          // The nanoseconds of an LTOD in groups, `LTOD#10:20:30.400_365_215` (TIA Portal).
          /[0-9]+:[0-9]+(:[0-9]+(\.[0-9][0-9_]*)?)?/,
        ),
      ),

    date_and_time_literal: (_) =>
      token(
        seq(
          new RegExp(`(${ci('LDATE_AND_TIME')}|${ci('DATE_AND_TIME')}|${ci('LDT')}|${ci('DTL')}|${ci('DT')})#`),
          /[0-9]+-[0-9]+-[0-9]+-[0-9]+:[0-9]+(:[0-9]+(\.[0-9][0-9_]*)?)?/,
        ),
      ),

    // S7 area pointers: `P#M10.0`, `P#DB1.DBX0.0 BYTE 10` (ANY pointer with a length).
    pointer_literal: (_) =>
      token(
        seq(
          /[Pp]#/,
          /([Dd][Bb][0-9]+\.)?[A-Za-z]*[0-9]+\.[0-9]+/,
          optional(
            seq(
              /[ \t]+/,
              new RegExp(['BOOL', 'BYTE', 'CHAR', 'WORD', 'INT', 'DWORD', 'DINT', 'REAL'].map(ci).join('|')),
              /[ \t]+/,
              /[0-9]+/,
            ),
          ),
        ),
      ),

    typed_literal: ($) =>
      seq(
        field('type', alias($._typed_literal_type, $.type_name)),
        token.immediate('#'),
        field(
          'value',
          choice(
            $.integer,
            $.real,
            $.boolean,
            $.string,
            $.identifier,
            alias($._signed_number, $.unary_expression),
          ),
        ),
      ),

    // SIMATIC AX qualifies an enumeration's type with its namespace: `Motion.Direction#Positive`.
    _typed_literal_type: ($) =>
      choice($.identifier, kws('STRING', 'WSTRING'), $._qualified_literal_type),

    _qualified_literal_type: ($) => seq($.identifier, repeat1(seq('.', $.identifier))),

    _signed_number: ($) =>
      seq(field('operator', choice('-', '+')), field('operand', choice($.integer, $.real))),

    identifier: (_) => IDENT,

    // ------------------------------------------------------------------
    // Comments and pragmas
    // ------------------------------------------------------------------

    // `{{ … }}` is C code inline in the ST that matiec (OpenPLC, Beremiz) compiles: its
    // standard library's blocks and generated programs hold it, braces and all.
    pragma: (_) => token(choice(seq('{{', /([^}]|\}[^}])*/, '}}'), seq('{', /[^}]*/, '}'))),
  },
});
