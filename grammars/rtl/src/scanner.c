// External scanner for the rtl grammar: the places where the preprocessor cannot be
// described by tokens of the grammar itself.
//
//  - INACTIVE_BRANCH: "`else ..." or "`elsif NAME ..." up to (not including) the `endif
//    that closes it, nested conditionals included. The first branch of every conditional
//    is parsed; the others are kept as one extra node with their exact text, so a
//    conditional never breaks the structure around it (`ifdef A if (x) `else if (y)
//    `endif ...) and every byte keeps its position (the LSP maps tree positions 1:1).
//  - MACRO_RAW_ARGUMENTS: the parenthesised actual arguments of a macro use when they are
//    not a list of expressions (statements, types, SVA operators, bare words:
//    `uvm_do_with(req, { a == 1; })`, `DECL(logic [7:0], x)`, `msg(left side, right)`);
//    expression lists are left to the grammar so their identifiers stay in the tree.
//  - DIRECTIVE_END: the newline that ends `define / `pragma / `line, or the end of file.
//  - INCLUDE_IN_LIST: the `include of a header list's entry (VeeR's
//    `#(parameter W = 1, `include "el2_param.vh")`), where the grammar takes an include
//    between commas as an entry rather than as a directive anywhere.
//  - SVUNIT_TESTS_BEGIN, SVUNIT_TEST_BEGIN, SVUNIT_END: SVUnit's `SVUNIT_TESTS_BEGIN
//    (the header of a task), `SVTEST (a named block) and their ends `SVUNIT_TESTS_END and
//    `SVTEST_END (one token for both, so the statements of either body share their parse
//    states), told only where the grammar expects them. SVUT's test suites read the same:
//    `TEST_SUITE("name") (only with its parenthesis, VUnit's `TEST_SUITE begin being a
//    process's head), `UNIT_TEST("name"), `UNIT_TEST_END and `TEST_SUITE_END.
//  - UNIT_MACRO_BEGIN: `module where a unit may begin: the Open Verification Library
//    defines `module as `module` (or `interface`) and writes each checker as
//    `module ovl_x (…); … `endmodule.
#include <tree_sitter/parser.h>

#include <stdbool.h>
#include <string.h>

enum TokenType {
  INACTIVE_BRANCH,
  MACRO_RAW_ARGUMENTS,
  DIRECTIVE_END,
  INCLUDE_IN_LIST,
  SVUNIT_TESTS_BEGIN,
  SVUNIT_TEST_BEGIN,
  SVUNIT_END,
  UNIT_MACRO_BEGIN,
};

void *tree_sitter_rtl_external_scanner_create(void) { return NULL; }
void tree_sitter_rtl_external_scanner_destroy(void *p) { (void)p; }
unsigned tree_sitter_rtl_external_scanner_serialize(void *p, char *b) {
  (void)p;
  (void)b;
  return 0;
}
void tree_sitter_rtl_external_scanner_deserialize(void *p, const char *b, unsigned n) {
  (void)p;
  (void)b;
  (void)n;
}

static bool is_word_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '$';
}

// read_word consumes an identifier into buf (truncated to n-1 bytes) and returns its length.
static unsigned read_word(TSLexer *lexer, char *buf, unsigned n) {
  unsigned len = 0;
  while (is_word_char(lexer->lookahead)) {
    if (len + 1 < n) buf[len] = (char)lexer->lookahead;
    len++;
    lexer->advance(lexer, false);
  }
  buf[len < n ? len : n - 1] = 0;
  return len;
}

// skip_string consumes a "..." string whose opening quote is the lookahead.
static void skip_string(TSLexer *lexer) {
  lexer->advance(lexer, false);
  while (!lexer->eof(lexer) && lexer->lookahead != '"' && lexer->lookahead != '\n') {
    if (lexer->lookahead == '\\') lexer->advance(lexer, false);
    lexer->advance(lexer, false);
  }
  if (lexer->lookahead == '"') lexer->advance(lexer, false);
}

