/**
 * Tree-sitter grammar for G-code: RS274NGC / LinuxCNC, the Fanuc family (Fanuc, Haas, Mazak
 * EIA, macro B), Grbl and Marlin / RepRap. One grammar accepts every dialect; the dialect is
 * decided later from the tree.
 *
 * The grammar is line structured: the newline is a token and every physical line is one
 * `line` node, so a file can be cut at any line boundary and the pieces parsed separately.
 * Nesting of o-word and Fanuc control flow (sub/endsub, if/endif, WHILE/END) is not built by
 * the parser: each statement stays on its own line and is matched later.
 *
 * Letters and keywords are case-insensitive. Keywords are case-insensitive regexes aliased to
 * their upper-case spelling. There is no external scanner.
 */

const PREC = {
  LOGICAL: 1,
  COMPARE: 2,
  ADD: 3,
  MUL: 4,
  POWER: 5,
  UNARY: 6,
};

/** Case-insensitive regex source for a word, e.g. 'sub' -> '[sS][uU][bB]'. */
function ciSource(word) {
  return word
    .split('')
    .map((c) => (/[a-zA-Z]/.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c))
    .join('');
}

/** A case-insensitive keyword, an anonymous node spelled in upper case. */
function kw(word) {
  return alias(new RegExp(ciSource(word)), word.toUpperCase());
}

/**
 * An o-word keyword. LinuxCNC drops every blank outside comments before it reads a line, so
 * `o100 else if`, `o100 end sub` and `o100 endif` are the same statements: blanks may stand
 * between the letters.
 */
function okw(word) {
  const src = word
    .split('')
    .map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
    .join('[ \\t]*');
  return alias(new RegExp(src), word.toUpperCase());
}

const FUNCTIONS = [
  'sin', 'cos', 'tan', 'asin', 'acos', 'abs', 'sqrt', 'exp', 'ln', 'round', 'fix', 'fup',
  'exists', 'bin', 'bcd', 'pow', 'min', 'max', 'adp', 'rnd', 'sqr',
];

const MESSAGE_WITH_TEXT = ['msg', 'debug', 'print', 'log', 'logopen', 'logappend', 'abort'];
const MESSAGE_BARE = ['logclose', 'probeclose'];

