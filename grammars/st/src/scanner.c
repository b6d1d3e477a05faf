// External scanner for the Structured Text grammar.
//
// It lexes:
//   - comments: `(* ... *)` nests (CODESYS, TwinCAT and SCL accept nested block comments,
//     and commented-out code often contains comments) unless its nesting never closes, plus `/* ... */`, `// ...` and
//     TIA Portal's documentation comments `(/* ... */)`;
//   - the rest-of-line texts of SCL header attributes (`TITLE = ...`) and REGION names;
//   - `region_end`, the XML delimiter closing an embedded ST region (see grammar.js);
//   - `_end_of_text`, the end of the file where a POU written without END_* may end there
//     (CODESYS's editors write none; see grammar.js);
//   - the reserved words (see RESERVED in grammar.js). A reserved word is returned as its
//     keyword wherever some reserved word may appear, even if this one is not valid there:
//     `END_FUNCTION_BLOCK` inside an unterminated IF is then a keyword, not an identifier,
//     and error recovery can insert the missing END_IF. Where no reserved word is valid
//     (after `.` or `#`), the word is left to the grammar's identifier;
//   - the contextual words of SOFT (grammar.js), only where valid and not used as a name;
//   - `rung`, a LAD or FBD rung of a TIA Portal V21 block document, whole (see scan_rung);
//   - `stl_network`, a network of a STEP 7 STL (AWL) source, whole (see scan_stl_network).

#include "tree_sitter/parser.h"

#include <stdlib.h>
#include <string.h>

enum TokenType {
  COMMENT,
  HEADER_VALUE,
  REGION_NAME,
  REGION_END,
  END_OF_TEXT,
  ERROR_SENTINEL,
  KEYWORD_FIRST,
};

// Sorted; must match RESERVED in grammar.js (same words, same order).
static const char *const RESERVED[] = {
    "ACTION",
    "AND",
    "AND_THEN",
    "BY",
    "CASE",
    "CONTINUE",
    "DATA_BLOCK",
    "DO",
    "ELSE",
    "ELSEIF",
    "ELSIF",
    "END_ACTION",
    "END_CASE",
    "END_CLASS",
    "END_CONFIGURATION",
    "END_DATA_BLOCK",
    "END_FOR",
    "END_FUNCTION",
    "END_FUNCTION_BLOCK",
    "END_GET",
    "END_IF",
    "END_INTERFACE",
    "END_METHOD",
    "END_NAMESPACE",
    "END_ORGANIZATION_BLOCK",
    "END_PROGRAM",
    "END_PROPERTY",
    "END_REGION",
    "END_REPEAT",
    "END_RESOURCE",
    "END_SET",
    "END_STRUCT",
    "END_TYPE",
    "END_UNION",
    "END_VAR",
    "END_WHILE",
    "EXIT",
    "FALSE",
    "FOR",
    "FUNCTION",
    "FUNCTION_BLOCK",
    "IF",
    "INTERFACE",
    "JMP",
    "METHOD",
    "MOD",
    "NOT",
    "OF",
    "OR",
    "ORGANIZATION_BLOCK",
    "OR_ELSE",
    "PROGRAM",
    "PROPERTY",
    "REPEAT",
    "RETURN",
    "STRUCT",
    "THEN",
    "TO",
    "TRUE",
    "TYPE",
    "UNION",
    "UNTIL",
    "VAR",
    "VAR_ACCESS",
    "VAR_CONFIG",
    "VAR_EXTERNAL",
    "VAR_GLOBAL",
    "VAR_INPUT",
    "VAR_INST",
    "VAR_IN_OUT",
    "VAR_OUTPUT",
    "VAR_STAT",
    "VAR_TEMP",
    "WHILE",
    "XOR",
};

#define RESERVED_COUNT (sizeof(RESERVED) / sizeof(RESERVED[0]))

// Sorted; must match SOFT in grammar.js. Their tokens follow the reserved words'.
static const char *const SOFT[] = {
    "BEGIN",    "CLASS",   "CONFIGURATION", "CONST",    "DIV",  "END_NETWORK", "GOTO",
    "INITIAL_STEP", "INTERNAL", "LABEL",    "NAMESPACE", "NETWORK",  "REGION", "RESOURCE", "STEP",
    "TRANSITION", "USING",
};