// skip_comment consumes a comment if the lookahead '/' starts one; it returns false (having
// consumed the '/') otherwise.
static bool skip_comment(TSLexer *lexer) {
  lexer->advance(lexer, false);
  if (lexer->lookahead == '/') {
    while (!lexer->eof(lexer) && lexer->lookahead != '\n') lexer->advance(lexer, false);
    return true;
  }
  if (lexer->lookahead == '*') {
    lexer->advance(lexer, false);
    for (;;) {
      if (lexer->eof(lexer)) return true;
      if (lexer->lookahead == '*') {
        lexer->advance(lexer, false);
        if (lexer->lookahead == '/') {
          lexer->advance(lexer, false);
          return true;
        }
        continue;
      }
      lexer->advance(lexer, false);
    }
  }
  return false;
}

// scan_inactive_branch scans on from the word after a backquote, already read.
static bool scan_inactive_branch(TSLexer *lexer, const char *directive) {
  char word[16];
  if (strcmp(directive, "else") != 0 && strcmp(directive, "elsif") != 0) return false;
  int depth = 0;
  for (;;) {
    lexer->mark_end(lexer);
    if (lexer->eof(lexer)) return true;
    int32_t c = lexer->lookahead;
    if (c == '"') {
      skip_string(lexer);
    } else if (c == '/') {
      skip_comment(lexer);
    } else if (c == '`') {
      lexer->advance(lexer, false);
      read_word(lexer, word, sizeof word);
      if (strcmp(word, "ifdef") == 0 || strcmp(word, "ifndef") == 0) {
        depth++;
      } else if (strcmp(word, "endif") == 0) {
        if (depth == 0) return true;  // the token ends before this `endif (marked above)
        depth--;
      }
    } else {
      lexer->advance(lexer, false);
    }
  }
}

static const char *const non_expression_words[] = {
    "begin", "end", "if", "else", "case", "endcase", "for", "foreach", "while", "do", "repeat",
    "forever", "fork", "join", "join_any", "join_none", "assign", "always", "always_ff",
    "always_comb", "always_latch", "initial", "final", "module", "endmodule", "input", "output",
    "inout", "ref", "wire", "reg", "logic", "bit", "byte", "int", "integer", "shortint",
    "longint", "real", "string", "function", "endfunction", "task", "endtask", "return",
    "posedge", "negedge", "edge", "virtual", "class", "endclass", "or", "and", "not", "iff",
    "property", "sequence", "disable", "throughout", "within", "intersect", "until", "implies",
    "typedef", "struct", "enum", "parameter", "localparam", "static", "automatic", "const",
    "rand", "randc", "constraint", "extends", "default", "unique", "priority", "type", "var",
    "signed", "unsigned", "void", "event", "genvar", "generate", "endgenerate", "with", "dist",
    "solve", "before", "soft", "new", "local", "protected", "super", "first_match", "s_eventually",
    "eventually", "always", "nexttime", "interface", "modport", "import", "export", "package",
    "time", "realtime", "shortreal", "chandle",
    NULL,
};

static bool is_non_expression_word(const char *w) {
  for (const char *const *k = non_expression_words; *k; k++) {
    if (strcmp(*k, w) == 0) return true;
  }
  return false;
}

// scan_macro_arguments consumes a balanced (...) and accepts it as raw text only when its
// content cannot be a list of expressions.
// Macro arguments longer than this are left to the grammar: a '(' that is never closed
// must not make every macro use before it scan to the end of a large file.
#define MAX_RAW_ARGUMENTS (8 * 1024)

// ends_in_operator: the text before a top-level `,` or the closing `)` ends in an operator
// (prev is the last character read, prev_operand whether it ended a word, number, string
// or bracket): no expression ends that way.
static bool ends_in_operator(int32_t prev, bool prev_operand) {
  return !prev_operand && prev != 0 && prev != '(' && prev != ',' && prev != '$';
}