module.exports = grammar({
  name: 'gcode',

  extras: ($) => [/[ \t\f\v\r\uFEFF]/, $.comment, $.message],

  conflicts: (_) => [],

  // Hidden wrappers are inlined: every reduction costs time on million-line files.
  inline: ($) => [
    $._line_content,
    $._line_body,
    $._statement,
    $._items,
    $._text_command,
    $._word_value,
    $._m_word_value,
    $._parameter,
    $._leading_comment,
    $._o_word_statement,
    $._expr,
  ],

  rules: {
    source_file: ($) => seq(repeat($.line), optional(alias($._line_content, $.line))),

    // One physical line. A line never spans newlines. Comments at the start of a line are
    // parsed as part of it (elsewhere they are extras), so a comment-only line is a line
    // with the comment inside.
    line: ($) => seq(optional($._line_content), $._newline),

    _line_content: ($) =>
      choice(seq(repeat1($._leading_comment), optional($._line_body)), $._line_body),

    _leading_comment: ($) => choice($.comment, $.message),

    _line_body: ($) =>
      choice(
        seq($.block_delete, optional($.line_number), optional($._statement), optional($.checksum)),
        seq($.line_number, optional($._statement), optional($.checksum)),
        seq($._statement, optional($.checksum)),
        $.checksum,
      ),

    _newline: (_) => /\r?\n/,

    // `/` block delete (optional skip), Fanuc `/2` … `/9` skip levels.
    block_delete: (_) => token(seq('/', optional(/[1-9]/))),

    // LinuxCNC also reads a fraction (`N10.5`) and ignores it.
    line_number: (_) => token(seq(/[nN]/, /[ \t]*/, /[0-9]+/, optional(/\.[0-9]*/))),

    // Marlin / RepRap `*NN` checksum at the end of a numbered line.
    checksum: (_) => token(prec(-1, seq('*', /[ \t]*/, /[0-9]+/))),

    _statement: ($) =>
      choice(
        $._items,
        $.percent,
        $.program_number,
        $._o_word_statement,
        $.fanuc_if,
        $.conditional_block,
        $.fanuc_goto,
        $.fanuc_while,
        $.fanuc_do,
        $.fanuc_end,
        $.fanuc_print,
        $.grbl_command,
        $.grbl_realtime,
        $.extended_command,
      ),

    percent: (_) => '%',

    // ---------------------------------------------------------------- words

    // A `$` word (LinuxCNC's spindle selector, `M3 S100 $1`, `M5 $-1`) never starts a line:
    // there `$` is a Grbl command.
    _items: ($) =>
      seq(
        choice($.word, $.parameter_assignment, $._text_command, $._version_check),
        repeat(
          choice(
            $.word,
            $.parameter_assignment,
            $._text_command,
            $._version_check,
            alias($._spindle_word, $.word),
            alias($._o_parameter_word, $.word),
            alias($._corner_word, $.word),
          ),
        ),
      ),

    // Fanuc's chamfer, corner rounding and angle at the end of a move (`G01 X50. ,C2.`,
    // `,R5.`, `,A30.`): the comma belongs to the letter. Go reports it outside the Fanuc
    // family.
    _corner_word: ($) => seq(field('letter', alias(/,[ \t]*[aAcCrR]/, $.letter)), field('value', $._word_value)),

    // Printer firmware reads every letter as a parameter, O too (Bambu Lab's `M971 S11 C11 O0`,
    // `M970.3 Q1 A5 K0 O3`). O never starts such a word: at the start of a line it is a
    // program number or an o-word. It always has a value: a bare O would let a line of
    // prose (`postamble line1`) read as letter flags. Go reports it outside the Marlin family.
    _o_parameter_word: ($) => seq(field('letter', alias($._o, $.letter)), field('value', $._word_value)),

    _spindle_word: ($) => seq(field('letter', alias('$', $.letter)), field('value', $._word_value)),

    // A letter and its value. Marlin / RepRap also take bare letters as flags (`G28 X Y`,
    // `M84 X Y E`): those words have no `value`.
    word: ($) =>
      prec.right(
        choice(
          seq(
            field('letter', choice(alias($._letter, $.letter), alias($._n, $.letter))),
            optional(field('value', $._word_value)),
          ),
          seq(field('letter', alias($._m, $.letter)), optional(field('value', $._m_word_value))),
        ),
      ),

    // Every letter but M, N and O (those have their own tokens), and LinuxCNC's polar
    // coordinates: `@` distance and `^` angle (`G1 @10 ^45`).
    _letter: (_) => /[a-lp-zA-LP-Z@^]/,
    _m: (_) => /[mM]/,
    _n: (_) => /[nN]/,
    _o: (_) => /[oO]/,

    // Marlin M117 / M118, Bambu Lab's M1002 (`M1002 judge_flag timelapse_record_flag`,
    // `M1002 gcode_claim_action : 2`) and M624 (the start of an object that can be skipped,
    // its id in base64: `M624 AQAAAAAAAAA=`), and the Prusa Buddy firmware's metric commands
    // M330 to M334 (`M330 SYSLOG`, `M331 temp_bed`, which PrusaSlicer writes for the MK4 and
    // XL), and M486, object cancellation, whose A names the current object in text
    // (RepRapFirmware quotes it, `M486 S3 A"cube copy 3"`; PrusaSlicer writes it bare to the
    // end of the line, `M486 ABenchy.stl`; its other parameters, S T P U C, move nothing):
    // the rest of the line is free text.
    _text_command: ($) => seq(alias($._text_word, $.word), optional($.message_text)),
    _text_word: ($) =>
      seq(field('letter', alias($._m, $.letter)), field('value', alias($._text_m_code, $.number))),
    // Ties with `number` on "117" and wins by coming first; "M1170" stays a number.
    _text_m_code: (_) => /11[78]|1002|624|486|33[0-4]/,
    message_text: (_) => /[^ \t\r\n;*][^\r\n;*]*/,

    // Prusa firmware's M115 U<version>: the firmware warns when it is older than the
    // version the slicer wrote (`M115 U3.13.2`, `M115 U6.2.6+8948`). A version has two
    // dots, so it is one token with its letter; `M115 U3` stays a word.
    _version_check: ($) => seq(alias($._version_m_word, $.word), optional($.firmware_version)),
    _version_m_word: ($) =>
      seq(field('letter', alias($._m, $.letter)), field('value', alias($._version_m_code, $.number))),
    // Ties with `number` on "115" and wins by coming first, like _text_m_code.
    _version_m_code: (_) => /115/,
    firmware_version: (_) => token(seq(/[uU]/, /[0-9]+\.[0-9]+\.[0-9]+[0-9A-Za-z.+-]*/)),

    _word_value: ($) =>
      choice(
        $.number,
        $._parameter,
        $.expression,
        $.function_call,
        alias($._signed_value, $.unary_expression),
        $.string,
      ),

    // An M code's number never runs on over a blank: what follows M117 is its text
    // (`M117 3 layers left`), not more digits.
    _m_word_value: ($) =>
      choice(
        alias($._plain_number, $.number),
        $._parameter,
        $.expression,
        $.function_call,
        alias($._signed_value, $.unary_expression),
        $.string,
      ),

    // `X-#1`, `Z-[#2 * 2]`, `Y - 5` (a sign written apart from its number).
    _signed_value: ($) =>
      seq(
        field('operator', choice('-', '+')),
        field('argument', choice($.number, $._parameter, $.expression, $.function_call)),
      ),

    // Blanks between a number's digits, and before its decimal point, belong to it:
    // LinuxCNC and Grbl drop every blank outside a comment before they read a line, so
    // `G4 P0 0.1` dwells 0.1 s and `X1 0` is X10 (rs274 runs both).
    number: (_) =>
      /[+-]?([0-9]+([ \t]+[0-9]+)*([ \t]*\.([ \t]*[0-9]+([ \t]+[0-9]+)*)?)?|\.[ \t]*[0-9]+([ \t]+[0-9]+)*)/,
    // The number of an M code (ties with _text_m_code, which comes first and wins).
    _plain_number: (_) => /[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)/,

    // RepRapFirmware string arguments, `M291 P"text"` ("" escapes a quote).
    string: (_) => /"([^"\r\n]|"")*"/,

    // ---------------------------------------------------------------- parameters

    _parameter: ($) => choice($.numbered_parameter, $.named_parameter, $.indirect_parameter),

    // A decimal point with zeros after the number names the same parameter: `Z#504.` is
    // `Z#504` (LinuxCNC reads an integral real there; Fanuc macro programs write it).
    // Other digits after the point select a bit of a Haas parameter (`#30057.21`); the
    // pack reports them for the controllers that read only an integral number there.
    numbered_parameter: (_) => token(seq('#', /[ \t]*/, /[0-9]+(\.[0-9]*)?/)),
    named_parameter: (_) => token(seq('#', /[ \t]*/, /<[^>\r\n]*>/)),
    // `##1` (LinuxCNC) and `#[#1+100]` (Fanuc macro B).
    indirect_parameter: ($) => seq('#', field('index', choice($._parameter, $.expression))),

    // `#1 = [#2 + 1]`, `#<depth> = 5`, Fanuc `#101 = #101 + 1` (no brackets needed).
    parameter_assignment: ($) =>
      seq(field('target', $._parameter), '=', field('value', $._expr)),

    // ---------------------------------------------------------------- expressions

    expression: ($) => seq('[', $._expr, ']'),

    _expr: ($) =>
      choice(
        $.number,
        $._parameter,
        $.expression,
        $.function_call,
        $.unary_expression,
        $.binary_expression,
      ),

    unary_expression: ($) =>
      prec(PREC.UNARY, seq(field('operator', choice('-', '+')), field('argument', $._expr))),

    binary_expression: ($) => {
      const table = [
        [PREC.LOGICAL, choice(kw('and'), kw('or'), kw('xor'))],
        [PREC.COMPARE, choice(kw('eq'), kw('ne'), kw('gt'), kw('ge'), kw('lt'), kw('le'))],
        [PREC.ADD, choice('+', '-')],
        [PREC.MUL, choice('*', '/', kw('mod'))],
        [PREC.POWER, '**'],
      ];
      return choice(
        ...table.map(([p, op]) =>
          prec.left(p, seq(field('left', $._expr), field('operator', op), field('right', $._expr))),
        ),
      );
    },

    // `SIN[30]`, `EXISTS[#<x>]`, `ATAN[#1]/[#2]`, Fanuc 30i `ATAN[#1,#2]` / `MIN[#1,#2]`.
    function_call: ($) =>
      choice(
        seq(field('function', $.function_name), field('argument', $.expression)),
        seq(
          field('function', $.function_name),
          '[',
          field('argument', $._expr),
          ',',
          field('argument', $._expr),
          ']',
        ),
        seq(
          field('function', alias($._atan, $.function_name)),
          field('argument', $.expression),
          '/',
          field('argument', $.expression),
        ),
        seq(
          field('function', alias($._atan, $.function_name)),
          '[',
          field('argument', $._expr),
          ',',
          field('argument', $._expr),
          ']',
        ),
      ),

    function_name: (_) => new RegExp(FUNCTIONS.map(ciSource).join('|')),
    _atan: (_) => new RegExp(ciSource('atan') + '|' + ciSource('atn')),

    // ---------------------------------------------------------------- Fanuc program number

    // `O1234` (or ISO `:1234`) alone on its line.
    program_number: ($) => seq(choice($._o, ':'), field('number', $.number)),

    // ---------------------------------------------------------------- LinuxCNC o-words

    _o_word_statement: ($) =>
      choice(
        $.o_sub,
        $.o_endsub,
        $.o_call,
        $.o_return,
        $.o_if,
        $.o_elseif,
        $.o_else,
        $.o_endif,
        $.o_while,
        $.o_endwhile,
        $.o_do,
        $.o_repeat,
        $.o_endrepeat,
        $.o_break,
        $.o_continue,
      ),

    _o_label: ($) =>
      seq($._o, field('label', choice($.number, $.label_name, $.expression, $._parameter))),

    label_name: (_) => /<[^>\r\n]*>/,

    o_sub: ($) => seq($._o_label, okw('sub')),
    o_endsub: ($) => seq($._o_label, okw('endsub'), optional(field('value', $.expression))),
    o_call: ($) => seq($._o_label, okw('call'), optional(field('arguments', $.argument_list))),
    o_return: ($) => seq($._o_label, okw('return'), optional(field('value', $.expression))),
    o_if: ($) => seq($._o_label, okw('if'), field('condition', $.expression)),
    o_elseif: ($) => seq($._o_label, okw('elseif'), field('condition', $.expression)),
    o_else: ($) => seq($._o_label, okw('else')),
    o_endif: ($) => seq($._o_label, okw('endif')),
    o_while: ($) => seq($._o_label, okw('while'), field('condition', $.expression)),
    o_endwhile: ($) => seq($._o_label, okw('endwhile')),
    o_do: ($) => seq($._o_label, okw('do')),
    o_repeat: ($) => seq($._o_label, okw('repeat'), field('count', $.expression)),
    o_endrepeat: ($) => seq($._o_label, okw('endrepeat')),
    o_break: ($) => seq($._o_label, okw('break')),
    o_continue: ($) => seq($._o_label, okw('continue')),

    argument_list: ($) => repeat1($.expression),

    // ---------------------------------------------------------------- Fanuc macro B

    // `IF [#1 GT 5] GOTO 10`, `IF [#1 EQ 0] THEN #2 = 3`. Haas also runs a block after the
    // condition, with or without THEN (`IF [#9 EQ #0] #9 = #4109`, `IF [#1 EQ 0] M98 P9004`):
    // its words are the consequence. Go reports that form outside the Haas dialect, and an IF
    // with nothing after the condition (missing-required-word), on its own line.
    fanuc_if: ($) =>
      seq(
        kw('if'),
        field('condition', $.expression),
        optional(
          choice(
            field('consequence', $.fanuc_goto),
            seq(optional(kw('then')), field('consequence', $._items)),
          ),
        ),
      ),

    // Haas's conditional block, `N50 [#100 LT 10] M99 P10`: the block runs when the
    // condition holds (Haas documents it for M99 Pn, a branch to Nn). Go reports it outside
    // the Haas dialect.
    conditional_block: ($) => seq(field('condition', $.expression), $._items),

    fanuc_goto: ($) =>
      seq(kw('goto'), field('label', choice($.number, $._parameter, $.expression))),

    // `WHILE [#1 LT 10] DO1`, and its two-letter abbreviation `WH [#1 LT 10] DO1`.
    fanuc_while: ($) =>
      seq(
        choice(kw('while'), alias(/[wW][hH]/, 'WHILE')),
        field('condition', $.expression),
        kw('do'),
        field('label', $.number),
      ),

    // `DO1` without WHILE (endless loop).
    fanuc_do: ($) => seq(kw('do'), field('label', $.number)),

    fanuc_end: ($) => seq(kw('end'), field('label', $.number)),

    // `POPEN`, `DPRNT[X#5041[44]]`, `PCLOS`.
    fanuc_print: ($) =>
      choice(
        seq(field('command', choice(kw('dprnt'), kw('bprnt'))), field('format', $.print_format)),
        field('command', choice(kw('popen'), kw('pclos'))),
      ),

    print_format: (_) => /\[[^\r\n]*\]/,

    // ---------------------------------------------------------------- Grbl

    // `$H`, `$X`, `$$`, `$#`, `$22=1`, `$J=G91 X10 F100`, `$N0=G54`, `$RST=*`.
    // Klipper's extended commands, which slicers write for Klipper printers: a name with an
    // underscore (no G-code word has one) and KEY=VALUE parameters,
    // `SET_VELOCITY_LIMIT VELOCITY=300`, `EXCLUDE_OBJECT_START NAME=part_1`; a macro's name
    // may start with the underscore (`_PARK_HEAD`, the usual name of a macro meant to be
    // called by other macros).
    extended_command: ($) => seq(field('name', $.extended_name), repeat(field('parameter', $.extended_parameter))),
    extended_name: (_) => /[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]*|_[A-Za-z0-9_]+/,
    extended_parameter: (_) => token(seq(/[A-Za-z_][A-Za-z0-9_]*/, '=', /"[^"\r\n]*"|[^ \t\r\n;"]*/)),

    // A jog (`$J=G91 X10 F100`) and a startup block (`$N0=G21 G54`) take G-code words; any
    // other setting takes a number or text: `$RST=gcode`, `$Sta/SSID=shop` (Grbl_ESP32's and
    // FluidNC's restore and Wi-Fi settings), which are no words.
    _grbl_block_name: (_) => /[jJ]|[nN][0-9]+/,

    grbl_command: ($) =>
      seq(
        '$',
        choice(
          seq(field('name', alias($._grbl_block_name, $.grbl_name)), '=', repeat(field('value', $.word))),
          seq(
            optional(field('name', $.grbl_name)),
            optional(
              seq(
                '=',
                optional(
                  choice(
                    field('value', $.number),
                    field('value', choice('*', '$', '#')),
                    field('value', $.grbl_text),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),

    // Grbl's `$H`, `$22`, `$$`, `$#`, and the ESP32 firmwares' (Grbl_ESP32, FluidNC) named
    // commands with a slash: `$Send/Alarm=3`, `$SD/Run=/part.nc`, `$Sta/SSID=shop`.
    grbl_name: (_) => /[A-Za-z][A-Za-z0-9_]*(\/[A-Za-z0-9_]+)*|[0-9]+|\$|#/,
    // A value that is neither a number nor words, a file path: the letters and numbers win
    // where they match.
    grbl_text: (_) => token(prec(-1, /[^ \t\r\n;(]+/)),

    // Grbl's real-time commands, which Grbl picks out of the stream wherever they come:
    // `?` status report, `~` cycle start, `!` feed hold. Senders' files write `?` on a line
    // of its own to log the status.
    grbl_realtime: (_) => choice('?', '~', '!'),

    // ---------------------------------------------------------------- comments

    // `( … )` and `; …` comments.
    comment: (_) => token(choice(/\([^)\r\n]*\)/, /;[^\r\n]*/)),

    // LinuxCNC `(MSG, …)`, `(DEBUG, …)`, `(PRINT, …)`, `(LOGOPEN, …)`, `(PROBEOPEN …)` ….
    message: (_) =>
      token(
        prec(
          1,
          choice(
            new RegExp(
              '\\([ \\t]*(' + MESSAGE_WITH_TEXT.map(ciSource).join('|') + ')[ \\t]*,[^)\\r\\n]*\\)',
            ),
            new RegExp('\\([ \\t]*(' + MESSAGE_BARE.map(ciSource).join('|') + ')[ \\t]*\\)'),
            new RegExp('\\([ \\t]*' + ciSource('probeopen') + '[ \\t][^)\\r\\n]*\\)'),
          ),
        ),
      ),
  },
});