#define SOFT_COUNT (sizeof(SOFT) / sizeof(SOFT[0]))
#define SOFT_FIRST (KEYWORD_FIRST + RESERVED_COUNT)
// After the contextual words: AT opening an unnamed located declaration (grammar.js).
#define UNNAMED_AT (SOFT_FIRST + SOFT_COUNT)
#define PERIPHERAL_SUFFIX (UNNAMED_AT + 1)
// A LAD or FBD rung of a TIA Portal V21 block document (see scan_rung).
#define RUNG_TEXT (PERIPHERAL_SUFFIX + 1)
// A network of a STEP 7 STL source (see scan_stl_network).
#define STL_TEXT (RUNG_TEXT + 1)
#define MAX_WORD 32

void *tree_sitter_st_external_scanner_create(void) { return NULL; }

void tree_sitter_st_external_scanner_destroy(void *payload) { (void)payload; }

unsigned tree_sitter_st_external_scanner_serialize(void *payload, char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_st_external_scanner_deserialize(void *payload, const char *buffer, unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

static void advance(TSLexer *lexer) { lexer->advance(lexer, false); }

static void skip(TSLexer *lexer) { lexer->advance(lexer, true); }

static bool is_space(int32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The letters of grammar.js's IDENT: ASCII and Latin-1/Latin Extended (without × and ÷), so
// `DOÜbergabe` is one identifier and never the keyword DO followed by the rest.
static bool is_word_start(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static bool is_word_char(int32_t c) { return is_word_start(c) || (c >= '0' && c <= '9'); }

static bool accept(TSLexer *lexer, enum TokenType type) {
  lexer->mark_end(lexer);
  lexer->result_symbol = type;
  return true;
}

// The rest of a `(* ... *)` comment after the opening `(*`, honouring nesting, from the
// given depth. A comment whose nesting never closes was not nested: B&R Automation Studio
// does not nest comments, and its own library declarations write `(*… wildcards (* and
// ?) …*)`; such a comment ends at its first inner `*)`. One without any `*)` runs to the
// end of the input.
static bool scan_paren_comment_from(TSLexer *lexer, unsigned depth) {
  bool unnested = false; // the end of the comment read without nesting is marked
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead == '(') {
      advance(lexer);
      if (lexer->lookahead == '*') {
        advance(lexer);
        depth++;
      }
    } else if (lexer->lookahead == '*') {
      advance(lexer);
      if (lexer->lookahead == ')') {
        advance(lexer);
        if (--depth == 0) {
          return accept(lexer, COMMENT);
        }
        if (!unnested) {
          lexer->mark_end(lexer);
          unnested = true;
        }
      }
    } else {
      advance(lexer);
    }
  }
  if (unnested) {
    lexer->result_symbol = COMMENT;
    return true;
  }
  return accept(lexer, COMMENT);
}

static bool scan_paren_comment(TSLexer *lexer) { return scan_paren_comment_from(lexer, 1); }

// MULTIPROG / PC WORX text exports (the form OSCAT ships for them) describe a POU in free
// text between `(*@KEY@:DESCRIPTION*)` and `(*@KEY@:END_DESCRIPTION*)`; the whole of it is
// one comment. Called after the `(*` of a comment with `@` next. Returns false when the
// opening marker does not follow (having consumed only marker text, which holds no `(`,
// `*` or `)` before its own `*)`: the caller reads on as an ordinary comment).
static bool scan_description(TSLexer *lexer) {
  static const char OPEN[] = "@KEY@:DESCRIPTION*)";
  static const char CLOSE[] = "(*@KEY@:END_DESCRIPTION*)";
  for (const char *p = OPEN; *p; p++) {
    if (lexer->lookahead != *p) {
      return false;
    }
    advance(lexer);
  }
  unsigned matched = 0;
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    advance(lexer);
    if (c == CLOSE[matched]) {
      if (CLOSE[++matched] == '\0') {
        return accept(lexer, COMMENT);
      }
    } else {
      matched = c == CLOSE[0] ? 1 : 0;
    }
  }
  return accept(lexer, COMMENT);
}

// OpenPLC's program files carry the C code of their debugger and other files as records,
// one per line, each a line that starts with `(*DBG:` or `(*FILE:` and ends with `*)`; the
// runtime takes such lines out before compiling. Their C text holds `*)` (`(void *)`), so
// the record is one comment up to the end of its line. Called after the `(*` of a comment
// when the prefix (without `(*`) is next; a line that does not end with `*)` is an
// ordinary comment. Returns false when the prefix does not follow (nothing consumed but
// part of the prefix, which the caller then reads as comment text).
static bool scan_openplc_record(TSLexer *lexer, bool *done) {
  *done = false;
  static const char *const PREFIXES[] = {"DBG:", "FILE:"};
  int32_t c = lexer->lookahead;
  const char *prefix = c == 'D' ? PREFIXES[0] : c == 'F' ? PREFIXES[1] : NULL;
  if (prefix == NULL) {
    return false;
  }
  uint32_t start = lexer->get_column(lexer);
  for (const char *p = prefix; *p; p++) {
    if (lexer->lookahead != *p) {
      return true; // consumed part of the prefix: plain comment text
    }
    advance(lexer);
  }
  if (start != 2) {
    return true;
  }
  // Read the line as an ordinary comment would (marking where one would end), then
  // take the whole line if it ends with `*)`.
  unsigned depth = 1;
  bool ended = false;
  int32_t prev = 0, last = 0;
  while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
    int32_t ch = lexer->lookahead;
    advance(lexer);
    if (!ended) {
      if (last == '(' && ch == '*') {
        depth++;
        ch = 0;
      } else if (last == '*' && ch == ')') {
        if (--depth == 0) {
          ended = true;
          lexer->mark_end(lexer);
        }
        ch = ')';
      }
    }
    prev = last;
    last = ch;
  }
  if ((prev == '*' && last == ')') || ended) {
    if (prev == '*' && last == ')') {
      lexer->mark_end(lexer);
    }
    lexer->result_symbol = COMMENT;
    *done = true;
    return true;
  }
  *done = true;
  return scan_paren_comment_from(lexer, depth);
}