static bool scan_macro_arguments(TSLexer *lexer) {
  int depth = 0;
  unsigned scanned = 0;
  bool raw = false;
  bool prev_operand = false;  // the last token was a word or number, with blanks after it
  bool blank = false;
  char word[24];
  int32_t prev = 0;
  int questions = 0;  // `?`s at the top level still waiting for their `:`
  // group[d]: the bracket opened at depth d is a parenthesised group, not a call's list
  bool group[32] = {false};
  for (;;) {
    if (lexer->eof(lexer) || ++scanned > MAX_RAW_ARGUMENTS) return false;
    int32_t c = lexer->lookahead;
    if (c == '(' || c == '[' || c == '{') {
      if (depth < 32) group[depth] = c == '(' && depth > 0 && prev != 'w';
      depth++;
      if (c == '[' ) {
        // an argument that starts with a bracket is a dimension, no expression:
        // `STRUCT_VECT(elem_t, [N-1:0])
        if (depth == 2 && (prev == '(' || prev == ',')) raw = true;
        lexer->advance(lexer, false);
        // [* [= [-> repetitions
        if (lexer->lookahead == '*' || lexer->lookahead == '=' || lexer->lookahead == '-') raw = true;
        prev = '[';
        prev_operand = false;
        blank = false;
        continue;
      }
      prev_operand = false;
    } else if (c == ')' || c == ']' || c == '}') {
      // an argument that ends in an operator is an operator, not an expression:
      // `TEST(shl, <<=)`
      if (depth == 1 && ends_in_operator(prev, prev_operand)) raw = true;
      // a list that ends in a comma is no concatenation: `REPORT({msg_a, msg_b, })
      if (c == '}' && prev == ',') raw = true;
      depth--;
      if (depth == 0) {
        lexer->advance(lexer, false);
        lexer->mark_end(lexer);
        return raw;
      }
      prev_operand = true;
    } else if (c == '"') {
      skip_string(lexer);
      if (prev_operand && blank) raw = true;
      prev_operand = true;
      blank = false;
      prev = '"';
      continue;
    } else if (c == '/') {
      if (skip_comment(lexer)) {
        blank = true;
        continue;
      }
      prev_operand = false;
      prev = '/';
      blank = false;
      continue;
    } else if (c == ';' || c == '#' || c == '@') {
      raw = true;
    } else if (c == ',' && depth == 1 && ends_in_operator(prev, prev_operand)) {
      raw = true;
    } else if (c == ',' && depth >= 2 && depth - 1 < 32 && group[depth - 1]) {
      // `DBG(("fmt %0d", x)): a list in parentheses of its own is no expression
      raw = true;
    } else if (c == '?') {
      if (depth == 1) questions++;
      prev_operand = false;
    } else if (c == ':') {
      lexer->advance(lexer, false);
      if (lexer->lookahead == ':') {
        lexer->advance(lexer, false);  // pkg::name
      } else if (depth == 1) {
        // a top-level `:` that closes no `?` is a range or a label (`DEF_CP(cp, 19:15)`)
        if (questions > 0) {
          questions--;
        } else {
          raw = true;
        }
      }
      prev = ':';
      prev_operand = false;
      blank = false;
      continue;
    } else if (c == '`') {
      lexer->advance(lexer, false);
      // `" `\`" `` are only meaningful inside a macro body
      if (lexer->lookahead == '"' || lexer->lookahead == '`' || lexer->lookahead == '\\') raw = true;
      read_word(lexer, word, sizeof word);
      prev_operand = true;
      blank = false;
      prev = 'w';
      continue;
    } else if (c == '=') {
      lexer->advance(lexer, false);
      // a lone `=` (not ==, <=, >=, !=) is an assignment or a default, not an expression
      if (lexer->lookahead == '=') {
        lexer->advance(lexer, false);
      } else if (lexer->lookahead == '>') {
        raw = true;
      } else if (prev != '<' && prev != '>' && prev != '!' && prev != '=') {
        raw = true;
      }
      prev = '=';
      prev_operand = false;
      blank = false;
      continue;
    } else if (c == '|') {
      lexer->advance(lexer, false);
      if (lexer->lookahead == '-' || lexer->lookahead == '=') raw = true;  // |-> |=>
      prev = '|';
      prev_operand = false;
      blank = false;
      continue;
    } else if (is_word_char(c) || c == '\'') {
      if (prev_operand && blank) raw = true;
      if (c == '\'') {
        lexer->advance(lexer, false);
        prev_operand = false;
        blank = false;
        prev = '\'';
        continue;
      }
      bool numeric = c >= '0' && c <= '9';
      read_word(lexer, word, sizeof word);
      if (!numeric && prev != '.' && prev != '$' && is_non_expression_word(word)) raw = true;
      // 8 'hFF: a size and its based literal are one operand
      bool spaced = false;
      if (numeric) {
        while (lexer->lookahead == ' ') {
          lexer->advance(lexer, false);
          spaced = true;
        }
        if (lexer->lookahead == '\'') {
          prev_operand = false;
          blank = false;
          prev = '\'';
          continue;
        }
      }
      prev_operand = true;
      // `0 0 UX`: the blanks after a number separate it from another operand
      blank = spaced;
      prev = 'w';
      continue;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = true;
      lexer->advance(lexer, false);
      continue;
    } else {
      prev_operand = false;
    }
    if (c == '$') {
      prev = '$';
    } else {
      prev = c;
    }
    blank = false;
    lexer->advance(lexer, false);
  }
}