// The rest of a `/* ... */` comment after the opening `/*` (no nesting).
static bool scan_slash_comment(TSLexer *lexer) {
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead == '*') {
      advance(lexer);
      if (lexer->lookahead == '/') {
        advance(lexer);
        return accept(lexer, COMMENT);
      }
    } else {
      advance(lexer);
    }
  }
  return accept(lexer, COMMENT);
}

// TIA Portal's documentation comment, `(/* ... */)` (formatted text, shown in the block's
// documentation), after the opening `(/`. Only a comment that ends in `*/)` is one; without
// it nothing is accepted, and the `(` and a `/* ... */` comment are read as such.
static bool scan_doc_comment(TSLexer *lexer) {
  advance(lexer); // the `*`
  while (!lexer->eof(lexer)) {
    if (lexer->lookahead != '*') {
      advance(lexer);
      continue;
    }
    advance(lexer);
    if (lexer->lookahead != '/') {
      continue;
    }
    advance(lexer);
    if (lexer->lookahead != ')') {
      return false;
    }
    advance(lexer);
    return accept(lexer, COMMENT);
  }
  return false;
}

// The rest of a `// ...` comment after the opening `//`: up to the end of the line, or up
// to a `]]>` on that line. In TwinCAT files every code region is handed to the parser
// with the `]]>` that closes its CDATA (see region_end), so a comment on a region's last
// line ends right before it; a plain source practically never holds `]]>` in a comment.
// A PLCopen body's region ends with the `</` of its closing tag: a comment ends before a
// `</` that ends its region too (the next region, or the end of the input, follows it),
// and goes on past one that does not (`// see </summary>` in a TwinCAT comment).
static bool scan_line_comment(TSLexer *lexer) {
  for (;;) {
    lexer->mark_end(lexer);
    if (lexer->eof(lexer) || lexer->lookahead == '\n' || lexer->lookahead == '\r') {
      break;
    }
    if (lexer->lookahead == '<') {
      advance(lexer);
      if (lexer->lookahead == '/') {
        advance(lexer);
        if (lexer->eof(lexer) || lexer->is_at_included_range_start(lexer)) {
          break; // the token ends before the `</` (marked above)
        }
      }
      continue;
    }
    if (lexer->lookahead != ']') {
      advance(lexer);
      continue;
    }
    unsigned run = 0;
    while (lexer->lookahead == ']') {
      run++;
      advance(lexer);
    }
    if (run >= 2 && lexer->lookahead == '>') {
      break; // the token ends before the run of `]` (marked above)
    }
  }
  lexer->result_symbol = COMMENT;
  return true;
}

// Text up to the end of the line, after blanks on the same line. Fails on an empty rest.
static bool scan_rest_of_line(TSLexer *lexer, enum TokenType type) {
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
    skip(lexer);
  }
  if (lexer->eof(lexer) || lexer->lookahead == '\n' || lexer->lookahead == '\r') {
    return false;
  }
  while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
    advance(lexer);
  }
  return accept(lexer, type);
}

static bool name_follows(TSLexer *lexer, bool region, bool network);
static bool may_be_name(const char *word);
static bool declared_as_name(const char *word);
static bool used_as_name(TSLexer *lexer);

static int compare_word(const void *key, const void *elem) {
  return strcmp((const char *)key, *(const char *const *)elem);
}

// Reads the first word of a line (the lexer at its start) in upper case into word, and
// whether the line opens with it; spaces before it are skipped.
static void line_word(TSLexer *lexer, char *word) {
  unsigned len = 0;
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
    advance(lexer);
  }
  while (is_word_char(lexer->lookahead)) {
    int32_t u = lexer->lookahead;
    if (u >= 'a' && u <= 'z') {
      u -= 'a' - 'A';
    }
    if (len < MAX_WORD) {
      word[len++] = (char)u;
    }
    advance(lexer);
  }
  word[len] = '\0';
}

// A network of a STEP 7 STL (AWL) source, the lexer right behind its word NETWORK: in an
// STL source (STEP 7's and TIA Portal's text form of an STL block, "Programming with
// STEP 7", Creating STL Source Files) every network opens with NETWORK alone on its line,
// then `TITLE =` and the title's text, then its STL statements (`L #In;`, `T #Out;`,
// `A I 0.0;`), up to the next NETWORK or the block's END_ word. No ST: one token, not
// read. A TIA Portal V21 block document's `NETWORK`, followed by its statements and
// closed by END_NETWORK, is left to the keyword: symbol is that keyword's token, or -1
// where it is not valid.
static bool scan_stl_network(TSLexer *lexer, int symbol) {
  lexer->mark_end(lexer);
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
    advance(lexer);
  }
  bool stl = false;
  // A word on a line of its own after NETWORK opens a statement: NETWORK is the keyword.
  bool statement = false;
  if (lexer->lookahead == '\r' || lexer->lookahead == '\n') {
    while (is_space(lexer->lookahead)) {
      advance(lexer);
    }
    char word[MAX_WORD + 1];
    line_word(lexer, word);
    statement = word[0] != '\0';
    if (strcmp(word, "TITLE") == 0) {
      while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
        advance(lexer);
      }
      stl = lexer->lookahead == '=';
    }
  }
  if (!stl) {
    if (symbol < 0) {
      return false;
    }
    lexer->result_symbol = (enum TokenType)symbol;
    return statement || !name_follows(lexer, false, true);
  }
  // The title's line, then each line up to one opening with NETWORK or an END_ word.
  for (;;) {
    while (!lexer->eof(lexer) && lexer->lookahead != '\n') {
      bool blank = lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == '\r';
      advance(lexer);
      if (!blank) {
        lexer->mark_end(lexer);
      }
    }
    if (lexer->eof(lexer)) {
      break;
    }
    advance(lexer);
    char word[MAX_WORD + 1];
    line_word(lexer, word);
    if (strcmp(word, "NETWORK") == 0 || strncmp(word, "END_", 4) == 0) {
      break;
    }
    if (word[0] != '\0') {
      lexer->mark_end(lexer);
    }
  }
  lexer->result_symbol = STL_TEXT;
  return true;
}