bool tree_sitter_rtl_external_scanner_scan(void *payload, TSLexer *lexer, const bool *valid_symbols) {
  (void)payload;
  // in error recovery every symbol is valid; these two never are at once otherwise
  bool recovering = valid_symbols[DIRECTIVE_END] && valid_symbols[MACRO_RAW_ARGUMENTS];
  if (valid_symbols[DIRECTIVE_END] && !recovering) {
    if (lexer->eof(lexer)) {
      lexer->result_symbol = DIRECTIVE_END;
      return true;
    }
    if (lexer->lookahead == '\r') lexer->advance(lexer, false);
    if (lexer->lookahead == '\n') {
      lexer->advance(lexer, false);
      lexer->result_symbol = DIRECTIVE_END;
      return true;
    }
  }
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t' || lexer->lookahead == '\n' ||
         lexer->lookahead == '\r' || lexer->lookahead == '\f') {
    lexer->advance(lexer, true);
  }
  if (valid_symbols[MACRO_RAW_ARGUMENTS] && !recovering && lexer->lookahead == '(') {
    if (scan_macro_arguments(lexer)) {
      lexer->result_symbol = MACRO_RAW_ARGUMENTS;
      return true;
    }
    return false;
  }
  bool in_list = valid_symbols[INCLUDE_IN_LIST] && !recovering;
  bool svunit_begin = valid_symbols[SVUNIT_TESTS_BEGIN] && !recovering;
  bool svunit_test = valid_symbols[SVUNIT_TEST_BEGIN] && !recovering;
  bool svunit_end = valid_symbols[SVUNIT_END] && !recovering;
  bool unit_begin = valid_symbols[UNIT_MACRO_BEGIN] && !recovering;
  if ((valid_symbols[INACTIVE_BRANCH] || in_list || svunit_begin || svunit_test || svunit_end ||
       unit_begin) &&
      lexer->lookahead == '`') {
    char word[24];
    lexer->advance(lexer, false);
    read_word(lexer, word, sizeof word);
    if (in_list && strcmp(word, "include") == 0) {
      lexer->mark_end(lexer);
      lexer->result_symbol = INCLUDE_IN_LIST;
      return true;
    }
    if (svunit_begin && strcmp(word, "SVUNIT_TESTS_BEGIN") == 0) {
      lexer->mark_end(lexer);
      lexer->result_symbol = SVUNIT_TESTS_BEGIN;
      return true;
    }
    if (svunit_begin && strcmp(word, "TEST_SUITE") == 0) {
      lexer->mark_end(lexer);
      while (lexer->lookahead == ' ' || lexer->lookahead == '\t') lexer->advance(lexer, false);
      if (lexer->lookahead != '(') return false;
      lexer->result_symbol = SVUNIT_TESTS_BEGIN;
      return true;
    }
    if (svunit_test && (strcmp(word, "SVTEST") == 0 || strcmp(word, "UNIT_TEST") == 0)) {
      lexer->mark_end(lexer);
      lexer->result_symbol = SVUNIT_TEST_BEGIN;
      return true;
    }
    if (svunit_end && (strcmp(word, "SVTEST_END") == 0 || strcmp(word, "SVUNIT_TESTS_END") == 0 ||
                       strcmp(word, "UNIT_TEST_END") == 0 || strcmp(word, "TEST_SUITE_END") == 0)) {
      lexer->mark_end(lexer);
      lexer->result_symbol = SVUNIT_END;
      return true;
    }
    if (unit_begin && strcmp(word, "module") == 0) {
      lexer->mark_end(lexer);
      lexer->result_symbol = UNIT_MACRO_BEGIN;
      return true;
    }
    if (valid_symbols[INACTIVE_BRANCH] && scan_inactive_branch(lexer, word)) {
      lexer->result_symbol = INACTIVE_BRANCH;
      return true;
    }
  }
  return false;
}