// The rest of a rung after its word RUNG, up to and with its END_RUNG: a network of a TIA
// Portal V21 block document (SIMATIC SD, `.s7dcl`) drawn in LAD (`RUNG wire#powerrail`,
// then `Contact( #Start )`, `Coil( #Run )`…) or FBD (`RUNG 1`, `RUNG "DB".x`), which is no
// ST: one token, not read. A name Rung (`Rung := 1`, `Rung.x`) is not a rung.
static bool scan_rung(TSLexer *lexer) {
  if (!is_space(lexer->lookahead)) {
    return false;
  }
  while (is_space(lexer->lookahead)) {
    advance(lexer);
  }
  switch (lexer->lookahead) {
  case ':':
  case '.':
  case '[':
  case '^':
  case ';':
  case '=':
  case '(':
    return false;
  default:
    break;
  }
  const char *end = "END_RUNG";
  bool in_word = false;
  while (!lexer->eof(lexer)) {
    int32_t c = lexer->lookahead;
    if (!in_word && is_word_start(c)) {
      unsigned i = 0;
      while (is_word_char(lexer->lookahead)) {
        int32_t u = lexer->lookahead;
        if (u >= 'a' && u <= 'z') {
          u -= 'a' - 'A';
        }
        if (i < 8 && end[i] == u) {
          i++;
        } else {
          i = 9; // not END_RUNG
        }
        advance(lexer);
      }
      if (i == 8) {
        // `END_RUNG wire#w1`: the wire the rung's end joins, which a later rung takes up.
        lexer->mark_end(lexer);
        lexer->result_symbol = RUNG_TEXT;
        while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
          advance(lexer);
        }
        const char *wire = "WIRE#";
        for (unsigned k = 0; k < 5; k++) {
          int32_t u = lexer->lookahead;
          if (u >= 'a' && u <= 'z') {
            u -= 'a' - 'A';
          }
          if (u != wire[k]) {
            return true;
          }
          advance(lexer);
        }
        if (!is_word_char(lexer->lookahead)) {
          return true;
        }
        while (is_word_char(lexer->lookahead)) {
          advance(lexer);
        }
        lexer->mark_end(lexer);
        return true;
      }
      continue;
    }
    in_word = is_word_char(c);
    advance(lexer);
  }
  return false;
}

static bool any_keyword_valid(const bool *valid_symbols) {
  for (unsigned i = 0; i < RESERVED_COUNT + SOFT_COUNT; i++) {
    if (valid_symbols[KEYWORD_FIRST + i]) {
      return true;
    }
  }
  return false;
}

bool tree_sitter_st_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  bool error_recovery = valid_symbols[ERROR_SENTINEL];

  // TIA's `:P` right after the `)` of a computed address (`%IW(#nAdr):P`), not `:=`.
  if (!error_recovery && valid_symbols[PERIPHERAL_SUFFIX] && lexer->lookahead == ':') {
    advance(lexer);
    if (lexer->lookahead != 'P' && lexer->lookahead != 'p') {
      return false;
    }
    advance(lexer);
    int32_t c = lexer->lookahead;
    if (c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      return false;
    }
    return accept(lexer, PERIPHERAL_SUFFIX);
  }

  if (!error_recovery) {
    if (valid_symbols[HEADER_VALUE]) {
      return scan_rest_of_line(lexer, HEADER_VALUE);
    }
    if (valid_symbols[REGION_NAME]) {
      // A REGION's name, or the text after END_REGION: the rest of the line. A comment
      // there stays a comment, and `;` right after END_REGION ends the statement.
      while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
        skip(lexer);
      }
      int32_t first = lexer->lookahead;
      if (first == '(' || first == '/') {
        advance(lexer);
        if (first == '(' && lexer->lookahead == '*') {
          advance(lexer);
          return scan_paren_comment(lexer);
        }
        if (first == '/' && lexer->lookahead == '/') {
          return scan_line_comment(lexer);
        }
        if (first == '/' && lexer->lookahead == '*') {
          advance(lexer);
          return scan_slash_comment(lexer);
        }
        while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
          advance(lexer);
        }
        return accept(lexer, REGION_NAME);
      }
      if (first != ';' && scan_rest_of_line(lexer, REGION_NAME)) {
        return true;
      }
    }
  }

  while (is_space(lexer->lookahead)) {
    skip(lexer);
  }

  // Zero-width, and never in error recovery: recovery may not end a POU at the end of the
  // text by itself (it would stop there every time it is asked).
  if (!error_recovery && valid_symbols[END_OF_TEXT] && lexer->eof(lexer)) {
    lexer->result_symbol = END_OF_TEXT;
    return true;
  }

  int32_t c = lexer->lookahead;
  // The end of an embedded ST region: `]]>` closes CDATA (TwinCAT, some PLCopen
  // exporters), `</` the escaped text of a PLCopen body. Neither starts valid ST where a
  // region may end (between declarations and statements). In error recovery the same
  // holds, and stopping there keeps an error inside one region.
  if (valid_symbols[REGION_END] && (c == ']' || c == '<')) {
    advance(lexer);
    if (c == ']') {
      if (lexer->lookahead != ']') {
        return false;
      }
      advance(lexer);
      // `// [K]]]>`: a `//` comment ends before a run of `]` followed by `>` (see
      // scan_line_comment), so the run may hold the comment's own last `]`s too.
      while (lexer->lookahead == ']') {
        advance(lexer);
      }
      if (lexer->lookahead != '>') {
        return false;
      }
      advance(lexer);
    } else if (lexer->lookahead == '/') {
      advance(lexer);
    } else {
      return false;
    }
    return accept(lexer, REGION_END);
  }
  if (c == '(') {
    if (!valid_symbols[COMMENT]) {
      return false;
    }
    advance(lexer);
    if (lexer->lookahead == '/') {
      advance(lexer);
      return lexer->lookahead == '*' && scan_doc_comment(lexer);
    }
    if (lexer->lookahead != '*') {
      return false;
    }
    advance(lexer);
    if (lexer->lookahead == '@' && scan_description(lexer)) {
      return true;
    }
    bool done;
    if (scan_openplc_record(lexer, &done) && done) {
      return true;
    }
    return scan_paren_comment(lexer);
  }
  if (c == '/') {
    if (!valid_symbols[COMMENT]) {
      return false;
    }
    advance(lexer);
    if (lexer->lookahead == '/') {
      return scan_line_comment(lexer);
    }
    if (lexer->lookahead == '*') {
      advance(lexer);
      return scan_slash_comment(lexer);
    }
    return false;
  }
  if (!is_word_start(c)) {
    return false;
  }
  if (!error_recovery && !any_keyword_valid(valid_symbols) && !valid_symbols[UNNAMED_AT] &&
      !valid_symbols[RUNG_TEXT] && !valid_symbols[STL_TEXT]) {
    return false;
  }

  char word[MAX_WORD + 1];
  unsigned len = 0;
  bool upper = true;
  while (is_word_char(lexer->lookahead)) {
    if (len == MAX_WORD) {
      return false;
    }
    int32_t ch = lexer->lookahead;
    if (ch >= 'a' && ch <= 'z') {
      ch -= 'a' - 'A';
      upper = false;
    }
    word[len++] = (char)ch;
    advance(lexer);
  }
  word[len] = '\0';
  if (!error_recovery && valid_symbols[RUNG_TEXT] && strcmp(word, "RUNG") == 0) {
    return scan_rung(lexer);
  }
  if (!error_recovery && valid_symbols[STL_TEXT] && strcmp(word, "NETWORK") == 0) {
    const char *const *soft = bsearch(word, SOFT, SOFT_COUNT, sizeof(SOFT[0]), compare_word);
    int symbol = (int)(SOFT_FIRST + (unsigned)(soft - SOFT));
    return scan_stl_network(lexer, valid_symbols[symbol] ? symbol : -1);
  }
  // `AT %IX1.1 : BOOL;` declares a variable by its address alone; where a declaration
  // starts, AT is that keyword only before `%`, so `At : INT;` still names a variable.
  if (!error_recovery && valid_symbols[UNNAMED_AT] && strcmp(word, "AT") == 0) {
    lexer->mark_end(lexer);
    while (is_space(lexer->lookahead)) {
      advance(lexer);
    }
    if (lexer->lookahead != '%') {
      return false;
    }
    lexer->result_symbol = UNNAMED_AT;
    return true;
  }
  // `X#...` is a typed literal prefix, never a keyword.
  if (lexer->lookahead == '#') {
    return false;
  }
  const char *const *found =
      bsearch(word, RESERVED, RESERVED_COUNT, sizeof(RESERVED[0]), compare_word);
  if (found != NULL) {
    enum TokenType symbol = (enum TokenType)(KEYWORD_FIRST + (found - RESERVED));
    if (!error_recovery && !upper && may_be_name(*found)) {
      // Not upper case: a name where the keyword is not valid (`NOT Continue`), or where
      // what follows continues a name.
      if (!valid_symbols[symbol]) {
        return false;
      }
      lexer->mark_end(lexer);
      lexer->result_symbol = symbol;
      return !used_as_name(lexer);
    }
    if (!error_recovery && !upper && declared_as_name(*found)) {
      // `To : UINT;`, `Do : typDO;`, `Until : T;`: a declaration's name.
      lexer->mark_end(lexer);
      lexer->result_symbol = symbol;
      while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
        advance(lexer);
      }
      if (lexer->lookahead != ':') {
        return true;
      }
      advance(lexer);
      return lexer->lookahead == '=';
    }
    return accept(lexer, symbol);
  }
  found = bsearch(word, SOFT, SOFT_COUNT, sizeof(SOFT[0]), compare_word);
  if (found == NULL) {
    return false;
  }
  unsigned symbol = SOFT_FIRST + (unsigned)(found - SOFT);
  if (!valid_symbols[symbol]) {
    return false;
  }
  lexer->mark_end(lexer);
  lexer->result_symbol = (enum TokenType)symbol;
  if (strcmp(*found, "DIV") == 0) {
    // Classic SCL's integer division is valid only between two operands, where no name
    // can stand: `a DIV (b + 1)` divides.
    return !error_recovery;
  }
  return !name_follows(lexer, strcmp(*found, "REGION") == 0, strcmp(*found, "NETWORK") == 0);
}

// Reserved words B&R Automation Studio code uses as names: its compiler takes a keyword in
// upper case only, and its own libraries declare `Action`, `Continue`, `interface`,
// `data_block`, `method` (programs `VAR_Temp`, `action`). Not the operators, literals and
// words that sit between expressions (`x OR(y)`, `to -1`, `f(a, true)`). Written so, such
// a word is a name where its keyword is not valid (`IF NOT Continue THEN`: so is a stray
// `end_if` of broken lower-case code, which costs that code's error recovery only) or
// where what follows continues a name (used_as_name).
static bool may_be_name(const char *word) {
  static const char *const not_names[] = {
      "AND", "AND_THEN", "BY", "DO", "ELSE", "ELSEIF", "ELSIF", "FALSE", "MOD", "NOT",
      "OF", "OR", "OR_ELSE", "THEN", "TO", "TRUE", "UNTIL", "XOR",
  };
  for (unsigned i = 0; i < sizeof(not_names) / sizeof(not_names[0]); i++) {
    if (strcmp(word, not_names[i]) == 0) {
      return false;
    }
  }
  return true;
}

// Of the words may_be_name leaves out, those B&R declares as names (`From : UINT; To :
// UINT;`, `Do : typDO;`, `Until : T;`), written so only right before the `:` of a
// declaration, where none of them is a keyword.
static bool declared_as_name(const char *word) {
  return strcmp(word, "BY") == 0 || strcmp(word, "DO") == 0 || strcmp(word, "OF") == 0 ||
         strcmp(word, "TO") == 0 || strcmp(word, "UNTIL") == 0;
}

// Whether what follows a reserved word not written in upper case (the lexer right behind
// it) makes it a name: `Internal : T;`, `action := 1`, `Program.Name`, `Action[i]`,
// `IF action = IDLE`, `ADR(VAR_Temp)`, `f(interface, 1)`, `Continue + 1`. No keyword is
// followed so; a comment (`END_IF // done`, `END_IF (* *)`) or a region's end (`</`) is
// no name's continuation.
static bool used_as_name(TSLexer *lexer) {
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t') {
    advance(lexer);
  }
  switch (lexer->lookahead) {
  case ':':
  case '.':
  case '[':
  case '^':
  case '=':
  case ')':
  case ',':
  case '+':
  case '-':
  case '*':
  case '>':
    return true;
  case '<':
    advance(lexer);
    return lexer->lookahead != '/';
  default:
    return false;
  }
}

// Whether the text after a word (the lexer right behind it) continues it as a name at
// the start of a statement: `Configuration := x`, `Label.Text := t`, `Const[1]`,
// `Begin^`, `Using(x := 1)` (an instance called). A comment does not (`BEGIN (* ... *)`).
// A REGION's name is any text (`REGION [1] Meldungen 1 .. 16`, `REGION (1) Init`): after
// REGION only `:=`, or `.`, `[` and `^` right at the word, make it a name. A network's
// statements never open with `;`, an instance named Network called without parentheses
// does (`Network;`).
static bool name_follows(TSLexer *lexer, bool region, bool network) {
  bool spaced = false;
  while (is_space(lexer->lookahead)) {
    spaced = true;
    advance(lexer);
  }
  switch (lexer->lookahead) {
  case ':':
    if (region) {
      advance(lexer);
      return lexer->lookahead == '=';
    }
    return true;
  case '.':
  case '[':
  case '^':
    return !region || !spaced;
  case '(':
    advance(lexer);
    return !region && lexer->lookahead != '*';
  case ';':
    return network;
  default:
    return false;
  }
}
