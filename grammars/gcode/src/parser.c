#include <tree_sitter/parser.h>

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 460
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 120
#define ALIAS_COUNT 0
#define TOKEN_COUNT 75
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 19
#define MAX_ALIAS_SEQUENCE_LENGTH 8
#define PRODUCTION_ID_COUNT 84

enum {
  sym__newline = 1,
  sym_block_delete = 2,
  sym_line_number = 3,
  sym_checksum = 4,
  sym_percent = 5,
  anon_sym_DOLLAR = 6,
  sym__letter = 7,
  sym__m = 8,
  sym__n = 9,
  sym__o = 10,
  sym__text_m_code = 11,
  sym_message_text = 12,
  anon_sym_DASH = 13,
  anon_sym_PLUS = 14,
  sym_number = 15,
  sym_string = 16,
  sym_numbered_parameter = 17,
  sym_named_parameter = 18,
  anon_sym_POUND = 19,
  anon_sym_EQ = 20,
  anon_sym_LBRACK = 21,
  anon_sym_RBRACK = 22,
  aux_sym_binary_expression_token1 = 23,
  aux_sym_binary_expression_token2 = 24,
  aux_sym_binary_expression_token3 = 25,
  aux_sym_binary_expression_token4 = 26,
  aux_sym_binary_expression_token5 = 27,
  aux_sym_binary_expression_token6 = 28,
  aux_sym_binary_expression_token7 = 29,
  aux_sym_binary_expression_token8 = 30,
  aux_sym_binary_expression_token9 = 31,
  anon_sym_STAR = 32,
  anon_sym_SLASH = 33,
  aux_sym_binary_expression_token10 = 34,
  anon_sym_STAR_STAR = 35,
  anon_sym_COMMA = 36,
  sym_function_name = 37,
  sym__atan = 38,
  anon_sym_COLON = 39,
  sym_label_name = 40,
  aux_sym_o_sub_token1 = 41,
  aux_sym_o_endsub_token1 = 42,
  aux_sym_o_call_token1 = 43,
  aux_sym_o_return_token1 = 44,
  aux_sym_o_if_token1 = 45,
  aux_sym_o_elseif_token1 = 46,
  aux_sym_o_else_token1 = 47,
  aux_sym_o_endif_token1 = 48,
  aux_sym_o_while_token1 = 49,
  aux_sym_o_endwhile_token1 = 50,
  aux_sym_o_do_token1 = 51,
  aux_sym_o_repeat_token1 = 52,
  aux_sym_o_endrepeat_token1 = 53,
  aux_sym_o_break_token1 = 54,
  aux_sym_o_continue_token1 = 55,
  aux_sym_fanuc_if_token1 = 56,
  aux_sym_fanuc_if_token2 = 57,
  aux_sym_fanuc_goto_token1 = 58,
  aux_sym_fanuc_while_token1 = 59,
  aux_sym_fanuc_while_token2 = 60,
  aux_sym_fanuc_end_token1 = 61,
  aux_sym_fanuc_print_token1 = 62,
  aux_sym_fanuc_print_token2 = 63,
  aux_sym_fanuc_print_token3 = 64,
  aux_sym_fanuc_print_token4 = 65,
  sym_print_format = 66,
  sym_extended_name = 67,
  sym_extended_parameter = 68,
  sym_grbl_name = 69,
  anon_sym_QMARK = 70,
  anon_sym_TILDE = 71,
  anon_sym_BANG = 72,
  sym_comment = 73,
  sym_message = 74,
  sym_source_file = 75,
  sym_line = 76,
  sym__spindle_word = 77,
  sym_word = 78,
  sym__text_word = 79,
  sym__signed_value = 80,
  sym_indirect_parameter = 81,
  sym_parameter_assignment = 82,
  sym_expression = 83,
  sym_unary_expression = 84,
  sym_binary_expression = 85,
  sym_function_call = 86,
  sym_program_number = 87,
  sym__o_label = 88,
  sym_o_sub = 89,
  sym_o_endsub = 90,
  sym_o_call = 91,
  sym_o_return = 92,
  sym_o_if = 93,
  sym_o_elseif = 94,
  sym_o_else = 95,
  sym_o_endif = 96,
  sym_o_while = 97,
  sym_o_endwhile = 98,
  sym_o_do = 99,
  sym_o_repeat = 100,
  sym_o_endrepeat = 101,
  sym_o_break = 102,
  sym_o_continue = 103,
  sym_argument_list = 104,
  sym_fanuc_if = 105,
  sym_fanuc_goto = 106,
  sym_fanuc_while = 107,
  sym_fanuc_do = 108,
  sym_fanuc_end = 109,
  sym_fanuc_print = 110,
  sym_extended_command = 111,
  sym_grbl_command = 112,
  sym_grbl_realtime = 113,
  aux_sym_source_file_repeat1 = 114,
  aux_sym__line_content_repeat1 = 115,
  aux_sym__items_repeat1 = 116,
  aux_sym_argument_list_repeat1 = 117,
  aux_sym_extended_command_repeat1 = 118,
  aux_sym_grbl_command_repeat1 = 119,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__newline] = "_newline",
  [sym_block_delete] = "block_delete",
  [sym_line_number] = "line_number",
  [sym_checksum] = "checksum",
  [sym_percent] = "percent",
  [anon_sym_DOLLAR] = "$",
  [sym__letter] = "letter",
  [sym__m] = "letter",
  [sym__n] = "letter",
  [sym__o] = "_o",
  [sym__text_m_code] = "number",
  [sym_message_text] = "message_text",
  [anon_sym_DASH] = "-",
  [anon_sym_PLUS] = "+",
  [sym_number] = "number",
  [sym_string] = "string",
  [sym_numbered_parameter] = "numbered_parameter",
  [sym_named_parameter] = "named_parameter",
  [anon_sym_POUND] = "#",
  [anon_sym_EQ] = "=",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [aux_sym_binary_expression_token1] = "AND",
  [aux_sym_binary_expression_token2] = "OR",
  [aux_sym_binary_expression_token3] = "XOR",
  [aux_sym_binary_expression_token4] = "EQ",
  [aux_sym_binary_expression_token5] = "NE",
  [aux_sym_binary_expression_token6] = "GT",
  [aux_sym_binary_expression_token7] = "GE",
  [aux_sym_binary_expression_token8] = "LT",
  [aux_sym_binary_expression_token9] = "LE",
  [anon_sym_STAR] = "*",
  [anon_sym_SLASH] = "/",
  [aux_sym_binary_expression_token10] = "MOD",
  [anon_sym_STAR_STAR] = "**",
  [anon_sym_COMMA] = ",",
  [sym_function_name] = "function_name",
  [sym__atan] = "function_name",
  [anon_sym_COLON] = ":",
  [sym_label_name] = "label_name",
  [aux_sym_o_sub_token1] = "SUB",
  [aux_sym_o_endsub_token1] = "ENDSUB",
  [aux_sym_o_call_token1] = "CALL",
  [aux_sym_o_return_token1] = "RETURN",
  [aux_sym_o_if_token1] = "IF",
  [aux_sym_o_elseif_token1] = "ELSEIF",
  [aux_sym_o_else_token1] = "ELSE",
  [aux_sym_o_endif_token1] = "ENDIF",
  [aux_sym_o_while_token1] = "WHILE",
  [aux_sym_o_endwhile_token1] = "ENDWHILE",
  [aux_sym_o_do_token1] = "DO",
  [aux_sym_o_repeat_token1] = "REPEAT",
  [aux_sym_o_endrepeat_token1] = "ENDREPEAT",
  [aux_sym_o_break_token1] = "BREAK",
  [aux_sym_o_continue_token1] = "CONTINUE",
  [aux_sym_fanuc_if_token1] = "IF",
  [aux_sym_fanuc_if_token2] = "THEN",
  [aux_sym_fanuc_goto_token1] = "GOTO",
  [aux_sym_fanuc_while_token1] = "WHILE",
  [aux_sym_fanuc_while_token2] = "DO",
  [aux_sym_fanuc_end_token1] = "END",
  [aux_sym_fanuc_print_token1] = "DPRNT",
  [aux_sym_fanuc_print_token2] = "BPRNT",
  [aux_sym_fanuc_print_token3] = "POPEN",
  [aux_sym_fanuc_print_token4] = "PCLOS",
  [sym_print_format] = "print_format",
  [sym_extended_name] = "extended_name",
  [sym_extended_parameter] = "extended_parameter",
  [sym_grbl_name] = "grbl_name",
  [anon_sym_QMARK] = "\?",
  [anon_sym_TILDE] = "~",
  [anon_sym_BANG] = "!",
  [sym_comment] = "comment",
  [sym_message] = "message",
  [sym_source_file] = "source_file",
  [sym_line] = "line",
  [sym__spindle_word] = "word",
  [sym_word] = "word",
  [sym__text_word] = "word",
  [sym__signed_value] = "unary_expression",
  [sym_indirect_parameter] = "indirect_parameter",
  [sym_parameter_assignment] = "parameter_assignment",
  [sym_expression] = "expression",
  [sym_unary_expression] = "unary_expression",
  [sym_binary_expression] = "binary_expression",
  [sym_function_call] = "function_call",
  [sym_program_number] = "program_number",
  [sym__o_label] = "_o_label",
  [sym_o_sub] = "o_sub",
  [sym_o_endsub] = "o_endsub",
  [sym_o_call] = "o_call",
  [sym_o_return] = "o_return",
  [sym_o_if] = "o_if",
  [sym_o_elseif] = "o_elseif",
  [sym_o_else] = "o_else",
  [sym_o_endif] = "o_endif",
  [sym_o_while] = "o_while",
  [sym_o_endwhile] = "o_endwhile",
  [sym_o_do] = "o_do",
  [sym_o_repeat] = "o_repeat",
  [sym_o_endrepeat] = "o_endrepeat",
  [sym_o_break] = "o_break",
  [sym_o_continue] = "o_continue",
  [sym_argument_list] = "argument_list",
  [sym_fanuc_if] = "fanuc_if",
  [sym_fanuc_goto] = "fanuc_goto",
  [sym_fanuc_while] = "fanuc_while",
  [sym_fanuc_do] = "fanuc_do",
  [sym_fanuc_end] = "fanuc_end",
  [sym_fanuc_print] = "fanuc_print",
  [sym_extended_command] = "extended_command",
  [sym_grbl_command] = "grbl_command",
  [sym_grbl_realtime] = "grbl_realtime",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym__line_content_repeat1] = "_line_content_repeat1",
  [aux_sym__items_repeat1] = "_items_repeat1",
  [aux_sym_argument_list_repeat1] = "argument_list_repeat1",
  [aux_sym_extended_command_repeat1] = "extended_command_repeat1",
  [aux_sym_grbl_command_repeat1] = "grbl_command_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__newline] = sym__newline,
  [sym_block_delete] = sym_block_delete,
  [sym_line_number] = sym_line_number,
  [sym_checksum] = sym_checksum,
  [sym_percent] = sym_percent,
  [anon_sym_DOLLAR] = anon_sym_DOLLAR,
  [sym__letter] = sym__letter,
  [sym__m] = sym__letter,
  [sym__n] = sym__letter,
  [sym__o] = sym__o,
  [sym__text_m_code] = sym_number,
  [sym_message_text] = sym_message_text,
  [anon_sym_DASH] = anon_sym_DASH,
  [anon_sym_PLUS] = anon_sym_PLUS,
  [sym_number] = sym_number,
  [sym_string] = sym_string,
  [sym_numbered_parameter] = sym_numbered_parameter,
  [sym_named_parameter] = sym_named_parameter,
  [anon_sym_POUND] = anon_sym_POUND,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [aux_sym_binary_expression_token1] = aux_sym_binary_expression_token1,
  [aux_sym_binary_expression_token2] = aux_sym_binary_expression_token2,
  [aux_sym_binary_expression_token3] = aux_sym_binary_expression_token3,
  [aux_sym_binary_expression_token4] = aux_sym_binary_expression_token4,
  [aux_sym_binary_expression_token5] = aux_sym_binary_expression_token5,
  [aux_sym_binary_expression_token6] = aux_sym_binary_expression_token6,
  [aux_sym_binary_expression_token7] = aux_sym_binary_expression_token7,
  [aux_sym_binary_expression_token8] = aux_sym_binary_expression_token8,
  [aux_sym_binary_expression_token9] = aux_sym_binary_expression_token9,
  [anon_sym_STAR] = anon_sym_STAR,
  [anon_sym_SLASH] = anon_sym_SLASH,
  [aux_sym_binary_expression_token10] = aux_sym_binary_expression_token10,
  [anon_sym_STAR_STAR] = anon_sym_STAR_STAR,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [sym_function_name] = sym_function_name,
  [sym__atan] = sym_function_name,
  [anon_sym_COLON] = anon_sym_COLON,
  [sym_label_name] = sym_label_name,
  [aux_sym_o_sub_token1] = aux_sym_o_sub_token1,
  [aux_sym_o_endsub_token1] = aux_sym_o_endsub_token1,
  [aux_sym_o_call_token1] = aux_sym_o_call_token1,
  [aux_sym_o_return_token1] = aux_sym_o_return_token1,
  [aux_sym_o_if_token1] = aux_sym_o_if_token1,
  [aux_sym_o_elseif_token1] = aux_sym_o_elseif_token1,
  [aux_sym_o_else_token1] = aux_sym_o_else_token1,
  [aux_sym_o_endif_token1] = aux_sym_o_endif_token1,
  [aux_sym_o_while_token1] = aux_sym_o_while_token1,
  [aux_sym_o_endwhile_token1] = aux_sym_o_endwhile_token1,
  [aux_sym_o_do_token1] = aux_sym_o_do_token1,
  [aux_sym_o_repeat_token1] = aux_sym_o_repeat_token1,
  [aux_sym_o_endrepeat_token1] = aux_sym_o_endrepeat_token1,
  [aux_sym_o_break_token1] = aux_sym_o_break_token1,
  [aux_sym_o_continue_token1] = aux_sym_o_continue_token1,
  [aux_sym_fanuc_if_token1] = aux_sym_o_if_token1,
  [aux_sym_fanuc_if_token2] = aux_sym_fanuc_if_token2,
  [aux_sym_fanuc_goto_token1] = aux_sym_fanuc_goto_token1,
  [aux_sym_fanuc_while_token1] = aux_sym_o_while_token1,
  [aux_sym_fanuc_while_token2] = aux_sym_o_do_token1,
  [aux_sym_fanuc_end_token1] = aux_sym_fanuc_end_token1,
  [aux_sym_fanuc_print_token1] = aux_sym_fanuc_print_token1,
  [aux_sym_fanuc_print_token2] = aux_sym_fanuc_print_token2,
  [aux_sym_fanuc_print_token3] = aux_sym_fanuc_print_token3,
  [aux_sym_fanuc_print_token4] = aux_sym_fanuc_print_token4,
  [sym_print_format] = sym_print_format,
  [sym_extended_name] = sym_extended_name,
  [sym_extended_parameter] = sym_extended_parameter,
  [sym_grbl_name] = sym_grbl_name,
  [anon_sym_QMARK] = anon_sym_QMARK,
  [anon_sym_TILDE] = anon_sym_TILDE,
  [anon_sym_BANG] = anon_sym_BANG,
  [sym_comment] = sym_comment,
  [sym_message] = sym_message,
  [sym_source_file] = sym_source_file,
  [sym_line] = sym_line,
  [sym__spindle_word] = sym_word,
  [sym_word] = sym_word,
  [sym__text_word] = sym_word,
  [sym__signed_value] = sym_unary_expression,
  [sym_indirect_parameter] = sym_indirect_parameter,
  [sym_parameter_assignment] = sym_parameter_assignment,
  [sym_expression] = sym_expression,
  [sym_unary_expression] = sym_unary_expression,
  [sym_binary_expression] = sym_binary_expression,
  [sym_function_call] = sym_function_call,
  [sym_program_number] = sym_program_number,
  [sym__o_label] = sym__o_label,
  [sym_o_sub] = sym_o_sub,
  [sym_o_endsub] = sym_o_endsub,
  [sym_o_call] = sym_o_call,
  [sym_o_return] = sym_o_return,
  [sym_o_if] = sym_o_if,
  [sym_o_elseif] = sym_o_elseif,
  [sym_o_else] = sym_o_else,
  [sym_o_endif] = sym_o_endif,
  [sym_o_while] = sym_o_while,
  [sym_o_endwhile] = sym_o_endwhile,
  [sym_o_do] = sym_o_do,
  [sym_o_repeat] = sym_o_repeat,
  [sym_o_endrepeat] = sym_o_endrepeat,
  [sym_o_break] = sym_o_break,
  [sym_o_continue] = sym_o_continue,
  [sym_argument_list] = sym_argument_list,
  [sym_fanuc_if] = sym_fanuc_if,
  [sym_fanuc_goto] = sym_fanuc_goto,
  [sym_fanuc_while] = sym_fanuc_while,
  [sym_fanuc_do] = sym_fanuc_do,
  [sym_fanuc_end] = sym_fanuc_end,
  [sym_fanuc_print] = sym_fanuc_print,
  [sym_extended_command] = sym_extended_command,
  [sym_grbl_command] = sym_grbl_command,
  [sym_grbl_realtime] = sym_grbl_realtime,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym__line_content_repeat1] = aux_sym__line_content_repeat1,
  [aux_sym__items_repeat1] = aux_sym__items_repeat1,
  [aux_sym_argument_list_repeat1] = aux_sym_argument_list_repeat1,
  [aux_sym_extended_command_repeat1] = aux_sym_extended_command_repeat1,
  [aux_sym_grbl_command_repeat1] = aux_sym_grbl_command_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym_block_delete] = {
    .visible = true,
    .named = true,
  },
  [sym_line_number] = {
    .visible = true,
    .named = true,
  },
  [sym_checksum] = {
    .visible = true,
    .named = true,
  },
  [sym_percent] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOLLAR] = {
    .visible = true,
    .named = false,
  },
  [sym__letter] = {
    .visible = true,
    .named = true,
  },
  [sym__m] = {
    .visible = true,
    .named = true,
  },
  [sym__n] = {
    .visible = true,
    .named = true,
  },
  [sym__o] = {
    .visible = false,
    .named = true,
  },
  [sym__text_m_code] = {
    .visible = true,
    .named = true,
  },
  [sym_message_text] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS] = {
    .visible = true,
    .named = false,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_numbered_parameter] = {
    .visible = true,
    .named = true,
  },
  [sym_named_parameter] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_POUND] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token5] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token6] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token7] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token8] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token9] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_binary_expression_token10] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR_STAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [sym_function_name] = {
    .visible = true,
    .named = true,
  },
  [sym__atan] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [sym_label_name] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_o_sub_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_endsub_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_call_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_return_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_if_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_elseif_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_else_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_endif_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_while_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_endwhile_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_do_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_repeat_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_endrepeat_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_break_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_o_continue_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_if_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_if_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_goto_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_while_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_while_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_end_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_print_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_print_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_print_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_fanuc_print_token4] = {
    .visible = true,
    .named = false,
  },
  [sym_print_format] = {
    .visible = true,
    .named = true,
  },
  [sym_extended_name] = {
    .visible = true,
    .named = true,
  },
  [sym_extended_parameter] = {
    .visible = true,
    .named = true,
  },
  [sym_grbl_name] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_QMARK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TILDE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_BANG] = {
    .visible = true,
    .named = false,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_message] = {
    .visible = true,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_line] = {
    .visible = true,
    .named = true,
  },
  [sym__spindle_word] = {
    .visible = true,
    .named = true,
  },
  [sym_word] = {
    .visible = true,
    .named = true,
  },
  [sym__text_word] = {
    .visible = true,
    .named = true,
  },
  [sym__signed_value] = {
    .visible = true,
    .named = true,
  },
  [sym_indirect_parameter] = {
    .visible = true,
    .named = true,
  },
  [sym_parameter_assignment] = {
    .visible = true,
    .named = true,
  },
  [sym_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_unary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_binary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_function_call] = {
    .visible = true,
    .named = true,
  },
  [sym_program_number] = {
    .visible = true,
    .named = true,
  },
  [sym__o_label] = {
    .visible = false,
    .named = true,
  },
  [sym_o_sub] = {
    .visible = true,
    .named = true,
  },
  [sym_o_endsub] = {
    .visible = true,
    .named = true,
  },
  [sym_o_call] = {
    .visible = true,
    .named = true,
  },
  [sym_o_return] = {
    .visible = true,
    .named = true,
  },
  [sym_o_if] = {
    .visible = true,
    .named = true,
  },
  [sym_o_elseif] = {
    .visible = true,
    .named = true,
  },
  [sym_o_else] = {
    .visible = true,
    .named = true,
  },
  [sym_o_endif] = {
    .visible = true,
    .named = true,
  },
  [sym_o_while] = {
    .visible = true,
    .named = true,
  },
  [sym_o_endwhile] = {
    .visible = true,
    .named = true,
  },
  [sym_o_do] = {
    .visible = true,
    .named = true,
  },
  [sym_o_repeat] = {
    .visible = true,
    .named = true,
  },
  [sym_o_endrepeat] = {
    .visible = true,
    .named = true,
  },
  [sym_o_break] = {
    .visible = true,
    .named = true,
  },
  [sym_o_continue] = {
    .visible = true,
    .named = true,
  },
  [sym_argument_list] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_if] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_goto] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_while] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_do] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_end] = {
    .visible = true,
    .named = true,
  },
  [sym_fanuc_print] = {
    .visible = true,
    .named = true,
  },
  [sym_extended_command] = {
    .visible = true,
    .named = true,
  },
  [sym_grbl_command] = {
    .visible = true,
    .named = true,
  },
  [sym_grbl_realtime] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__line_content_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__items_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_argument_list_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_extended_command_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_grbl_command_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum {
  field_argument = 1,
  field_arguments = 2,
  field_command = 3,
  field_condition = 4,
  field_consequence = 5,
  field_count = 6,
  field_format = 7,
  field_function = 8,
  field_index = 9,
  field_label = 10,
  field_left = 11,
  field_letter = 12,
  field_name = 13,
  field_number = 14,
  field_operator = 15,
  field_parameter = 16,
  field_right = 17,
  field_target = 18,
  field_value = 19,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_argument] = "argument",
  [field_arguments] = "arguments",
  [field_command] = "command",
  [field_condition] = "condition",
  [field_consequence] = "consequence",
  [field_count] = "count",
  [field_format] = "format",
  [field_function] = "function",
  [field_index] = "index",
  [field_label] = "label",
  [field_left] = "left",
  [field_letter] = "letter",
  [field_name] = "name",
  [field_number] = "number",
  [field_operator] = "operator",
  [field_parameter] = "parameter",
  [field_right] = "right",
  [field_target] = "target",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 1},
  [4] = {.index = 2, .length = 1},
  [5] = {.index = 3, .length = 2},
  [7] = {.index = 5, .length = 2},
  [8] = {.index = 7, .length = 1},
  [9] = {.index = 8, .length = 2},
  [10] = {.index = 10, .length = 4},
  [11] = {.index = 14, .length = 1},
  [12] = {.index = 15, .length = 1},
  [13] = {.index = 16, .length = 1},
  [14] = {.index = 17, .length = 2},
  [15] = {.index = 19, .length = 1},
  [16] = {.index = 20, .length = 2},
  [17] = {.index = 3, .length = 2},
  [18] = {.index = 3, .length = 2},
  [19] = {.index = 22, .length = 1},
  [21] = {.index = 5, .length = 2},
  [23] = {.index = 23, .length = 2},
  [24] = {.index = 5, .length = 2},
  [25] = {.index = 5, .length = 2},
  [26] = {.index = 25, .length = 1},
  [27] = {.index = 26, .length = 1},
  [28] = {.index = 27, .length = 1},
  [29] = {.index = 28, .length = 2},
  [30] = {.index = 30, .length = 2},
  [31] = {.index = 32, .length = 2},
  [32] = {.index = 34, .length = 2},
  [33] = {.index = 36, .length = 2},
  [34] = {.index = 8, .length = 2},
  [35] = {.index = 10, .length = 4},
  [36] = {.index = 3, .length = 2},
  [37] = {.index = 38, .length = 2},
  [38] = {.index = 40, .length = 2},
  [39] = {.index = 42, .length = 2},
  [40] = {.index = 44, .length = 2},
  [42] = {.index = 23, .length = 2},
  [43] = {.index = 5, .length = 2},
  [45] = {.index = 23, .length = 2},
  [46] = {.index = 23, .length = 2},
  [47] = {.index = 5, .length = 2},
  [48] = {.index = 46, .length = 2},
  [49] = {.index = 48, .length = 2},
  [50] = {.index = 50, .length = 2},
  [51] = {.index = 52, .length = 2},
  [52] = {.index = 54, .length = 2},
  [53] = {.index = 3, .length = 2},
  [55] = {.index = 56, .length = 2},
  [56] = {.index = 23, .length = 2},
  [57] = {.index = 5, .length = 2},
  [58] = {.index = 56, .length = 2},
  [60] = {.index = 23, .length = 2},
  [61] = {.index = 5, .length = 2},
  [62] = {.index = 58, .length = 3},
  [63] = {.index = 61, .length = 3},
  [65] = {.index = 56, .length = 2},
  [66] = {.index = 23, .length = 2},
  [67] = {.index = 5, .length = 2},
  [68] = {.index = 64, .length = 2},
  [69] = {.index = 56, .length = 2},
  [70] = {.index = 56, .length = 2},
  [71] = {.index = 23, .length = 2},
  [73] = {.index = 56, .length = 2},
  [74] = {.index = 23, .length = 2},
  [75] = {.index = 64, .length = 2},
  [77] = {.index = 56, .length = 2},
  [78] = {.index = 66, .length = 3},
  [79] = {.index = 56, .length = 2},
  [81] = {.index = 64, .length = 2},
  [82] = {.index = 56, .length = 2},
  [83] = {.index = 64, .length = 2},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_letter, 0},
  [1] =
    {field_command, 0},
  [2] =
    {field_name, 0},
  [3] =
    {field_letter, 0, .inherited = true},
    {field_value, 0, .inherited = true},
  [5] =
    {field_letter, 1, .inherited = true},
    {field_value, 1, .inherited = true},
  [7] =
    {field_name, 1},
  [8] =
    {field_letter, 0},
    {field_value, 1},
  [10] =
    {field_argument, 1, .inherited = true},
    {field_letter, 0},
    {field_operator, 1, .inherited = true},
    {field_value, 1},
  [14] =
    {field_number, 1},
  [15] =
    {field_label, 1},
  [16] =
    {field_index, 1},
  [17] =
    {field_command, 0},
    {field_format, 1},
  [19] =
    {field_parameter, 0},
  [20] =
    {field_name, 0},
    {field_parameter, 1, .inherited = true},
  [22] =
    {field_label, 0, .inherited = true},
  [23] =
    {field_letter, 2, .inherited = true},
    {field_value, 2, .inherited = true},
  [25] =
    {field_value, 2},
  [26] =
    {field_value, 0},
  [27] =
    {field_value, 2, .inherited = true},
  [28] =
    {field_argument, 1},
    {field_operator, 0},
  [30] =
    {field_argument, 1},
    {field_function, 0},
  [32] =
    {field_target, 0},
    {field_value, 2},
  [34] =
    {field_condition, 1},
    {field_consequence, 2},
  [36] =
    {field_parameter, 0, .inherited = true},
    {field_parameter, 1, .inherited = true},
  [38] =
    {field_label, 0, .inherited = true},
    {field_value, 2},
  [40] =
    {field_arguments, 2},
    {field_label, 0, .inherited = true},
  [42] =
    {field_condition, 2},
    {field_label, 0, .inherited = true},
  [44] =
    {field_count, 2},
    {field_label, 0, .inherited = true},
  [46] =
    {field_value, 0, .inherited = true},
    {field_value, 1, .inherited = true},
  [48] =
    {field_name, 1},
    {field_value, 3},
  [50] =
    {field_name, 1},
    {field_value, 3, .inherited = true},
  [52] =
    {field_condition, 1},
    {field_consequence, 3},
  [54] =
    {field_condition, 1},
    {field_label, 3},
  [56] =
    {field_letter, 3, .inherited = true},
    {field_value, 3, .inherited = true},
  [58] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [61] =
    {field_argument, 1},
    {field_argument, 3},
    {field_function, 0},
  [64] =
    {field_letter, 4, .inherited = true},
    {field_value, 4, .inherited = true},
  [66] =
    {field_argument, 2},
    {field_argument, 4},
    {field_function, 0},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [1] = {
    [0] = sym_line,
  },
  [5] = {
    [0] = sym_line,
  },
  [6] = {
    [0] = sym_line,
    [1] = sym_line,
  },
  [7] = {
    [0] = sym_line,
    [1] = sym_line,
  },
  [18] = {
    [0] = sym_line,
    [1] = sym_line,
  },
  [20] = {
    [1] = sym_line,
  },
  [21] = {
    [1] = sym_line,
  },
  [22] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
  },
  [23] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
  },
  [25] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
  },
  [34] = {
    [0] = sym__letter,
  },
  [35] = {
    [0] = sym__letter,
  },
  [36] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
  },
  [41] = {
    [1] = sym_line,
    [2] = sym_line,
  },
  [42] = {
    [1] = sym_line,
    [2] = sym_line,
  },
  [43] = {
    [1] = sym_line,
    [2] = sym_line,
  },
  [44] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [46] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [47] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [53] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [54] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [55] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [56] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [57] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [58] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [59] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [60] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [61] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [64] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [65] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [66] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [67] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [68] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [70] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [71] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [72] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [73] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [74] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [75] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [76] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [77] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
  },
  [79] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
    [6] = sym_line,
  },
  [80] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
    [6] = sym_line,
  },
  [81] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
    [6] = sym_line,
  },
  [82] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
    [6] = sym_line,
  },
  [83] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
    [6] = sym_line,
    [7] = sym_line,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 70,
  [71] = 71,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 92,
  [93] = 23,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 22,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 96,
  [103] = 99,
  [104] = 97,
  [105] = 95,
  [106] = 106,
  [107] = 94,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 117,
  [121] = 117,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 117,
  [126] = 126,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 144,
  [145] = 145,
  [146] = 146,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 173,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 191,
  [193] = 177,
  [194] = 191,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 208,
  [209] = 209,
  [210] = 210,
  [211] = 211,
  [212] = 212,
  [213] = 213,
  [214] = 214,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 222,
  [223] = 223,
  [224] = 224,
  [225] = 225,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 22,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 238,
  [241] = 238,
  [242] = 234,
  [243] = 236,
  [244] = 237,
  [245] = 238,
  [246] = 230,
  [247] = 231,
  [248] = 232,
  [249] = 233,
  [250] = 239,
  [251] = 234,
  [252] = 228,
  [253] = 253,
  [254] = 254,
  [255] = 23,
  [256] = 256,
  [257] = 257,
  [258] = 258,
  [259] = 92,
  [260] = 260,
  [261] = 261,
  [262] = 89,
  [263] = 263,
  [264] = 91,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 268,
  [269] = 269,
  [270] = 270,
  [271] = 271,
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 276,
  [280] = 280,
  [281] = 276,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 286,
  [287] = 287,
  [288] = 288,
  [289] = 289,
  [290] = 290,
  [291] = 291,
  [292] = 292,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 299,
  [300] = 300,
  [301] = 301,
  [302] = 302,
  [303] = 303,
  [304] = 304,
  [305] = 305,
  [306] = 306,
  [307] = 307,
  [308] = 308,
  [309] = 309,
  [310] = 310,
  [311] = 311,
  [312] = 312,
  [313] = 313,
  [314] = 314,
  [315] = 315,
  [316] = 316,
  [317] = 317,
  [318] = 318,
  [319] = 319,
  [320] = 320,
  [321] = 321,
  [322] = 322,
  [323] = 323,
  [324] = 324,
  [325] = 325,
  [326] = 326,
  [327] = 327,
  [328] = 328,
  [329] = 329,
  [330] = 330,
  [331] = 331,
  [332] = 332,
  [333] = 333,
  [334] = 334,
  [335] = 335,
  [336] = 336,
  [337] = 337,
  [338] = 338,
  [339] = 339,
  [340] = 340,
  [341] = 341,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 345,
  [346] = 346,
  [347] = 347,
  [348] = 348,
  [349] = 349,
  [350] = 350,
  [351] = 351,
  [352] = 352,
  [353] = 353,
  [354] = 354,
  [355] = 355,
  [356] = 356,
  [357] = 357,
  [358] = 358,
  [359] = 359,
  [360] = 360,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 364,
  [365] = 365,
  [366] = 366,
  [367] = 367,
  [368] = 368,
  [369] = 369,
  [370] = 370,
  [371] = 371,
  [372] = 372,
  [373] = 373,
  [374] = 374,
  [375] = 375,
  [376] = 376,
  [377] = 377,
  [378] = 378,
  [379] = 379,
  [380] = 380,
  [381] = 381,
  [382] = 382,
  [383] = 383,
  [384] = 384,
  [385] = 385,
  [386] = 386,
  [387] = 387,
  [388] = 384,
  [389] = 389,
  [390] = 390,
  [391] = 335,
  [392] = 392,
  [393] = 393,
  [394] = 394,
  [395] = 395,
  [396] = 396,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 401,
  [402] = 402,
  [403] = 403,
  [404] = 404,
  [405] = 405,
  [406] = 384,
  [407] = 407,
  [408] = 399,
  [409] = 409,
  [410] = 335,
  [411] = 399,
  [412] = 412,
  [413] = 413,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 417,
  [418] = 418,
  [419] = 419,
  [420] = 420,
  [421] = 421,
  [422] = 422,
  [423] = 423,
  [424] = 424,
  [425] = 425,
  [426] = 426,
  [427] = 427,
  [428] = 428,
  [429] = 429,
  [430] = 430,
  [431] = 431,
  [432] = 432,
  [433] = 433,
  [434] = 434,
  [435] = 435,
  [436] = 436,
  [437] = 437,
  [438] = 421,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 423,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 421,
  [457] = 457,
  [458] = 458,
  [459] = 459,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == '1') ADVANCE(301);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(213);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(217);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(232);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(229);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(218);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(222);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(220);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(241);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(247);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(215);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(223);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(234);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(0)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == '1') ADVANCE(301);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(213);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(217);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(232);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(229);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(218);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(222);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(220);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(241);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(247);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(215);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(223);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(234);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(1)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(195);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == '_') ADVANCE(179);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(55);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(203);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(210);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(208);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(207);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(209);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(205);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(239);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(245);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(250);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(204);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(206);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(2)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(60);
      if (lookahead == '_') ADVANCE(179);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(203);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(210);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(208);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(207);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(209);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(205);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(239);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(246);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(250);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(204);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(206);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(3)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(299);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(297);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(148);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(81);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(82);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(83);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(91);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(136);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(84);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(137);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(160);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(138);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(163);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(85);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(86);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(142);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(87);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(159);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(4)
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(299);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(297);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(226);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(219);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(221);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(242);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(248);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(163);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(234);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(5)
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '1') ADVANCE(301);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(214);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(240);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(233);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(6)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(214);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(240);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(233);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(7)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(81);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(82);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(83);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(90);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(84);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(85);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(86);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(87);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(8)
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(309);
      if (lookahead == '$') ADVANCE(202);
      if (lookahead == '(') ADVANCE(258);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(9)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(243);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(249);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(253);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(237);
      if (lookahead != 0) ADVANCE(296);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(231);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(238);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(10)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(308);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(323);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(55);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(238);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(11)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(12)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(373);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '=') ADVANCE(311);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(13)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(375);
      END_STATE();
    case 14:
      if (lookahead == '"') ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(14);
      END_STATE();
    case 15:
      if (lookahead == '"') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == ',') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(45);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(34);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 17:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == ',') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 18:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(22);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(27);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(39);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(48);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(46);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 19:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 20:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 21:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 22:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 23:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(34);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(44);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 24:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 25:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(23);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 26:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 27:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(20);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 28:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 29:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(37);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 30:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 31:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 32:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(36);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 34:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 35:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 36:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 37:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 38:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 39:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 40:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(49);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 41:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(47);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 42:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 43:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 44:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(30);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 45:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(43);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 46:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 47:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 48:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(32);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 49:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(26);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 50:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 51:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(32);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 52:
      if (lookahead == ')') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 53:
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 54:
      if (lookahead == ')') ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(54);
      END_STATE();
    case 55:
      if (lookahead == '.') ADVANCE(178);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 56:
      if (lookahead == '<') ADVANCE(59);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(306);
      END_STATE();
    case 57:
      if (lookahead == '=') ADVANCE(371);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      END_STATE();
    case 58:
      if (lookahead == '>') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(58);
      END_STATE();
    case 59:
      if (lookahead == '>') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(59);
      END_STATE();
    case 60:
      if (lookahead == ']') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(60);
      END_STATE();
    case 61:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(359);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 62:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(355);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 63:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 64:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 65:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 66:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(62);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 67:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(365);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 68:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 69:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 70:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(353);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 71:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 72:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(63);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 73:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(68);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 74:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 75:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(367);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 76:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(70);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 77:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(363);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 78:
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(361);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 79:
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 80:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      END_STATE();
    case 81:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(81);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(105);
      END_STATE();
    case 82:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(82);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(88);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(89);
      END_STATE();
    case 83:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(83);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(344);
      END_STATE();
    case 84:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(84);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(338);
      END_STATE();
    case 85:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(94);
      END_STATE();
    case 86:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(95);
      END_STATE();
    case 87:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(96);
      END_STATE();
    case 88:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(107);
      END_STATE();
    case 89:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(89);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(98);
      END_STATE();
    case 90:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(90);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(92);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(93);
      END_STATE();
    case 91:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(90);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(92);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(93);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(317);
      END_STATE();
    case 92:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(114);
      END_STATE();
    case 93:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(99);
      END_STATE();
    case 94:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(94);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(120);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(106);
      END_STATE();
    case 95:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(95);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(334);
      END_STATE();
    case 96:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(116);
      END_STATE();
    case 97:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(97);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(100);
      END_STATE();
    case 98:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(98);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(110);
      END_STATE();
    case 99:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(99);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(104);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(121);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(125);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(130);
      END_STATE();
    case 100:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(100);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(347);
      END_STATE();
    case 101:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(101);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(128);
      END_STATE();
    case 102:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(199);
      END_STATE();
    case 103:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(103);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(117);
      END_STATE();
    case 104:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(104);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(341);
      END_STATE();
    case 105:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 106:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(103);
      END_STATE();
    case 107:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(107);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(336);
      END_STATE();
    case 108:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(115);
      END_STATE();
    case 109:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(109);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(335);
      END_STATE();
    case 110:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(110);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(108);
      END_STATE();
    case 111:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(111);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(112);
      END_STATE();
    case 112:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(112);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(345);
      END_STATE();
    case 113:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(113);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(339);
      END_STATE();
    case 114:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(114);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(340);
      END_STATE();
    case 115:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(115);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(123);
      END_STATE();
    case 116:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(116);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(122);
      END_STATE();
    case 117:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(117);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(337);
      END_STATE();
    case 118:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(118);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(113);
      END_STATE();
    case 119:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(119);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(346);
      END_STATE();
    case 120:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(120);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(111);
      END_STATE();
    case 121:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(101);
      END_STATE();
    case 122:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(342);
      END_STATE();
    case 123:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(348);
      END_STATE();
    case 124:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(343);
      END_STATE();
    case 125:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(109);
      END_STATE();
    case 126:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(119);
      END_STATE();
    case 127:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(127);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(124);
      END_STATE();
    case 128:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(128);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(126);
      END_STATE();
    case 129:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(129);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(127);
      END_STATE();
    case 130:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(130);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(129);
      END_STATE();
    case 131:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(150);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(331);
      END_STATE();
    case 132:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(329);
      END_STATE();
    case 133:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(314);
      END_STATE();
    case 134:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(358);
      END_STATE();
    case 135:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(326);
      END_STATE();
    case 136:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(320);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(174);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(319);
      END_STATE();
    case 137:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(322);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(321);
      END_STATE();
    case 138:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(318);
      END_STATE();
    case 139:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(354);
      END_STATE();
    case 140:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(151);
      END_STATE();
    case 141:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(152);
      END_STATE();
    case 142:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(141);
      END_STATE();
    case 143:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 144:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(170);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(329);
      END_STATE();
    case 145:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(146);
      END_STATE();
    case 146:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(139);
      END_STATE();
    case 147:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(158);
      END_STATE();
    case 148:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(133);
      END_STATE();
    case 149:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(329);
      END_STATE();
    case 150:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(331);
      END_STATE();
    case 151:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(364);
      END_STATE();
    case 152:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(351);
      END_STATE();
    case 153:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(132);
      END_STATE();
    case 154:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(172);
      END_STATE();
    case 155:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(173);
      END_STATE();
    case 156:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(168);
      END_STATE();
    case 157:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(352);
      END_STATE();
    case 158:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(169);
      END_STATE();
    case 159:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(165);
      END_STATE();
    case 160:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(135);
      END_STATE();
    case 161:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(329);
      END_STATE();
    case 162:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(140);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(329);
      END_STATE();
    case 163:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(315);
      END_STATE();
    case 164:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(330);
      END_STATE();
    case 165:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(316);
      END_STATE();
    case 166:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(154);
      END_STATE();
    case 167:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(155);
      END_STATE();
    case 168:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(329);
      END_STATE();
    case 169:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(366);
      END_STATE();
    case 170:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(171);
      END_STATE();
    case 171:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(168);
      END_STATE();
    case 172:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(362);
      END_STATE();
    case 173:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(360);
      END_STATE();
    case 174:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(157);
      END_STATE();
    case 175:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(153);
      END_STATE();
    case 176:
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(329);
      END_STATE();
    case 177:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(329);
      END_STATE();
    case 178:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(304);
      END_STATE();
    case 179:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(369);
      END_STATE();
    case 180:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(195);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == '_') ADVANCE(179);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(55);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(203);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(210);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(208);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(207);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(209);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(205);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(239);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(245);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(250);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(204);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(206);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(180)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 181:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '!') ADVANCE(378);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '?') ADVANCE(376);
      if (lookahead == '[') ADVANCE(60);
      if (lookahead == '_') ADVANCE(179);
      if (lookahead == '~') ADVANCE(377);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(203);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(210);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(208);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(207);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(209);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(205);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(239);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(246);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(250);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(204);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(206);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(181)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(211);
      END_STATE();
    case 182:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(299);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(297);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(148);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(81);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(82);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(83);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(91);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(136);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(84);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(137);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(160);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(138);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(163);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(85);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(86);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(142);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(87);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(159);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(182)
      END_STATE();
    case 183:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(324);
      if (lookahead == '+') ADVANCE(299);
      if (lookahead == ',') ADVANCE(328);
      if (lookahead == '-') ADVANCE(297);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == ']') ADVANCE(313);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(226);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(219);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(221);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(242);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(248);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(163);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(234);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(183)
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 184:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '1') ADVANCE(301);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(214);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(240);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(233);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(184)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 185:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(14);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '+') ADVANCE(300);
      if (lookahead == '-') ADVANCE(298);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(214);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(230);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(236);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(240);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(233);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(228);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(224);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(185)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 186:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(81);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(82);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(83);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(90);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(84);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(85);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(86);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(87);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(186)
      END_STATE();
    case 187:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(309);
      if (lookahead == '$') ADVANCE(202);
      if (lookahead == '(') ADVANCE(258);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(187)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(243);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(249);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(253);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(237);
      if (lookahead != 0) ADVANCE(296);
      END_STATE();
    case 188:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '/') ADVANCE(325);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(231);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(238);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(188)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 189:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(308);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(323);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(55);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(238);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(244);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(189)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(203);
      END_STATE();
    case 190:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(190)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
      END_STATE();
    case 191:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(373);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(380);
      if (lookahead == '=') ADVANCE(311);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(191)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(375);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_block_delete);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_block_delete);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(194);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(198);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(198);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(198);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_checksum);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(199);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_percent);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__letter);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(65);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(350);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(61);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(357);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(149);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(168);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(156);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(161);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(133);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(143);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(131);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(168);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(156);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(161);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(143);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(131);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(147);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(162);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(132);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(132);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(166);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(320);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(174);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(319);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(320);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(319);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(322);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(329);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(321);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(322);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(321);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(349);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(145);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(164);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(177);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(161);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(133);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(329);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(132);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(175);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(134);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(317);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(144);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(168);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(356);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(356);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(167);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(176);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(165);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(317);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(144);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__m);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(177);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(177);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(135);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(135);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__m);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__n);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '_') ADVANCE(369);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(196);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(80);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(318);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(197);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(318);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__n);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__o);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__o);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(315);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__text_m_code);
      if (lookahead == '.') ADVANCE(304);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(309);
      if (lookahead == '$') ADVANCE(202);
      if (lookahead == '(') ADVANCE(258);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(253);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(243);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(249);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(253);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(254);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(381);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(54);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(255);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == ',') ADVANCE(255);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(257);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(285);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(274);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == ',') ADVANCE(255);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(257);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(258);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(262);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(267);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(279);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(288);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(255);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(274);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(276);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(268);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(292);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '<') ADVANCE(294);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(293);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '>') ADVANCE(296);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(59);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(294);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_message_text);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '.') ADVANCE(178);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '.') ADVANCE(178);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(304);
      if (lookahead == '1') ADVANCE(302);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(304);
      if (lookahead == '7' ||
          lookahead == '8') ADVANCE(252);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(304);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(303);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(304);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(14);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_numbered_parameter);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(306);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_named_parameter);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(294);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(293);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(296);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(59);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(56);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(306);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(aux_sym_binary_expression_token1);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(aux_sym_binary_expression_token2);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(aux_sym_binary_expression_token3);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(aux_sym_binary_expression_token4);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(aux_sym_binary_expression_token5);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(aux_sym_binary_expression_token6);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(aux_sym_binary_expression_token7);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(aux_sym_binary_expression_token8);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(aux_sym_binary_expression_token9);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '*') ADVANCE(327);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(aux_sym_binary_expression_token10);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(anon_sym_STAR_STAR);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_function_name);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_function_name);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(329);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym__atan);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_label_name);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(aux_sym_o_sub_token1);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(aux_sym_o_endsub_token1);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(aux_sym_o_call_token1);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(aux_sym_o_return_token1);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(aux_sym_o_if_token1);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(aux_sym_o_elseif_token1);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(aux_sym_o_else_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(118);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(113);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(aux_sym_o_endif_token1);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(aux_sym_o_while_token1);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(aux_sym_o_endwhile_token1);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(aux_sym_o_do_token1);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(aux_sym_o_repeat_token1);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(aux_sym_o_endrepeat_token1);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(aux_sym_o_break_token1);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(aux_sym_o_continue_token1);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token1);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token1);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token2);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(aux_sym_fanuc_goto_token1);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(aux_sym_fanuc_goto_token1);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token1);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token1);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token2);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token2);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(aux_sym_fanuc_end_token1);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(aux_sym_fanuc_end_token1);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token1);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token1);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token2);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token2);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token3);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token3);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token4);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token4);
      if (lookahead == '_') ADVANCE(369);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(79);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_print_format);
      if (lookahead == ']') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(60);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_extended_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(369);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_extended_parameter);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_extended_parameter);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(372);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_extended_parameter);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != ';') ADVANCE(372);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_grbl_name);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(375);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(380);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_message);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 180},
  [2] = {.lex_state = 180},
  [3] = {.lex_state = 180},
  [4] = {.lex_state = 180},
  [5] = {.lex_state = 180},
  [6] = {.lex_state = 180},
  [7] = {.lex_state = 180},
  [8] = {.lex_state = 180},
  [9] = {.lex_state = 180},
  [10] = {.lex_state = 180},
  [11] = {.lex_state = 181},
  [12] = {.lex_state = 181},
  [13] = {.lex_state = 181},
  [14] = {.lex_state = 181},
  [15] = {.lex_state = 180},
  [16] = {.lex_state = 181},
  [17] = {.lex_state = 180},
  [18] = {.lex_state = 181},
  [19] = {.lex_state = 181},
  [20] = {.lex_state = 181},
  [21] = {.lex_state = 181},
  [22] = {.lex_state = 182},
  [23] = {.lex_state = 182},
  [24] = {.lex_state = 180},
  [25] = {.lex_state = 180},
  [26] = {.lex_state = 180},
  [27] = {.lex_state = 180},
  [28] = {.lex_state = 180},
  [29] = {.lex_state = 180},
  [30] = {.lex_state = 180},
  [31] = {.lex_state = 180},
  [32] = {.lex_state = 180},
  [33] = {.lex_state = 180},
  [34] = {.lex_state = 180},
  [35] = {.lex_state = 180},
  [36] = {.lex_state = 180},
  [37] = {.lex_state = 180},
  [38] = {.lex_state = 180},
  [39] = {.lex_state = 180},
  [40] = {.lex_state = 180},
  [41] = {.lex_state = 180},
  [42] = {.lex_state = 180},
  [43] = {.lex_state = 180},
  [44] = {.lex_state = 180},
  [45] = {.lex_state = 180},
  [46] = {.lex_state = 180},
  [47] = {.lex_state = 180},
  [48] = {.lex_state = 180},
  [49] = {.lex_state = 180},
  [50] = {.lex_state = 180},
  [51] = {.lex_state = 180},
  [52] = {.lex_state = 180},
  [53] = {.lex_state = 180},
  [54] = {.lex_state = 180},
  [55] = {.lex_state = 180},
  [56] = {.lex_state = 180},
  [57] = {.lex_state = 180},
  [58] = {.lex_state = 180},
  [59] = {.lex_state = 180},
  [60] = {.lex_state = 180},
  [61] = {.lex_state = 180},
  [62] = {.lex_state = 180},
  [63] = {.lex_state = 180},
  [64] = {.lex_state = 180},
  [65] = {.lex_state = 180},
  [66] = {.lex_state = 180},
  [67] = {.lex_state = 180},
  [68] = {.lex_state = 180},
  [69] = {.lex_state = 180},
  [70] = {.lex_state = 180},
  [71] = {.lex_state = 180},
  [72] = {.lex_state = 180},
  [73] = {.lex_state = 180},
  [74] = {.lex_state = 180},
  [75] = {.lex_state = 180},
  [76] = {.lex_state = 180},
  [77] = {.lex_state = 180},
  [78] = {.lex_state = 180},
  [79] = {.lex_state = 180},
  [80] = {.lex_state = 180},
  [81] = {.lex_state = 180},
  [82] = {.lex_state = 180},
  [83] = {.lex_state = 180},
  [84] = {.lex_state = 180},
  [85] = {.lex_state = 180},
  [86] = {.lex_state = 180},
  [87] = {.lex_state = 180},
  [88] = {.lex_state = 183},
  [89] = {.lex_state = 183},
  [90] = {.lex_state = 183},
  [91] = {.lex_state = 183},
  [92] = {.lex_state = 183},
  [93] = {.lex_state = 183},
  [94] = {.lex_state = 183},
  [95] = {.lex_state = 183},
  [96] = {.lex_state = 183},
  [97] = {.lex_state = 183},
  [98] = {.lex_state = 183},
  [99] = {.lex_state = 183},
  [100] = {.lex_state = 184},
  [101] = {.lex_state = 185},
  [102] = {.lex_state = 182},
  [103] = {.lex_state = 182},
  [104] = {.lex_state = 182},
  [105] = {.lex_state = 182},
  [106] = {.lex_state = 186},
  [107] = {.lex_state = 182},
  [108] = {.lex_state = 187},
  [109] = {.lex_state = 187},
  [110] = {.lex_state = 187},
  [111] = {.lex_state = 187},
  [112] = {.lex_state = 187},
  [113] = {.lex_state = 187},
  [114] = {.lex_state = 187},
  [115] = {.lex_state = 187},
  [116] = {.lex_state = 187},
  [117] = {.lex_state = 182},
  [118] = {.lex_state = 187},
  [119] = {.lex_state = 187},
  [120] = {.lex_state = 182},
  [121] = {.lex_state = 182},
  [122] = {.lex_state = 187},
  [123] = {.lex_state = 187},
  [124] = {.lex_state = 187},
  [125] = {.lex_state = 182},
  [126] = {.lex_state = 188},
  [127] = {.lex_state = 188},
  [128] = {.lex_state = 188},
  [129] = {.lex_state = 188},
  [130] = {.lex_state = 188},
  [131] = {.lex_state = 188},
  [132] = {.lex_state = 187},
  [133] = {.lex_state = 188},
  [134] = {.lex_state = 188},
  [135] = {.lex_state = 188},
  [136] = {.lex_state = 188},
  [137] = {.lex_state = 188},
  [138] = {.lex_state = 188},
  [139] = {.lex_state = 188},
  [140] = {.lex_state = 188},
  [141] = {.lex_state = 188},
  [142] = {.lex_state = 188},
  [143] = {.lex_state = 188},
  [144] = {.lex_state = 188},
  [145] = {.lex_state = 188},
  [146] = {.lex_state = 188},
  [147] = {.lex_state = 187},
  [148] = {.lex_state = 187},
  [149] = {.lex_state = 187},
  [150] = {.lex_state = 188},
  [151] = {.lex_state = 188},
  [152] = {.lex_state = 188},
  [153] = {.lex_state = 188},
  [154] = {.lex_state = 188},
  [155] = {.lex_state = 188},
  [156] = {.lex_state = 188},
  [157] = {.lex_state = 188},
  [158] = {.lex_state = 188},
  [159] = {.lex_state = 188},
  [160] = {.lex_state = 188},
  [161] = {.lex_state = 188},
  [162] = {.lex_state = 188},
  [163] = {.lex_state = 188},
  [164] = {.lex_state = 187},
  [165] = {.lex_state = 187},
  [166] = {.lex_state = 188},
  [167] = {.lex_state = 188},
  [168] = {.lex_state = 188},
  [169] = {.lex_state = 188},
  [170] = {.lex_state = 188},
  [171] = {.lex_state = 188},
  [172] = {.lex_state = 188},
  [173] = {.lex_state = 188},
  [174] = {.lex_state = 188},
  [175] = {.lex_state = 188},
  [176] = {.lex_state = 188},
  [177] = {.lex_state = 182},
  [178] = {.lex_state = 188},
  [179] = {.lex_state = 187},
  [180] = {.lex_state = 188},
  [181] = {.lex_state = 188},
  [182] = {.lex_state = 188},
  [183] = {.lex_state = 188},
  [184] = {.lex_state = 188},
  [185] = {.lex_state = 188},
  [186] = {.lex_state = 188},
  [187] = {.lex_state = 188},
  [188] = {.lex_state = 188},
  [189] = {.lex_state = 188},
  [190] = {.lex_state = 188},
  [191] = {.lex_state = 182},
  [192] = {.lex_state = 182},
  [193] = {.lex_state = 182},
  [194] = {.lex_state = 182},
  [195] = {.lex_state = 188},
  [196] = {.lex_state = 188},
  [197] = {.lex_state = 188},
  [198] = {.lex_state = 188},
  [199] = {.lex_state = 188},
  [200] = {.lex_state = 188},
  [201] = {.lex_state = 188},
  [202] = {.lex_state = 188},
  [203] = {.lex_state = 188},
  [204] = {.lex_state = 188},
  [205] = {.lex_state = 188},
  [206] = {.lex_state = 188},
  [207] = {.lex_state = 188},
  [208] = {.lex_state = 188},
  [209] = {.lex_state = 182},
  [210] = {.lex_state = 182},
  [211] = {.lex_state = 188},
  [212] = {.lex_state = 188},
  [213] = {.lex_state = 188},
  [214] = {.lex_state = 188},
  [215] = {.lex_state = 188},
  [216] = {.lex_state = 188},
  [217] = {.lex_state = 188},
  [218] = {.lex_state = 188},
  [219] = {.lex_state = 188},
  [220] = {.lex_state = 188},
  [221] = {.lex_state = 188},
  [222] = {.lex_state = 188},
  [223] = {.lex_state = 188},
  [224] = {.lex_state = 188},
  [225] = {.lex_state = 188},
  [226] = {.lex_state = 188},
  [227] = {.lex_state = 188},
  [228] = {.lex_state = 185},
  [229] = {.lex_state = 188},
  [230] = {.lex_state = 185},
  [231] = {.lex_state = 185},
  [232] = {.lex_state = 185},
  [233] = {.lex_state = 185},
  [234] = {.lex_state = 185},
  [235] = {.lex_state = 185},
  [236] = {.lex_state = 185},
  [237] = {.lex_state = 185},
  [238] = {.lex_state = 185},
  [239] = {.lex_state = 185},
  [240] = {.lex_state = 185},
  [241] = {.lex_state = 185},
  [242] = {.lex_state = 185},
  [243] = {.lex_state = 185},
  [244] = {.lex_state = 185},
  [245] = {.lex_state = 185},
  [246] = {.lex_state = 185},
  [247] = {.lex_state = 185},
  [248] = {.lex_state = 185},
  [249] = {.lex_state = 185},
  [250] = {.lex_state = 185},
  [251] = {.lex_state = 185},
  [252] = {.lex_state = 185},
  [253] = {.lex_state = 189},
  [254] = {.lex_state = 189},
  [255] = {.lex_state = 188},
  [256] = {.lex_state = 187},
  [257] = {.lex_state = 187},
  [258] = {.lex_state = 185},
  [259] = {.lex_state = 188},
  [260] = {.lex_state = 188},
  [261] = {.lex_state = 188},
  [262] = {.lex_state = 188},
  [263] = {.lex_state = 188},
  [264] = {.lex_state = 188},
  [265] = {.lex_state = 188},
  [266] = {.lex_state = 188},
  [267] = {.lex_state = 188},
  [268] = {.lex_state = 188},
  [269] = {.lex_state = 188},
  [270] = {.lex_state = 188},
  [271] = {.lex_state = 188},
  [272] = {.lex_state = 188},
  [273] = {.lex_state = 180},
  [274] = {.lex_state = 180},
  [275] = {.lex_state = 180},
  [276] = {.lex_state = 0},
  [277] = {.lex_state = 188},
  [278] = {.lex_state = 180},
  [279] = {.lex_state = 0},
  [280] = {.lex_state = 180},
  [281] = {.lex_state = 0},
  [282] = {.lex_state = 190},
  [283] = {.lex_state = 190},
  [284] = {.lex_state = 0},
  [285] = {.lex_state = 180},
  [286] = {.lex_state = 190},
  [287] = {.lex_state = 191},
  [288] = {.lex_state = 180},
  [289] = {.lex_state = 180},
  [290] = {.lex_state = 190},
  [291] = {.lex_state = 180},
  [292] = {.lex_state = 180},
  [293] = {.lex_state = 180},
  [294] = {.lex_state = 180},
  [295] = {.lex_state = 180},
  [296] = {.lex_state = 180},
  [297] = {.lex_state = 180},
  [298] = {.lex_state = 180},
  [299] = {.lex_state = 180},
  [300] = {.lex_state = 180},
  [301] = {.lex_state = 180},
  [302] = {.lex_state = 180},
  [303] = {.lex_state = 180},
  [304] = {.lex_state = 180},
  [305] = {.lex_state = 180},
  [306] = {.lex_state = 180},
  [307] = {.lex_state = 180},
  [308] = {.lex_state = 180},
  [309] = {.lex_state = 180},
  [310] = {.lex_state = 180},
  [311] = {.lex_state = 180},
  [312] = {.lex_state = 180},
  [313] = {.lex_state = 180},
  [314] = {.lex_state = 180},
  [315] = {.lex_state = 180},
  [316] = {.lex_state = 180},
  [317] = {.lex_state = 180},
  [318] = {.lex_state = 182},
  [319] = {.lex_state = 180},
  [320] = {.lex_state = 180},
  [321] = {.lex_state = 180},
  [322] = {.lex_state = 180},
  [323] = {.lex_state = 180},
  [324] = {.lex_state = 180},
  [325] = {.lex_state = 180},
  [326] = {.lex_state = 180},
  [327] = {.lex_state = 0},
  [328] = {.lex_state = 0},
  [329] = {.lex_state = 0},
  [330] = {.lex_state = 0},
  [331] = {.lex_state = 0},
  [332] = {.lex_state = 0},
  [333] = {.lex_state = 0},
  [334] = {.lex_state = 0},
  [335] = {.lex_state = 0},
  [336] = {.lex_state = 0},
  [337] = {.lex_state = 0},
  [338] = {.lex_state = 0},
  [339] = {.lex_state = 180},
  [340] = {.lex_state = 0},
  [341] = {.lex_state = 180},
  [342] = {.lex_state = 0},
  [343] = {.lex_state = 0},
  [344] = {.lex_state = 0},
  [345] = {.lex_state = 0},
  [346] = {.lex_state = 0},
  [347] = {.lex_state = 0},
  [348] = {.lex_state = 0},
  [349] = {.lex_state = 0},
  [350] = {.lex_state = 0},
  [351] = {.lex_state = 0},
  [352] = {.lex_state = 0},
  [353] = {.lex_state = 0},
  [354] = {.lex_state = 0},
  [355] = {.lex_state = 0},
  [356] = {.lex_state = 0},
  [357] = {.lex_state = 0},
  [358] = {.lex_state = 0},
  [359] = {.lex_state = 0},
  [360] = {.lex_state = 0},
  [361] = {.lex_state = 0},
  [362] = {.lex_state = 0},
  [363] = {.lex_state = 0},
  [364] = {.lex_state = 0},
  [365] = {.lex_state = 0},
  [366] = {.lex_state = 0},
  [367] = {.lex_state = 180},
  [368] = {.lex_state = 0},
  [369] = {.lex_state = 0},
  [370] = {.lex_state = 0},
  [371] = {.lex_state = 0},
  [372] = {.lex_state = 0},
  [373] = {.lex_state = 0},
  [374] = {.lex_state = 0},
  [375] = {.lex_state = 0},
  [376] = {.lex_state = 0},
  [377] = {.lex_state = 0},
  [378] = {.lex_state = 0},
  [379] = {.lex_state = 0},
  [380] = {.lex_state = 0},
  [381] = {.lex_state = 0},
  [382] = {.lex_state = 0},
  [383] = {.lex_state = 0},
  [384] = {.lex_state = 0},
  [385] = {.lex_state = 0},
  [386] = {.lex_state = 0},
  [387] = {.lex_state = 0},
  [388] = {.lex_state = 0},
  [389] = {.lex_state = 0},
  [390] = {.lex_state = 0},
  [391] = {.lex_state = 0},
  [392] = {.lex_state = 0},
  [393] = {.lex_state = 0},
  [394] = {.lex_state = 0},
  [395] = {.lex_state = 0},
  [396] = {.lex_state = 0},
  [397] = {.lex_state = 0},
  [398] = {.lex_state = 0},
  [399] = {.lex_state = 0},
  [400] = {.lex_state = 0},
  [401] = {.lex_state = 0},
  [402] = {.lex_state = 0},
  [403] = {.lex_state = 180},
  [404] = {.lex_state = 0},
  [405] = {.lex_state = 0},
  [406] = {.lex_state = 0},
  [407] = {.lex_state = 0},
  [408] = {.lex_state = 0},
  [409] = {.lex_state = 0},
  [410] = {.lex_state = 0},
  [411] = {.lex_state = 0},
  [412] = {.lex_state = 0},
  [413] = {.lex_state = 0},
  [414] = {.lex_state = 0},
  [415] = {.lex_state = 180},
  [416] = {.lex_state = 0},
  [417] = {.lex_state = 0},
  [418] = {.lex_state = 0},
  [419] = {.lex_state = 0},
  [420] = {.lex_state = 0},
  [421] = {.lex_state = 0},
  [422] = {.lex_state = 0},
  [423] = {.lex_state = 0},
  [424] = {.lex_state = 0},
  [425] = {.lex_state = 180},
  [426] = {.lex_state = 0},
  [427] = {.lex_state = 0},
  [428] = {.lex_state = 0},
  [429] = {.lex_state = 0},
  [430] = {.lex_state = 180},
  [431] = {.lex_state = 0},
  [432] = {.lex_state = 0},
  [433] = {.lex_state = 0},
  [434] = {.lex_state = 0},
  [435] = {.lex_state = 0},
  [436] = {.lex_state = 0},
  [437] = {.lex_state = 0},
  [438] = {.lex_state = 0},
  [439] = {.lex_state = 0},
  [440] = {.lex_state = 0},
  [441] = {.lex_state = 180},
  [442] = {.lex_state = 0},
  [443] = {.lex_state = 0},
  [444] = {.lex_state = 181},
  [445] = {.lex_state = 0},
  [446] = {.lex_state = 0},
  [447] = {.lex_state = 0},
  [448] = {.lex_state = 0},
  [449] = {.lex_state = 0},
  [450] = {.lex_state = 0},
  [451] = {.lex_state = 0},
  [452] = {.lex_state = 0},
  [453] = {.lex_state = 0},
  [454] = {.lex_state = 0},
  [455] = {.lex_state = 0},
  [456] = {.lex_state = 0},
  [457] = {.lex_state = 0},
  [458] = {.lex_state = 0},
  [459] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym_line_number] = ACTIONS(1),
    [sym_checksum] = ACTIONS(1),
    [sym_percent] = ACTIONS(1),
    [anon_sym_DOLLAR] = ACTIONS(1),
    [sym__letter] = ACTIONS(1),
    [sym__m] = ACTIONS(1),
    [sym__n] = ACTIONS(1),
    [sym__o] = ACTIONS(1),
    [sym__text_m_code] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [anon_sym_PLUS] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym_numbered_parameter] = ACTIONS(1),
    [sym_named_parameter] = ACTIONS(1),
    [anon_sym_POUND] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [aux_sym_binary_expression_token1] = ACTIONS(1),
    [aux_sym_binary_expression_token2] = ACTIONS(1),
    [aux_sym_binary_expression_token3] = ACTIONS(1),
    [aux_sym_binary_expression_token4] = ACTIONS(1),
    [aux_sym_binary_expression_token5] = ACTIONS(1),
    [aux_sym_binary_expression_token6] = ACTIONS(1),
    [aux_sym_binary_expression_token7] = ACTIONS(1),
    [aux_sym_binary_expression_token8] = ACTIONS(1),
    [aux_sym_binary_expression_token9] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_SLASH] = ACTIONS(1),
    [aux_sym_binary_expression_token10] = ACTIONS(1),
    [anon_sym_STAR_STAR] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [sym_function_name] = ACTIONS(1),
    [sym__atan] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [sym_label_name] = ACTIONS(1),
    [aux_sym_fanuc_if_token1] = ACTIONS(1),
    [aux_sym_fanuc_goto_token1] = ACTIONS(1),
    [aux_sym_fanuc_while_token1] = ACTIONS(1),
    [aux_sym_fanuc_while_token2] = ACTIONS(1),
    [aux_sym_fanuc_end_token1] = ACTIONS(1),
    [aux_sym_fanuc_print_token1] = ACTIONS(1),
    [aux_sym_fanuc_print_token2] = ACTIONS(1),
    [aux_sym_fanuc_print_token3] = ACTIONS(1),
    [aux_sym_fanuc_print_token4] = ACTIONS(1),
    [anon_sym_QMARK] = ACTIONS(1),
    [anon_sym_TILDE] = ACTIONS(1),
    [anon_sym_BANG] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_message] = ACTIONS(5),
  },
  [1] = {
    [sym_source_file] = STATE(453),
    [sym_line] = STATE(2),
    [sym_word] = STATE(175),
    [sym__text_word] = STATE(124),
    [sym_indirect_parameter] = STATE(423),
    [sym_parameter_assignment] = STATE(175),
    [sym_program_number] = STATE(300),
    [sym__o_label] = STATE(210),
    [sym_o_sub] = STATE(300),
    [sym_o_endsub] = STATE(300),
    [sym_o_call] = STATE(300),
    [sym_o_return] = STATE(300),
    [sym_o_if] = STATE(300),
    [sym_o_elseif] = STATE(300),
    [sym_o_else] = STATE(300),
    [sym_o_endif] = STATE(300),
    [sym_o_while] = STATE(300),
    [sym_o_endwhile] = STATE(300),
    [sym_o_do] = STATE(300),
    [sym_o_repeat] = STATE(300),
    [sym_o_endrepeat] = STATE(300),
    [sym_o_break] = STATE(300),
    [sym_o_continue] = STATE(300),
    [sym_fanuc_if] = STATE(300),
    [sym_fanuc_goto] = STATE(300),
    [sym_fanuc_while] = STATE(300),
    [sym_fanuc_do] = STATE(300),
    [sym_fanuc_end] = STATE(300),
    [sym_fanuc_print] = STATE(300),
    [sym_extended_command] = STATE(300),
    [sym_grbl_command] = STATE(300),
    [sym_grbl_realtime] = STATE(300),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym__line_content_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(7),
    [sym__newline] = ACTIONS(9),
    [sym_block_delete] = ACTIONS(11),
    [sym_line_number] = ACTIONS(13),
    [sym_checksum] = ACTIONS(15),
    [sym_percent] = ACTIONS(17),
    [anon_sym_DOLLAR] = ACTIONS(19),
    [sym__letter] = ACTIONS(21),
    [sym__m] = ACTIONS(23),
    [sym__n] = ACTIONS(21),
    [sym__o] = ACTIONS(25),
    [sym_numbered_parameter] = ACTIONS(27),
    [sym_named_parameter] = ACTIONS(27),
    [anon_sym_POUND] = ACTIONS(29),
    [anon_sym_COLON] = ACTIONS(31),
    [aux_sym_fanuc_if_token1] = ACTIONS(33),
    [aux_sym_fanuc_goto_token1] = ACTIONS(35),
    [aux_sym_fanuc_while_token1] = ACTIONS(37),
    [aux_sym_fanuc_while_token2] = ACTIONS(39),
    [aux_sym_fanuc_end_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token1] = ACTIONS(43),
    [aux_sym_fanuc_print_token2] = ACTIONS(43),
    [aux_sym_fanuc_print_token3] = ACTIONS(45),
    [aux_sym_fanuc_print_token4] = ACTIONS(45),
    [sym_extended_name] = ACTIONS(47),
    [anon_sym_QMARK] = ACTIONS(49),
    [anon_sym_TILDE] = ACTIONS(49),
    [anon_sym_BANG] = ACTIONS(49),
    [sym_comment] = ACTIONS(51),
    [sym_message] = ACTIONS(53),
  },
  [2] = {
    [sym_line] = STATE(3),
    [sym_word] = STATE(173),
    [sym__text_word] = STATE(119),
    [sym_indirect_parameter] = STATE(423),
    [sym_parameter_assignment] = STATE(173),
    [sym_program_number] = STATE(299),
    [sym__o_label] = STATE(210),
    [sym_o_sub] = STATE(299),
    [sym_o_endsub] = STATE(299),
    [sym_o_call] = STATE(299),
    [sym_o_return] = STATE(299),
    [sym_o_if] = STATE(299),
    [sym_o_elseif] = STATE(299),
    [sym_o_else] = STATE(299),
    [sym_o_endif] = STATE(299),
    [sym_o_while] = STATE(299),
    [sym_o_endwhile] = STATE(299),
    [sym_o_do] = STATE(299),
    [sym_o_repeat] = STATE(299),
    [sym_o_endrepeat] = STATE(299),
    [sym_o_break] = STATE(299),
    [sym_o_continue] = STATE(299),
    [sym_fanuc_if] = STATE(299),
    [sym_fanuc_goto] = STATE(299),
    [sym_fanuc_while] = STATE(299),
    [sym_fanuc_do] = STATE(299),
    [sym_fanuc_end] = STATE(299),
    [sym_fanuc_print] = STATE(299),
    [sym_extended_command] = STATE(299),
    [sym_grbl_command] = STATE(299),
    [sym_grbl_realtime] = STATE(299),
    [aux_sym_source_file_repeat1] = STATE(3),
    [aux_sym__line_content_repeat1] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(55),
    [sym__newline] = ACTIONS(9),
    [sym_block_delete] = ACTIONS(57),
    [sym_line_number] = ACTIONS(59),
    [sym_checksum] = ACTIONS(61),
    [sym_percent] = ACTIONS(63),
    [anon_sym_DOLLAR] = ACTIONS(19),
    [sym__letter] = ACTIONS(21),
    [sym__m] = ACTIONS(23),
    [sym__n] = ACTIONS(21),
    [sym__o] = ACTIONS(25),
    [sym_numbered_parameter] = ACTIONS(27),
    [sym_named_parameter] = ACTIONS(27),
    [anon_sym_POUND] = ACTIONS(29),
    [anon_sym_COLON] = ACTIONS(31),
    [aux_sym_fanuc_if_token1] = ACTIONS(33),
    [aux_sym_fanuc_goto_token1] = ACTIONS(35),
    [aux_sym_fanuc_while_token1] = ACTIONS(37),
    [aux_sym_fanuc_while_token2] = ACTIONS(39),
    [aux_sym_fanuc_end_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token1] = ACTIONS(43),
    [aux_sym_fanuc_print_token2] = ACTIONS(43),
    [aux_sym_fanuc_print_token3] = ACTIONS(45),
    [aux_sym_fanuc_print_token4] = ACTIONS(45),
    [sym_extended_name] = ACTIONS(47),
    [anon_sym_QMARK] = ACTIONS(49),
    [anon_sym_TILDE] = ACTIONS(49),
    [anon_sym_BANG] = ACTIONS(49),
    [sym_comment] = ACTIONS(65),
    [sym_message] = ACTIONS(67),
  },
  [3] = {
    [sym_line] = STATE(3),
    [sym_word] = STATE(208),
    [sym__text_word] = STATE(132),
    [sym_indirect_parameter] = STATE(423),
    [sym_parameter_assignment] = STATE(208),
    [sym_program_number] = STATE(339),
    [sym__o_label] = STATE(210),
    [sym_o_sub] = STATE(339),
    [sym_o_endsub] = STATE(339),
    [sym_o_call] = STATE(339),
    [sym_o_return] = STATE(339),
    [sym_o_if] = STATE(339),
    [sym_o_elseif] = STATE(339),
    [sym_o_else] = STATE(339),
    [sym_o_endif] = STATE(339),
    [sym_o_while] = STATE(339),
    [sym_o_endwhile] = STATE(339),
    [sym_o_do] = STATE(339),
    [sym_o_repeat] = STATE(339),
    [sym_o_endrepeat] = STATE(339),
    [sym_o_break] = STATE(339),
    [sym_o_continue] = STATE(339),
    [sym_fanuc_if] = STATE(339),
    [sym_fanuc_goto] = STATE(339),
    [sym_fanuc_while] = STATE(339),
    [sym_fanuc_do] = STATE(339),
    [sym_fanuc_end] = STATE(339),
    [sym_fanuc_print] = STATE(339),
    [sym_extended_command] = STATE(339),
    [sym_grbl_command] = STATE(339),
    [sym_grbl_realtime] = STATE(339),
    [aux_sym_source_file_repeat1] = STATE(3),
    [aux_sym__line_content_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(69),
    [sym__newline] = ACTIONS(71),
    [sym_block_delete] = ACTIONS(74),
    [sym_line_number] = ACTIONS(77),
    [sym_checksum] = ACTIONS(80),
    [sym_percent] = ACTIONS(83),
    [anon_sym_DOLLAR] = ACTIONS(86),
    [sym__letter] = ACTIONS(89),
    [sym__m] = ACTIONS(92),
    [sym__n] = ACTIONS(89),
    [sym__o] = ACTIONS(95),
    [sym_numbered_parameter] = ACTIONS(98),
    [sym_named_parameter] = ACTIONS(98),
    [anon_sym_POUND] = ACTIONS(101),
    [anon_sym_COLON] = ACTIONS(104),
    [aux_sym_fanuc_if_token1] = ACTIONS(107),
    [aux_sym_fanuc_goto_token1] = ACTIONS(110),
    [aux_sym_fanuc_while_token1] = ACTIONS(113),
    [aux_sym_fanuc_while_token2] = ACTIONS(116),
    [aux_sym_fanuc_end_token1] = ACTIONS(119),
    [aux_sym_fanuc_print_token1] = ACTIONS(122),
    [aux_sym_fanuc_print_token2] = ACTIONS(122),
    [aux_sym_fanuc_print_token3] = ACTIONS(125),
    [aux_sym_fanuc_print_token4] = ACTIONS(125),
    [sym_extended_name] = ACTIONS(128),
    [anon_sym_QMARK] = ACTIONS(131),
    [anon_sym_TILDE] = ACTIONS(131),
    [anon_sym_BANG] = ACTIONS(131),
    [sym_comment] = ACTIONS(134),
    [sym_message] = ACTIONS(137),
  },
  [4] = {
    [sym_word] = STATE(128),
    [sym__text_word] = STATE(123),
    [sym_indirect_parameter] = STATE(423),
    [sym_parameter_assignment] = STATE(128),
    [sym_program_number] = STATE(320),
    [sym__o_label] = STATE(210),
    [sym_o_sub] = STATE(320),
    [sym_o_endsub] = STATE(320),
    [sym_o_call] = STATE(320),
    [sym_o_return] = STATE(320),
    [sym_o_if] = STATE(320),
    [sym_o_elseif] = STATE(320),
    [sym_o_else] = STATE(320),
    [sym_o_endif] = STATE(320),
    [sym_o_while] = STATE(320),
    [sym_o_endwhile] = STATE(320),
    [sym_o_do] = STATE(320),
    [sym_o_repeat] = STATE(320),
    [sym_o_endrepeat] = STATE(320),
    [sym_o_break] = STATE(320),
    [sym_o_continue] = STATE(320),
    [sym_fanuc_if] = STATE(320),
    [sym_fanuc_goto] = STATE(320),
    [sym_fanuc_while] = STATE(320),
    [sym_fanuc_do] = STATE(320),
    [sym_fanuc_end] = STATE(320),
    [sym_fanuc_print] = STATE(320),
    [sym_extended_command] = STATE(320),
    [sym_grbl_command] = STATE(320),
    [sym_grbl_realtime] = STATE(320),
    [aux_sym__line_content_repeat1] = STATE(24),
    [ts_builtin_sym_end] = ACTIONS(140),
    [sym__newline] = ACTIONS(142),
    [sym_block_delete] = ACTIONS(144),
    [sym_line_number] = ACTIONS(146),
    [sym_checksum] = ACTIONS(148),
    [sym_percent] = ACTIONS(150),
    [anon_sym_DOLLAR] = ACTIONS(19),
    [sym__letter] = ACTIONS(21),
    [sym__m] = ACTIONS(23),
    [sym__n] = ACTIONS(21),
    [sym__o] = ACTIONS(25),
    [sym_numbered_parameter] = ACTIONS(27),
    [sym_named_parameter] = ACTIONS(27),
    [anon_sym_POUND] = ACTIONS(29),
    [anon_sym_COLON] = ACTIONS(31),
    [aux_sym_fanuc_if_token1] = ACTIONS(33),
    [aux_sym_fanuc_goto_token1] = ACTIONS(35),
    [aux_sym_fanuc_while_token1] = ACTIONS(37),
    [aux_sym_fanuc_while_token2] = ACTIONS(39),
    [aux_sym_fanuc_end_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token1] = ACTIONS(43),
    [aux_sym_fanuc_print_token2] = ACTIONS(43),
    [aux_sym_fanuc_print_token3] = ACTIONS(45),
    [aux_sym_fanuc_print_token4] = ACTIONS(45),
    [sym_extended_name] = ACTIONS(47),
    [anon_sym_QMARK] = ACTIONS(49),
    [anon_sym_TILDE] = ACTIONS(49),
    [anon_sym_BANG] = ACTIONS(49),
    [sym_comment] = ACTIONS(152),
    [sym_message] = ACTIONS(154),
  },
  [5] = {
    [sym_word] = STATE(127),
    [sym__text_word] = STATE(110),
    [sym_indirect_parameter] = STATE(423),
    [sym_parameter_assignment] = STATE(127),
    [sym_program_number] = STATE(292),
    [sym__o_label] = STATE(210),
    [sym_o_sub] = STATE(292),
    [sym_o_endsub] = STATE(292),
    [sym_o_call] = STATE(292),
    [sym_o_return] = STATE(292),
    [sym_o_if] = STATE(292),
    [sym_o_elseif] = STATE(292),
    [sym_o_else] = STATE(292),
    [sym_o_endif] = STATE(292),
    [sym_o_while] = STATE(292),
    [sym_o_endwhile] = STATE(292),
    [sym_o_do] = STATE(292),
    [sym_o_repeat] = STATE(292),
    [sym_o_endrepeat] = STATE(292),
    [sym_o_break] = STATE(292),
    [sym_o_continue] = STATE(292),
    [sym_fanuc_if] = STATE(292),
    [sym_fanuc_goto] = STATE(292),
    [sym_fanuc_while] = STATE(292),
    [sym_fanuc_do] = STATE(292),
    [sym_fanuc_end] = STATE(292),
    [sym_fanuc_print] = STATE(292),
    [sym_extended_command] = STATE(292),
    [sym_grbl_command] = STATE(292),
    [sym_grbl_realtime] = STATE(292),
    [aux_sym__line_content_repeat1] = STATE(24),
    [ts_builtin_sym_end] = ACTIONS(156),
    [sym__newline] = ACTIONS(142),
    [sym_block_delete] = ACTIONS(158),
    [sym_line_number] = ACTIONS(160),
    [sym_checksum] = ACTIONS(162),
    [sym_percent] = ACTIONS(164),
    [anon_sym_DOLLAR] = ACTIONS(19),
    [sym__letter] = ACTIONS(21),
    [sym__m] = ACTIONS(23),
    [sym__n] = ACTIONS(21),
    [sym__o] = ACTIONS(25),
    [sym_numbered_parameter] = ACTIONS(27),
    [sym_named_parameter] = ACTIONS(27),
    [anon_sym_POUND] = ACTIONS(29),
    [anon_sym_COLON] = ACTIONS(31),
    [aux_sym_fanuc_if_token1] = ACTIONS(33),
    [aux_sym_fanuc_goto_token1] = ACTIONS(35),
    [aux_sym_fanuc_while_token1] = ACTIONS(37),
    [aux_sym_fanuc_while_token2] = ACTIONS(39),
    [aux_sym_fanuc_end_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token1] = ACTIONS(43),
    [aux_sym_fanuc_print_token2] = ACTIONS(43),
    [aux_sym_fanuc_print_token3] = ACTIONS(45),
    [aux_sym_fanuc_print_token4] = ACTIONS(45),
    [sym_extended_name] = ACTIONS(47),
    [anon_sym_QMARK] = ACTIONS(49),
    [anon_sym_TILDE] = ACTIONS(49),
    [anon_sym_BANG] = ACTIONS(49),
    [sym_comment] = ACTIONS(152),
    [sym_message] = ACTIONS(154),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 29,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(152), 1,
      sym_comment,
    ACTIONS(154), 1,
      sym_message,
    ACTIONS(166), 1,
      sym_block_delete,
    ACTIONS(168), 1,
      sym_line_number,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(172), 1,
      sym_percent,
    STATE(24), 1,
      aux_sym__line_content_repeat1,
    STATE(149), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(207), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(403), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [119] = 28,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(146), 1,
      sym_line_number,
    ACTIONS(148), 1,
      sym_checksum,
    ACTIONS(150), 1,
      sym_percent,
    STATE(122), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(128), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(320), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [235] = 28,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
    ACTIONS(160), 1,
      sym_line_number,
    ACTIONS(162), 1,
      sym_checksum,
    ACTIONS(164), 1,
      sym_percent,
    STATE(112), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(127), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(292), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [351] = 28,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(178), 1,
      sym_line_number,
    ACTIONS(180), 1,
      sym_checksum,
    ACTIONS(182), 1,
      sym_percent,
    STATE(115), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(176), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(316), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [467] = 28,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(186), 1,
      sym_line_number,
    ACTIONS(188), 1,
      sym_checksum,
    ACTIONS(190), 1,
      sym_percent,
    STATE(108), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(140), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(310), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [583] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(148), 1,
      sym_checksum,
    ACTIONS(150), 1,
      sym_percent,
    STATE(111), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(128), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(320), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [696] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(180), 1,
      sym_checksum,
    ACTIONS(182), 1,
      sym_percent,
    STATE(114), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(176), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(316), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [809] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
    ACTIONS(162), 1,
      sym_checksum,
    ACTIONS(164), 1,
      sym_percent,
    STATE(116), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(127), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(292), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [922] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(188), 1,
      sym_checksum,
    ACTIONS(190), 1,
      sym_percent,
    STATE(118), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(140), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(310), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1035] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(168), 1,
      sym_line_number,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(172), 1,
      sym_percent,
    STATE(147), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(207), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(403), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1148] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(196), 1,
      sym_checksum,
    ACTIONS(198), 1,
      sym_percent,
    STATE(113), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(166), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(314), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1261] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(200), 1,
      sym_line_number,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(204), 1,
      sym_percent,
    STATE(165), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(211), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(367), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1374] = 27,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(206), 1,
      ts_builtin_sym_end,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(210), 1,
      sym_percent,
    STATE(109), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(152), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(304), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1487] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(172), 1,
      sym_percent,
    STATE(148), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(207), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(403), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1597] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(212), 1,
      sym_checksum,
    ACTIONS(214), 1,
      sym_percent,
    STATE(179), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(200), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(341), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1707] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      anon_sym_DOLLAR,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(25), 1,
      sym__o,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(31), 1,
      anon_sym_COLON,
    ACTIONS(33), 1,
      aux_sym_fanuc_if_token1,
    ACTIONS(35), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_while_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_while_token2,
    ACTIONS(41), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(47), 1,
      sym_extended_name,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(204), 1,
      sym_percent,
    STATE(164), 1,
      sym__text_word,
    STATE(210), 1,
      sym__o_label,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(45), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(211), 2,
      sym_word,
      sym_parameter_assignment,
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(367), 25,
      sym_program_number,
      sym_o_sub,
      sym_o_endsub,
      sym_o_call,
      sym_o_return,
      sym_o_if,
      sym_o_elseif,
      sym_o_else,
      sym_o_endif,
      sym_o_while,
      sym_o_endwhile,
      sym_o_do,
      sym_o_repeat,
      sym_o_endrepeat,
      sym_o_break,
      sym_o_continue,
      sym_fanuc_if,
      sym_fanuc_goto,
      sym_fanuc_while,
      sym_fanuc_do,
      sym_fanuc_end,
      sym_fanuc_print,
      sym_extended_command,
      sym_grbl_command,
      sym_grbl_realtime,
  [1817] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(218), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(216), 34,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DASH,
      anon_sym_PLUS,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
      aux_sym_o_sub_token1,
      aux_sym_o_endsub_token1,
      aux_sym_o_call_token1,
      aux_sym_o_return_token1,
      aux_sym_o_if_token1,
      aux_sym_o_elseif_token1,
      aux_sym_o_endif_token1,
      aux_sym_o_while_token1,
      aux_sym_o_endwhile_token1,
      aux_sym_o_do_token1,
      aux_sym_o_repeat_token1,
      aux_sym_o_endrepeat_token1,
      aux_sym_o_break_token1,
      aux_sym_o_continue_token1,
      aux_sym_fanuc_if_token2,
      aux_sym_fanuc_goto_token1,
  [1865] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(222), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(220), 32,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DASH,
      anon_sym_PLUS,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
      aux_sym_o_sub_token1,
      aux_sym_o_endsub_token1,
      aux_sym_o_call_token1,
      aux_sym_o_return_token1,
      aux_sym_o_if_token1,
      aux_sym_o_elseif_token1,
      aux_sym_o_endif_token1,
      aux_sym_o_while_token1,
      aux_sym_o_endwhile_token1,
      aux_sym_o_do_token1,
      aux_sym_o_repeat_token1,
      aux_sym_o_endrepeat_token1,
      aux_sym_o_break_token1,
      aux_sym_o_continue_token1,
  [1911] = 5,
    ACTIONS(228), 1,
      sym_comment,
    ACTIONS(231), 1,
      sym_message,
    STATE(24), 1,
      aux_sym__line_content_repeat1,
    ACTIONS(224), 13,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    ACTIONS(226), 15,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
  [1953] = 2,
    ACTIONS(234), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(236), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [1988] = 2,
    ACTIONS(238), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(240), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2023] = 2,
    ACTIONS(238), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(240), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2058] = 2,
    ACTIONS(238), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(240), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2093] = 2,
    ACTIONS(242), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(244), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2128] = 2,
    ACTIONS(246), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(248), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2163] = 2,
    ACTIONS(250), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(252), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2198] = 2,
    ACTIONS(254), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(256), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2233] = 2,
    ACTIONS(258), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(260), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2268] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2303] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2338] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2373] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2408] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2443] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2478] = 2,
    ACTIONS(266), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(268), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2513] = 2,
    ACTIONS(266), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(268), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2548] = 2,
    ACTIONS(266), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(268), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2583] = 2,
    ACTIONS(258), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(260), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2618] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2653] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2688] = 2,
    ACTIONS(262), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(264), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2723] = 2,
    ACTIONS(270), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(272), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2758] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2793] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2828] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2863] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2898] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2933] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [2968] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3003] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3038] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3073] = 2,
    ACTIONS(282), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(284), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3108] = 2,
    ACTIONS(286), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(288), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3143] = 2,
    ACTIONS(290), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(292), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3178] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3213] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3248] = 2,
    ACTIONS(274), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(276), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3283] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3318] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3353] = 2,
    ACTIONS(278), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(280), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3388] = 2,
    ACTIONS(294), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(296), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3423] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3458] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3493] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3528] = 2,
    ACTIONS(302), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(304), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3563] = 2,
    ACTIONS(302), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(304), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3598] = 2,
    ACTIONS(306), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(308), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3633] = 2,
    ACTIONS(306), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(308), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3668] = 2,
    ACTIONS(306), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(308), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3703] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3738] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3773] = 2,
    ACTIONS(298), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(300), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3808] = 2,
    ACTIONS(302), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(304), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3843] = 2,
    ACTIONS(310), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(312), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3878] = 2,
    ACTIONS(314), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(316), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3913] = 2,
    ACTIONS(314), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(316), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3948] = 2,
    ACTIONS(314), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(316), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [3983] = 2,
    ACTIONS(310), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(312), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [4018] = 2,
    ACTIONS(318), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(320), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [4053] = 2,
    ACTIONS(250), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(252), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [4088] = 2,
    ACTIONS(250), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(252), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [4123] = 2,
    ACTIONS(322), 14,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_checksum,
      sym_percent,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      sym_extended_name,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
      sym_message,
    ACTIONS(324), 16,
      sym_line_number,
      sym__letter,
      sym__m,
      sym__n,
      sym__o,
      anon_sym_POUND,
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_while_token1,
      aux_sym_fanuc_while_token2,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      sym_comment,
  [4158] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(328), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(326), 21,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
  [4196] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(332), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(330), 21,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
  [4234] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(334), 21,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
  [4272] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(340), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(338), 21,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
  [4310] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(344), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(342), 21,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
      anon_sym_COMMA,
  [4348] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(222), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(220), 19,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
  [4384] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(356), 1,
      anon_sym_STAR,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(350), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(358), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(352), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(346), 5,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(348), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(354), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4432] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(356), 1,
      anon_sym_STAR,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(350), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(358), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(336), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(334), 14,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4476] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(356), 1,
      anon_sym_STAR,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(358), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(336), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(334), 16,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4518] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(356), 1,
      anon_sym_STAR,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(350), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(358), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(336), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(354), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(334), 8,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
  [4564] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(218), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(216), 19,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_STAR_STAR,
  [4600] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(336), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(334), 18,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      anon_sym_DASH,
      anon_sym_PLUS,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
  [4638] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      sym__text_m_code,
    ACTIONS(370), 1,
      sym_number,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    ACTIONS(376), 1,
      sym_function_name,
    ACTIONS(378), 1,
      sym__atan,
    STATE(266), 1,
      sym__signed_value,
    ACTIONS(364), 2,
      sym__letter,
      sym__m,
    ACTIONS(368), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(372), 3,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(261), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(362), 5,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__n,
  [4691] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    ACTIONS(376), 1,
      sym_function_name,
    ACTIONS(378), 1,
      sym__atan,
    STATE(263), 1,
      sym__signed_value,
    ACTIONS(364), 2,
      sym__letter,
      sym__m,
    ACTIONS(368), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(261), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(372), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(362), 5,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__n,
  [4739] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 1,
      sym_checksum,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(334), 15,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DASH,
      anon_sym_PLUS,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_COMMA,
  [4776] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(336), 2,
      sym_checksum,
      anon_sym_STAR,
    ACTIONS(334), 17,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DASH,
      anon_sym_PLUS,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
      anon_sym_COMMA,
  [4809] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 1,
      sym_checksum,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(334), 7,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      anon_sym_COMMA,
  [4850] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 1,
      sym_checksum,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(334), 13,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
      anon_sym_COMMA,
  [4889] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(394), 1,
      aux_sym_o_else_token1,
    ACTIONS(390), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(392), 14,
      aux_sym_o_sub_token1,
      aux_sym_o_endsub_token1,
      aux_sym_o_call_token1,
      aux_sym_o_return_token1,
      aux_sym_o_if_token1,
      aux_sym_o_elseif_token1,
      aux_sym_o_endif_token1,
      aux_sym_o_while_token1,
      aux_sym_o_endwhile_token1,
      aux_sym_o_do_token1,
      aux_sym_o_repeat_token1,
      aux_sym_o_endrepeat_token1,
      aux_sym_o_break_token1,
      aux_sym_o_continue_token1,
  [4920] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(348), 1,
      sym_checksum,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(346), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4961] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      ts_builtin_sym_end,
    ACTIONS(400), 1,
      sym__newline,
    ACTIONS(402), 1,
      sym_checksum,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(406), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(168), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5009] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(410), 1,
      ts_builtin_sym_end,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(414), 1,
      sym_checksum,
    ACTIONS(416), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(172), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5057] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(418), 1,
      ts_builtin_sym_end,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(422), 1,
      sym_checksum,
    ACTIONS(424), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(151), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5105] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(430), 1,
      sym_checksum,
    ACTIONS(432), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(190), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5153] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(418), 1,
      ts_builtin_sym_end,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(436), 1,
      sym_checksum,
    ACTIONS(438), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(143), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5201] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(440), 1,
      ts_builtin_sym_end,
    ACTIONS(442), 1,
      sym_checksum,
    ACTIONS(444), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(182), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5249] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(446), 1,
      ts_builtin_sym_end,
    ACTIONS(448), 1,
      sym__newline,
    ACTIONS(450), 1,
      sym_checksum,
    ACTIONS(452), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(137), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5297] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(400), 1,
      sym__newline,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(446), 1,
      ts_builtin_sym_end,
    ACTIONS(454), 1,
      sym_checksum,
    ACTIONS(456), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(155), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5345] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(418), 1,
      ts_builtin_sym_end,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(458), 1,
      sym_checksum,
    ACTIONS(460), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(145), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5393] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(462), 1,
      anon_sym_RBRACK,
    ACTIONS(464), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5433] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      ts_builtin_sym_end,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(448), 1,
      sym__newline,
    ACTIONS(466), 1,
      sym_checksum,
    ACTIONS(468), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(162), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5481] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(470), 1,
      ts_builtin_sym_end,
    ACTIONS(472), 1,
      sym__newline,
    ACTIONS(474), 1,
      sym_checksum,
    ACTIONS(476), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(131), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5529] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(478), 1,
      anon_sym_RBRACK,
    ACTIONS(480), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5569] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(480), 1,
      anon_sym_COMMA,
    ACTIONS(482), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5609] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(484), 1,
      sym_checksum,
    ACTIONS(486), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(187), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5657] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      sym_checksum,
    ACTIONS(490), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(134), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5705] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(472), 1,
      sym__newline,
    ACTIONS(492), 1,
      ts_builtin_sym_end,
    ACTIONS(494), 1,
      sym_checksum,
    ACTIONS(496), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(158), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5753] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(462), 1,
      anon_sym_RBRACK,
    ACTIONS(480), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5793] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(500), 1,
      sym__newline,
    ACTIONS(502), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5840] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(188), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(141), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5887] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(180), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(184), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5934] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(188), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5981] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(514), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6028] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(516), 1,
      ts_builtin_sym_end,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(520), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6075] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(472), 1,
      sym__newline,
    ACTIONS(522), 1,
      sym_checksum,
    ACTIONS(524), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(206), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6120] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(528), 1,
      sym__newline,
    ACTIONS(530), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(156), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6167] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(532), 1,
      sym__newline,
    ACTIONS(534), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6214] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(536), 1,
      ts_builtin_sym_end,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(540), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6261] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(546), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(159), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6308] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(550), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6355] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(500), 1,
      sym__newline,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(554), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6402] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(556), 1,
      sym__newline,
    ACTIONS(558), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6449] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(196), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(160), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6496] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(196), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6543] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(562), 1,
      sym__newline,
    ACTIONS(564), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(126), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6590] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(566), 1,
      sym__newline,
    ACTIONS(568), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6637] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(570), 1,
      sym__newline,
    ACTIONS(572), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(163), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6684] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(574), 1,
      sym__newline,
    ACTIONS(576), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6731] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(580), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6778] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(582), 1,
      sym_checksum,
    ACTIONS(584), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(220), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6823] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(586), 1,
      sym_checksum,
    ACTIONS(588), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(223), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6868] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(590), 1,
      sym_checksum,
    ACTIONS(592), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(205), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6913] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(528), 1,
      sym__newline,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(594), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(169), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6960] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(532), 1,
      sym__newline,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(596), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7007] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(536), 1,
      ts_builtin_sym_end,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(540), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(170), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7054] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(180), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7101] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(598), 1,
      sym__newline,
    ACTIONS(600), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(174), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7148] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(602), 1,
      sym__newline,
    ACTIONS(604), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7195] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(606), 1,
      sym__newline,
    ACTIONS(608), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7242] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(610), 1,
      ts_builtin_sym_end,
    ACTIONS(612), 1,
      sym__newline,
    ACTIONS(614), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(130), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7289] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(610), 1,
      ts_builtin_sym_end,
    ACTIONS(616), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7336] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(620), 1,
      sym__newline,
    ACTIONS(622), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7383] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(624), 1,
      ts_builtin_sym_end,
    ACTIONS(626), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7430] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(630), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(178), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7477] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(632), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7524] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(556), 1,
      sym__newline,
    ACTIONS(634), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7571] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(448), 1,
      sym__newline,
    ACTIONS(636), 1,
      sym_checksum,
    ACTIONS(638), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(197), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7616] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(400), 1,
      sym__newline,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(640), 1,
      sym_checksum,
    ACTIONS(642), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(203), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7661] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(624), 1,
      ts_builtin_sym_end,
    ACTIONS(626), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(180), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7708] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(598), 1,
      sym__newline,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(644), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(183), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7755] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(602), 1,
      sym__newline,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(646), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7802] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(606), 1,
      sym__newline,
    ACTIONS(648), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7849] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(650), 1,
      ts_builtin_sym_end,
    ACTIONS(652), 1,
      sym__newline,
    ACTIONS(654), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7896] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(656), 1,
      ts_builtin_sym_end,
    ACTIONS(658), 1,
      sym__newline,
    ACTIONS(660), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(185), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7943] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(656), 1,
      ts_builtin_sym_end,
    ACTIONS(662), 1,
      sym__newline,
    ACTIONS(664), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7990] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
    ACTIONS(162), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(129), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8037] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(666), 1,
      sym__newline,
    ACTIONS(668), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8084] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(148), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(153), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8131] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(206), 1,
      ts_builtin_sym_end,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(135), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8178] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(670), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8215] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(620), 1,
      sym__newline,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(674), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8262] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(404), 1,
      anon_sym_DOLLAR,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(676), 1,
      sym_checksum,
    ACTIONS(678), 1,
      sym_message_text,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(408), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(218), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8307] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(652), 1,
      sym__newline,
    ACTIONS(680), 1,
      ts_builtin_sym_end,
    ACTIONS(682), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8354] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(658), 1,
      sym__newline,
    ACTIONS(684), 1,
      ts_builtin_sym_end,
    ACTIONS(686), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(189), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8401] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(662), 1,
      sym__newline,
    ACTIONS(684), 1,
      ts_builtin_sym_end,
    ACTIONS(688), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8448] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(666), 1,
      sym__newline,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(690), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8495] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(206), 1,
      ts_builtin_sym_end,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8542] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(692), 1,
      ts_builtin_sym_end,
    ACTIONS(694), 1,
      sym__newline,
    ACTIONS(696), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8589] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(562), 1,
      sym__newline,
    ACTIONS(698), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(138), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8636] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(566), 1,
      sym__newline,
    ACTIONS(700), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8683] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(570), 1,
      sym__newline,
    ACTIONS(702), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(139), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8730] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(694), 1,
      sym__newline,
    ACTIONS(704), 1,
      ts_builtin_sym_end,
    ACTIONS(706), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8777] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(574), 1,
      sym__newline,
    ACTIONS(708), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8824] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(462), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8861] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(478), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8898] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(710), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8935] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(380), 1,
      anon_sym_STAR,
    ACTIONS(384), 1,
      anon_sym_STAR_STAR,
    ACTIONS(482), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(386), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(388), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8972] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(714), 1,
      anon_sym_DOLLAR,
    ACTIONS(720), 1,
      sym__m,
    ACTIONS(726), 1,
      anon_sym_POUND,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(717), 2,
      sym__letter,
      sym__n,
    ACTIONS(723), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(712), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9015] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(516), 1,
      ts_builtin_sym_end,
    ACTIONS(612), 1,
      sym__newline,
    ACTIONS(729), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(146), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9062] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(731), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9106] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(500), 1,
      sym__newline,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(733), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9150] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(556), 1,
      sym__newline,
    ACTIONS(735), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9194] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(737), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(216), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9238] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(528), 1,
      sym__newline,
    ACTIONS(739), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(204), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9282] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(598), 1,
      sym__newline,
    ACTIONS(741), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(219), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9326] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(602), 1,
      sym__newline,
    ACTIONS(743), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9370] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(606), 1,
      sym__newline,
    ACTIONS(745), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9414] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(532), 1,
      sym__newline,
    ACTIONS(747), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9458] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(749), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9502] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(213), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9546] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(212), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9590] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(394), 1,
      aux_sym_o_else_token1,
    ACTIONS(392), 14,
      aux_sym_o_sub_token1,
      aux_sym_o_endsub_token1,
      aux_sym_o_call_token1,
      aux_sym_o_return_token1,
      aux_sym_o_if_token1,
      aux_sym_o_elseif_token1,
      aux_sym_o_endif_token1,
      aux_sym_o_while_token1,
      aux_sym_o_endwhile_token1,
      aux_sym_o_do_token1,
      aux_sym_o_repeat_token1,
      aux_sym_o_endrepeat_token1,
      aux_sym_o_break_token1,
      aux_sym_o_continue_token1,
  [9616] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(751), 1,
      aux_sym_o_sub_token1,
    ACTIONS(753), 1,
      aux_sym_o_endsub_token1,
    ACTIONS(755), 1,
      aux_sym_o_call_token1,
    ACTIONS(757), 1,
      aux_sym_o_return_token1,
    ACTIONS(759), 1,
      aux_sym_o_if_token1,
    ACTIONS(761), 1,
      aux_sym_o_elseif_token1,
    ACTIONS(763), 1,
      aux_sym_o_else_token1,
    ACTIONS(765), 1,
      aux_sym_o_endif_token1,
    ACTIONS(767), 1,
      aux_sym_o_while_token1,
    ACTIONS(769), 1,
      aux_sym_o_endwhile_token1,
    ACTIONS(771), 1,
      aux_sym_o_do_token1,
    ACTIONS(773), 1,
      aux_sym_o_repeat_token1,
    ACTIONS(775), 1,
      aux_sym_o_endrepeat_token1,
    ACTIONS(777), 1,
      aux_sym_o_break_token1,
    ACTIONS(779), 1,
      aux_sym_o_continue_token1,
  [9668] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(212), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(226), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9712] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9756] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(212), 1,
      sym_checksum,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9800] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(562), 1,
      sym__newline,
    ACTIONS(781), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(198), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9844] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(620), 1,
      sym__newline,
    ACTIONS(783), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9888] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(652), 1,
      sym__newline,
    ACTIONS(785), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9932] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(658), 1,
      sym__newline,
    ACTIONS(787), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(222), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9976] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(662), 1,
      sym__newline,
    ACTIONS(789), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10020] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(666), 1,
      sym__newline,
    ACTIONS(791), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10064] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(566), 1,
      sym__newline,
    ACTIONS(793), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10108] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(570), 1,
      sym__newline,
    ACTIONS(795), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(199), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10152] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(694), 1,
      sym__newline,
    ACTIONS(797), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10196] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(574), 1,
      sym__newline,
    ACTIONS(799), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10240] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(801), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10284] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(612), 1,
      sym__newline,
    ACTIONS(803), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(224), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10328] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(737), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10372] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(504), 1,
      anon_sym_DOLLAR,
    ACTIONS(508), 1,
      sym__m,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(805), 1,
      sym_checksum,
    STATE(257), 1,
      sym__text_word,
    STATE(265), 1,
      sym__spindle_word,
    STATE(423), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(506), 2,
      sym__letter,
      sym__n,
    STATE(215), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10416] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(809), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(96), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10451] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(218), 2,
      sym__letter,
      anon_sym_POUND,
    ACTIONS(216), 12,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_SLASH,
      aux_sym_fanuc_while_token2,
  [10476] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(821), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(104), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10511] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(831), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(105), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10546] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(833), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(103), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10581] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(835), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(90), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10616] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(837), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(191), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10651] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    ACTIONS(376), 1,
      sym_function_name,
    ACTIONS(378), 1,
      sym__atan,
    STATE(268), 1,
      sym__signed_value,
    ACTIONS(368), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(267), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(839), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
  [10688] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(841), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(94), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10723] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(843), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(88), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10758] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(845), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(117), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10793] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(847), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(177), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10828] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(849), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(120), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10863] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(851), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(121), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10898] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(853), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(192), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10933] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(855), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(107), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10968] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(843), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(88), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11003] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(857), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(125), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11038] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(859), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(97), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11073] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(861), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(95), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11108] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(863), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(99), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11143] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(815), 1,
      sym_function_name,
    ACTIONS(817), 1,
      sym__atan,
    ACTIONS(807), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(835), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(90), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11178] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(865), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(193), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11213] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(867), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(194), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11248] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(827), 1,
      sym_function_name,
    ACTIONS(829), 1,
      sym__atan,
    ACTIONS(819), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(869), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(102), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11283] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(873), 1,
      sym_checksum,
    STATE(272), 1,
      aux_sym_grbl_command_repeat1,
    STATE(277), 1,
      sym_word,
    ACTIONS(871), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(506), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(875), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11314] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(879), 1,
      sym_checksum,
    STATE(271), 1,
      aux_sym_grbl_command_repeat1,
    STATE(277), 1,
      sym_word,
    ACTIONS(877), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(506), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(881), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11345] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(222), 1,
      anon_sym_POUND,
    ACTIONS(220), 10,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_EQ,
  [11367] = 3,
    ACTIONS(883), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(885), 10,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_message_text,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [11387] = 4,
    ACTIONS(887), 1,
      ts_builtin_sym_end,
    ACTIONS(891), 1,
      sym_message_text,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(889), 9,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [11409] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    ACTIONS(376), 1,
      sym_function_name,
    ACTIONS(378), 1,
      sym__atan,
    ACTIONS(893), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(260), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
  [11438] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(342), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11459] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(897), 1,
      anon_sym_POUND,
    ACTIONS(895), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11480] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(901), 1,
      anon_sym_POUND,
    ACTIONS(899), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11501] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(332), 1,
      anon_sym_POUND,
    ACTIONS(330), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11522] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(905), 1,
      anon_sym_POUND,
    ACTIONS(903), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11543] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(340), 1,
      anon_sym_POUND,
    ACTIONS(338), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11564] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(889), 1,
      anon_sym_POUND,
    ACTIONS(887), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11585] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(905), 1,
      anon_sym_POUND,
    ACTIONS(903), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11606] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(909), 1,
      anon_sym_POUND,
    ACTIONS(907), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11627] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(913), 1,
      anon_sym_POUND,
    ACTIONS(911), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11648] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(917), 1,
      anon_sym_POUND,
    ACTIONS(915), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11669] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(277), 1,
      sym_word,
    ACTIONS(919), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(921), 3,
      sym__letter,
      sym__m,
      sym__n,
  [11692] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(277), 1,
      sym_word,
    ACTIONS(506), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(924), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11715] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(277), 1,
      sym_word,
    ACTIONS(506), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(926), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11738] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(928), 1,
      sym_number,
    STATE(209), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(930), 3,
      sym_numbered_parameter,
      sym_named_parameter,
      sym_label_name,
  [11763] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(326), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(932), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
  [11785] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(301), 1,
      sym_argument_list,
    STATE(280), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11807] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(823), 1,
      anon_sym_POUND,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    ACTIONS(936), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(23), 2,
      sym_indirect_parameter,
      sym_expression,
  [11828] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(938), 6,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
  [11843] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(942), 1,
      anon_sym_LBRACK,
    STATE(278), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(940), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11862] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(811), 1,
      anon_sym_POUND,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    ACTIONS(945), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(93), 2,
      sym_indirect_parameter,
      sym_expression,
  [11883] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(278), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(947), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11902] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    ACTIONS(949), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(255), 2,
      sym_indirect_parameter,
      sym_expression,
  [11923] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(953), 1,
      sym_extended_parameter,
    STATE(286), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(951), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11941] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(957), 1,
      sym_extended_parameter,
    STATE(283), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(955), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11959] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    STATE(293), 1,
      sym_parameter_assignment,
    STATE(451), 1,
      sym_indirect_parameter,
    ACTIONS(960), 2,
      sym_numbered_parameter,
      sym_named_parameter,
  [11979] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(296), 1,
      sym_expression,
    ACTIONS(962), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11997] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(953), 1,
      sym_extended_parameter,
    STATE(283), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(964), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12015] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(968), 1,
      anon_sym_EQ,
    ACTIONS(970), 1,
      sym_grbl_name,
    ACTIONS(966), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12033] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(312), 1,
      sym_expression,
    ACTIONS(972), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12051] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(976), 1,
      anon_sym_EQ,
    ACTIONS(974), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12066] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(978), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym_extended_parameter,
  [12079] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(980), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12091] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(188), 1,
      sym_checksum,
  [12107] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(982), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12119] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(984), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12131] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(986), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12143] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(988), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12155] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(990), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12167] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(992), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12179] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
    ACTIONS(162), 1,
      sym_checksum,
  [12195] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(148), 1,
      sym_checksum,
  [12211] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(994), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12223] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(996), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12235] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(998), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12247] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(536), 1,
      ts_builtin_sym_end,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(540), 1,
      sym_checksum,
  [12263] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1000), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12275] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1002), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12287] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1004), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12299] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1006), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12311] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1008), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12323] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(196), 1,
      sym_checksum,
  [12339] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1010), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12351] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1012), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12363] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(390), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12375] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(624), 1,
      ts_builtin_sym_end,
    ACTIONS(626), 1,
      sym_checksum,
  [12391] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1014), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12403] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(206), 1,
      ts_builtin_sym_end,
    ACTIONS(208), 1,
      sym_checksum,
  [12419] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1016), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12431] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1018), 1,
      aux_sym_fanuc_if_token2,
    ACTIONS(1020), 1,
      aux_sym_fanuc_goto_token1,
    STATE(302), 1,
      sym_fanuc_goto,
  [12447] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1022), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12459] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(180), 1,
      sym_checksum,
  [12475] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1024), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12487] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1026), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12499] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1028), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12511] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1030), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12523] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1032), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12535] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1034), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12547] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(516), 1,
      ts_builtin_sym_end,
    ACTIONS(1036), 1,
      sym__newline,
  [12560] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1038), 1,
      ts_builtin_sym_end,
    ACTIONS(1040), 1,
      sym__newline,
  [12573] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(1042), 1,
      sym__newline,
  [12586] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1044), 1,
      sym__newline,
  [12599] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1046), 1,
      ts_builtin_sym_end,
    ACTIONS(1048), 1,
      sym__newline,
  [12612] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(298), 1,
      sym_expression,
  [12625] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(652), 1,
      sym__newline,
    ACTIONS(680), 1,
      ts_builtin_sym_end,
  [12638] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(1050), 1,
      sym__newline,
  [12651] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(264), 1,
      sym_expression,
  [12664] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(1052), 1,
      sym__newline,
  [12677] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1054), 1,
      ts_builtin_sym_end,
    ACTIONS(1056), 1,
      sym__newline,
  [12690] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1048), 1,
      sym__newline,
    ACTIONS(1054), 1,
      ts_builtin_sym_end,
  [12703] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
  [12716] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(317), 1,
      sym_expression,
  [12729] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(737), 1,
      sym_checksum,
  [12742] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1058), 1,
      sym__newline,
  [12755] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1060), 1,
      ts_builtin_sym_end,
    ACTIONS(1062), 1,
      sym__newline,
  [12768] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(538), 1,
      sym__newline,
    ACTIONS(624), 1,
      ts_builtin_sym_end,
  [12781] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
  [12794] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(1064), 1,
      sym__newline,
  [12807] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(536), 1,
      ts_builtin_sym_end,
    ACTIONS(538), 1,
      sym__newline,
  [12820] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(684), 1,
      ts_builtin_sym_end,
    ACTIONS(1066), 1,
      sym__newline,
  [12833] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(1042), 1,
      sym__newline,
  [12846] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1068), 1,
      sym__newline,
  [12859] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(1070), 1,
      sym__newline,
  [12872] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(439), 1,
      sym_expression,
  [12885] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(672), 1,
      ts_builtin_sym_end,
    ACTIONS(1072), 1,
      sym__newline,
  [12898] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1054), 1,
      ts_builtin_sym_end,
    ACTIONS(1074), 1,
      sym__newline,
  [12911] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1076), 1,
      ts_builtin_sym_end,
    ACTIONS(1078), 1,
      sym__newline,
  [12924] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1044), 1,
      sym__newline,
  [12937] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1058), 1,
      sym__newline,
  [12950] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(692), 1,
      ts_builtin_sym_end,
    ACTIONS(1080), 1,
      sym__newline,
  [12963] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
  [12976] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(1082), 1,
      sym__newline,
  [12989] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(692), 1,
      ts_builtin_sym_end,
    ACTIONS(1084), 1,
      sym__newline,
  [13002] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1086), 1,
      sym__newline,
  [13015] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1062), 1,
      sym__newline,
    ACTIONS(1088), 1,
      ts_builtin_sym_end,
  [13028] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1038), 1,
      ts_builtin_sym_end,
    ACTIONS(1090), 1,
      sym__newline,
  [13041] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
  [13054] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(1092), 1,
      sym__newline,
  [13067] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(212), 1,
      sym_checksum,
  [13080] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1040), 1,
      sym__newline,
    ACTIONS(1094), 1,
      ts_builtin_sym_end,
  [13093] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1086), 1,
      sym__newline,
  [13106] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(1096), 1,
      sym__newline,
  [13119] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(1064), 1,
      sym__newline,
  [13132] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1078), 1,
      sym__newline,
    ACTIONS(1098), 1,
      ts_builtin_sym_end,
  [13145] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(704), 1,
      ts_builtin_sym_end,
    ACTIONS(1080), 1,
      sym__newline,
  [13158] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(1100), 1,
      sym__newline,
  [13171] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(704), 1,
      ts_builtin_sym_end,
    ACTIONS(1084), 1,
      sym__newline,
  [13184] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1090), 1,
      sym__newline,
    ACTIONS(1094), 1,
      ts_builtin_sym_end,
  [13197] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(1102), 1,
      sym__newline,
  [13210] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
  [13223] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1104), 1,
      ts_builtin_sym_end,
    ACTIONS(1106), 1,
      sym__newline,
  [13236] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1106), 1,
      sym__newline,
    ACTIONS(1108), 1,
      ts_builtin_sym_end,
  [13249] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(1092), 1,
      sym__newline,
  [13262] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(610), 1,
      ts_builtin_sym_end,
    ACTIONS(1036), 1,
      sym__newline,
  [13275] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1110), 1,
      sym__newline,
  [13288] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1112), 1,
      anon_sym_LBRACK,
    STATE(262), 1,
      sym_expression,
  [13301] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    STATE(318), 1,
      sym_expression,
  [13314] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
  [13327] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(628), 1,
      ts_builtin_sym_end,
    ACTIONS(1102), 1,
      sym__newline,
  [13340] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1114), 1,
      anon_sym_LBRACK,
    STATE(89), 1,
      sym_expression,
  [13353] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1116), 1,
      sym__newline,
  [13366] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1100), 1,
      sym__newline,
  [13379] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(825), 1,
      anon_sym_LBRACK,
    STATE(91), 1,
      sym_expression,
  [13392] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1110), 1,
      sym__newline,
  [13405] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(650), 1,
      ts_builtin_sym_end,
    ACTIONS(652), 1,
      sym__newline,
  [13418] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(498), 1,
      ts_builtin_sym_end,
    ACTIONS(1116), 1,
      sym__newline,
  [13431] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(1068), 1,
      sym__newline,
  [13444] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1096), 1,
      sym__newline,
  [13457] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(656), 1,
      ts_builtin_sym_end,
    ACTIONS(1066), 1,
      sym__newline,
  [13470] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(1050), 1,
      sym__newline,
  [13483] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1112), 1,
      anon_sym_LBRACK,
    STATE(421), 1,
      sym_expression,
  [13496] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(1070), 1,
      sym__newline,
  [13509] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(1052), 1,
      sym__newline,
  [13522] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(618), 1,
      ts_builtin_sym_end,
    ACTIONS(1072), 1,
      sym__newline,
  [13535] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(202), 1,
      sym_checksum,
  [13548] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(319), 1,
      sym_expression,
  [13561] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1046), 1,
      ts_builtin_sym_end,
    ACTIONS(1074), 1,
      sym__newline,
  [13574] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1118), 1,
      anon_sym_LBRACK,
    STATE(89), 1,
      sym_expression,
  [13587] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1046), 1,
      ts_builtin_sym_end,
    ACTIONS(1056), 1,
      sym__newline,
  [13600] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1120), 1,
      anon_sym_LBRACK,
    STATE(438), 1,
      sym_expression,
  [13613] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(374), 1,
      anon_sym_LBRACK,
    STATE(295), 1,
      sym_expression,
  [13626] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_LBRACK,
    STATE(91), 1,
      sym_expression,
  [13639] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1120), 1,
      anon_sym_LBRACK,
    STATE(456), 1,
      sym_expression,
  [13652] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(206), 1,
      ts_builtin_sym_end,
  [13665] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(560), 1,
      ts_builtin_sym_end,
    ACTIONS(1082), 1,
      sym__newline,
  [13678] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1044), 1,
      sym__newline,
  [13688] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1122), 1,
      sym_number,
  [13698] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1106), 1,
      sym__newline,
  [13708] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1102), 1,
      sym__newline,
  [13718] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1042), 1,
      sym__newline,
  [13728] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1068), 1,
      sym__newline,
  [13738] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(652), 1,
      sym__newline,
  [13748] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1124), 1,
      anon_sym_SLASH,
  [13758] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1050), 1,
      sym__newline,
  [13768] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1126), 1,
      anon_sym_EQ,
  [13778] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1052), 1,
      sym__newline,
  [13788] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1128), 1,
      sym_number,
  [13798] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1056), 1,
      sym__newline,
  [13808] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1048), 1,
      sym__newline,
  [13818] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1110), 1,
      sym__newline,
  [13828] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1066), 1,
      sym__newline,
  [13838] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1130), 1,
      sym_number,
  [13848] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1082), 1,
      sym__newline,
  [13858] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1070), 1,
      sym__newline,
  [13868] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1090), 1,
      sym__newline,
  [13878] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
  [13888] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1074), 1,
      sym__newline,
  [13898] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1116), 1,
      sym__newline,
  [13908] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1058), 1,
      sym__newline,
  [13918] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1132), 1,
      anon_sym_SLASH,
  [13928] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1134), 1,
      aux_sym_fanuc_while_token2,
  [13938] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
  [13948] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1136), 1,
      sym_number,
  [13958] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1086), 1,
      sym__newline,
  [13968] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1062), 1,
      sym__newline,
  [13978] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1138), 1,
      sym_print_format,
  [13988] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1092), 1,
      sym__newline,
  [13998] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1064), 1,
      sym__newline,
  [14008] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(538), 1,
      sym__newline,
  [14018] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1036), 1,
      sym__newline,
  [14028] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1100), 1,
      sym__newline,
  [14038] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
  [14048] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1140), 1,
      anon_sym_EQ,
  [14058] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1040), 1,
      sym__newline,
  [14068] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1142), 1,
      ts_builtin_sym_end,
  [14078] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1078), 1,
      sym__newline,
  [14088] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1080), 1,
      sym__newline,
  [14098] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1144), 1,
      anon_sym_SLASH,
  [14108] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1096), 1,
      sym__newline,
  [14118] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1084), 1,
      sym__newline,
  [14128] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1072), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 119,
  [SMALL_STATE(8)] = 235,
  [SMALL_STATE(9)] = 351,
  [SMALL_STATE(10)] = 467,
  [SMALL_STATE(11)] = 583,
  [SMALL_STATE(12)] = 696,
  [SMALL_STATE(13)] = 809,
  [SMALL_STATE(14)] = 922,
  [SMALL_STATE(15)] = 1035,
  [SMALL_STATE(16)] = 1148,
  [SMALL_STATE(17)] = 1261,
  [SMALL_STATE(18)] = 1374,
  [SMALL_STATE(19)] = 1487,
  [SMALL_STATE(20)] = 1597,
  [SMALL_STATE(21)] = 1707,
  [SMALL_STATE(22)] = 1817,
  [SMALL_STATE(23)] = 1865,
  [SMALL_STATE(24)] = 1911,
  [SMALL_STATE(25)] = 1953,
  [SMALL_STATE(26)] = 1988,
  [SMALL_STATE(27)] = 2023,
  [SMALL_STATE(28)] = 2058,
  [SMALL_STATE(29)] = 2093,
  [SMALL_STATE(30)] = 2128,
  [SMALL_STATE(31)] = 2163,
  [SMALL_STATE(32)] = 2198,
  [SMALL_STATE(33)] = 2233,
  [SMALL_STATE(34)] = 2268,
  [SMALL_STATE(35)] = 2303,
  [SMALL_STATE(36)] = 2338,
  [SMALL_STATE(37)] = 2373,
  [SMALL_STATE(38)] = 2408,
  [SMALL_STATE(39)] = 2443,
  [SMALL_STATE(40)] = 2478,
  [SMALL_STATE(41)] = 2513,
  [SMALL_STATE(42)] = 2548,
  [SMALL_STATE(43)] = 2583,
  [SMALL_STATE(44)] = 2618,
  [SMALL_STATE(45)] = 2653,
  [SMALL_STATE(46)] = 2688,
  [SMALL_STATE(47)] = 2723,
  [SMALL_STATE(48)] = 2758,
  [SMALL_STATE(49)] = 2793,
  [SMALL_STATE(50)] = 2828,
  [SMALL_STATE(51)] = 2863,
  [SMALL_STATE(52)] = 2898,
  [SMALL_STATE(53)] = 2933,
  [SMALL_STATE(54)] = 2968,
  [SMALL_STATE(55)] = 3003,
  [SMALL_STATE(56)] = 3038,
  [SMALL_STATE(57)] = 3073,
  [SMALL_STATE(58)] = 3108,
  [SMALL_STATE(59)] = 3143,
  [SMALL_STATE(60)] = 3178,
  [SMALL_STATE(61)] = 3213,
  [SMALL_STATE(62)] = 3248,
  [SMALL_STATE(63)] = 3283,
  [SMALL_STATE(64)] = 3318,
  [SMALL_STATE(65)] = 3353,
  [SMALL_STATE(66)] = 3388,
  [SMALL_STATE(67)] = 3423,
  [SMALL_STATE(68)] = 3458,
  [SMALL_STATE(69)] = 3493,
  [SMALL_STATE(70)] = 3528,
  [SMALL_STATE(71)] = 3563,
  [SMALL_STATE(72)] = 3598,
  [SMALL_STATE(73)] = 3633,
  [SMALL_STATE(74)] = 3668,
  [SMALL_STATE(75)] = 3703,
  [SMALL_STATE(76)] = 3738,
  [SMALL_STATE(77)] = 3773,
  [SMALL_STATE(78)] = 3808,
  [SMALL_STATE(79)] = 3843,
  [SMALL_STATE(80)] = 3878,
  [SMALL_STATE(81)] = 3913,
  [SMALL_STATE(82)] = 3948,
  [SMALL_STATE(83)] = 3983,
  [SMALL_STATE(84)] = 4018,
  [SMALL_STATE(85)] = 4053,
  [SMALL_STATE(86)] = 4088,
  [SMALL_STATE(87)] = 4123,
  [SMALL_STATE(88)] = 4158,
  [SMALL_STATE(89)] = 4196,
  [SMALL_STATE(90)] = 4234,
  [SMALL_STATE(91)] = 4272,
  [SMALL_STATE(92)] = 4310,
  [SMALL_STATE(93)] = 4348,
  [SMALL_STATE(94)] = 4384,
  [SMALL_STATE(95)] = 4432,
  [SMALL_STATE(96)] = 4476,
  [SMALL_STATE(97)] = 4518,
  [SMALL_STATE(98)] = 4564,
  [SMALL_STATE(99)] = 4600,
  [SMALL_STATE(100)] = 4638,
  [SMALL_STATE(101)] = 4691,
  [SMALL_STATE(102)] = 4739,
  [SMALL_STATE(103)] = 4776,
  [SMALL_STATE(104)] = 4809,
  [SMALL_STATE(105)] = 4850,
  [SMALL_STATE(106)] = 4889,
  [SMALL_STATE(107)] = 4920,
  [SMALL_STATE(108)] = 4961,
  [SMALL_STATE(109)] = 5009,
  [SMALL_STATE(110)] = 5057,
  [SMALL_STATE(111)] = 5105,
  [SMALL_STATE(112)] = 5153,
  [SMALL_STATE(113)] = 5201,
  [SMALL_STATE(114)] = 5249,
  [SMALL_STATE(115)] = 5297,
  [SMALL_STATE(116)] = 5345,
  [SMALL_STATE(117)] = 5393,
  [SMALL_STATE(118)] = 5433,
  [SMALL_STATE(119)] = 5481,
  [SMALL_STATE(120)] = 5529,
  [SMALL_STATE(121)] = 5569,
  [SMALL_STATE(122)] = 5609,
  [SMALL_STATE(123)] = 5657,
  [SMALL_STATE(124)] = 5705,
  [SMALL_STATE(125)] = 5753,
  [SMALL_STATE(126)] = 5793,
  [SMALL_STATE(127)] = 5840,
  [SMALL_STATE(128)] = 5887,
  [SMALL_STATE(129)] = 5934,
  [SMALL_STATE(130)] = 5981,
  [SMALL_STATE(131)] = 6028,
  [SMALL_STATE(132)] = 6075,
  [SMALL_STATE(133)] = 6120,
  [SMALL_STATE(134)] = 6167,
  [SMALL_STATE(135)] = 6214,
  [SMALL_STATE(136)] = 6261,
  [SMALL_STATE(137)] = 6308,
  [SMALL_STATE(138)] = 6355,
  [SMALL_STATE(139)] = 6402,
  [SMALL_STATE(140)] = 6449,
  [SMALL_STATE(141)] = 6496,
  [SMALL_STATE(142)] = 6543,
  [SMALL_STATE(143)] = 6590,
  [SMALL_STATE(144)] = 6637,
  [SMALL_STATE(145)] = 6684,
  [SMALL_STATE(146)] = 6731,
  [SMALL_STATE(147)] = 6778,
  [SMALL_STATE(148)] = 6823,
  [SMALL_STATE(149)] = 6868,
  [SMALL_STATE(150)] = 6913,
  [SMALL_STATE(151)] = 6960,
  [SMALL_STATE(152)] = 7007,
  [SMALL_STATE(153)] = 7054,
  [SMALL_STATE(154)] = 7101,
  [SMALL_STATE(155)] = 7148,
  [SMALL_STATE(156)] = 7195,
  [SMALL_STATE(157)] = 7242,
  [SMALL_STATE(158)] = 7289,
  [SMALL_STATE(159)] = 7336,
  [SMALL_STATE(160)] = 7383,
  [SMALL_STATE(161)] = 7430,
  [SMALL_STATE(162)] = 7477,
  [SMALL_STATE(163)] = 7524,
  [SMALL_STATE(164)] = 7571,
  [SMALL_STATE(165)] = 7616,
  [SMALL_STATE(166)] = 7661,
  [SMALL_STATE(167)] = 7708,
  [SMALL_STATE(168)] = 7755,
  [SMALL_STATE(169)] = 7802,
  [SMALL_STATE(170)] = 7849,
  [SMALL_STATE(171)] = 7896,
  [SMALL_STATE(172)] = 7943,
  [SMALL_STATE(173)] = 7990,
  [SMALL_STATE(174)] = 8037,
  [SMALL_STATE(175)] = 8084,
  [SMALL_STATE(176)] = 8131,
  [SMALL_STATE(177)] = 8178,
  [SMALL_STATE(178)] = 8215,
  [SMALL_STATE(179)] = 8262,
  [SMALL_STATE(180)] = 8307,
  [SMALL_STATE(181)] = 8354,
  [SMALL_STATE(182)] = 8401,
  [SMALL_STATE(183)] = 8448,
  [SMALL_STATE(184)] = 8495,
  [SMALL_STATE(185)] = 8542,
  [SMALL_STATE(186)] = 8589,
  [SMALL_STATE(187)] = 8636,
  [SMALL_STATE(188)] = 8683,
  [SMALL_STATE(189)] = 8730,
  [SMALL_STATE(190)] = 8777,
  [SMALL_STATE(191)] = 8824,
  [SMALL_STATE(192)] = 8861,
  [SMALL_STATE(193)] = 8898,
  [SMALL_STATE(194)] = 8935,
  [SMALL_STATE(195)] = 8972,
  [SMALL_STATE(196)] = 9015,
  [SMALL_STATE(197)] = 9062,
  [SMALL_STATE(198)] = 9106,
  [SMALL_STATE(199)] = 9150,
  [SMALL_STATE(200)] = 9194,
  [SMALL_STATE(201)] = 9238,
  [SMALL_STATE(202)] = 9282,
  [SMALL_STATE(203)] = 9326,
  [SMALL_STATE(204)] = 9370,
  [SMALL_STATE(205)] = 9414,
  [SMALL_STATE(206)] = 9458,
  [SMALL_STATE(207)] = 9502,
  [SMALL_STATE(208)] = 9546,
  [SMALL_STATE(209)] = 9590,
  [SMALL_STATE(210)] = 9616,
  [SMALL_STATE(211)] = 9668,
  [SMALL_STATE(212)] = 9712,
  [SMALL_STATE(213)] = 9756,
  [SMALL_STATE(214)] = 9800,
  [SMALL_STATE(215)] = 9844,
  [SMALL_STATE(216)] = 9888,
  [SMALL_STATE(217)] = 9932,
  [SMALL_STATE(218)] = 9976,
  [SMALL_STATE(219)] = 10020,
  [SMALL_STATE(220)] = 10064,
  [SMALL_STATE(221)] = 10108,
  [SMALL_STATE(222)] = 10152,
  [SMALL_STATE(223)] = 10196,
  [SMALL_STATE(224)] = 10240,
  [SMALL_STATE(225)] = 10284,
  [SMALL_STATE(226)] = 10328,
  [SMALL_STATE(227)] = 10372,
  [SMALL_STATE(228)] = 10416,
  [SMALL_STATE(229)] = 10451,
  [SMALL_STATE(230)] = 10476,
  [SMALL_STATE(231)] = 10511,
  [SMALL_STATE(232)] = 10546,
  [SMALL_STATE(233)] = 10581,
  [SMALL_STATE(234)] = 10616,
  [SMALL_STATE(235)] = 10651,
  [SMALL_STATE(236)] = 10688,
  [SMALL_STATE(237)] = 10723,
  [SMALL_STATE(238)] = 10758,
  [SMALL_STATE(239)] = 10793,
  [SMALL_STATE(240)] = 10828,
  [SMALL_STATE(241)] = 10863,
  [SMALL_STATE(242)] = 10898,
  [SMALL_STATE(243)] = 10933,
  [SMALL_STATE(244)] = 10968,
  [SMALL_STATE(245)] = 11003,
  [SMALL_STATE(246)] = 11038,
  [SMALL_STATE(247)] = 11073,
  [SMALL_STATE(248)] = 11108,
  [SMALL_STATE(249)] = 11143,
  [SMALL_STATE(250)] = 11178,
  [SMALL_STATE(251)] = 11213,
  [SMALL_STATE(252)] = 11248,
  [SMALL_STATE(253)] = 11283,
  [SMALL_STATE(254)] = 11314,
  [SMALL_STATE(255)] = 11345,
  [SMALL_STATE(256)] = 11367,
  [SMALL_STATE(257)] = 11387,
  [SMALL_STATE(258)] = 11409,
  [SMALL_STATE(259)] = 11438,
  [SMALL_STATE(260)] = 11459,
  [SMALL_STATE(261)] = 11480,
  [SMALL_STATE(262)] = 11501,
  [SMALL_STATE(263)] = 11522,
  [SMALL_STATE(264)] = 11543,
  [SMALL_STATE(265)] = 11564,
  [SMALL_STATE(266)] = 11585,
  [SMALL_STATE(267)] = 11606,
  [SMALL_STATE(268)] = 11627,
  [SMALL_STATE(269)] = 11648,
  [SMALL_STATE(270)] = 11669,
  [SMALL_STATE(271)] = 11692,
  [SMALL_STATE(272)] = 11715,
  [SMALL_STATE(273)] = 11738,
  [SMALL_STATE(274)] = 11763,
  [SMALL_STATE(275)] = 11785,
  [SMALL_STATE(276)] = 11807,
  [SMALL_STATE(277)] = 11828,
  [SMALL_STATE(278)] = 11843,
  [SMALL_STATE(279)] = 11862,
  [SMALL_STATE(280)] = 11883,
  [SMALL_STATE(281)] = 11902,
  [SMALL_STATE(282)] = 11923,
  [SMALL_STATE(283)] = 11941,
  [SMALL_STATE(284)] = 11959,
  [SMALL_STATE(285)] = 11979,
  [SMALL_STATE(286)] = 11997,
  [SMALL_STATE(287)] = 12015,
  [SMALL_STATE(288)] = 12033,
  [SMALL_STATE(289)] = 12051,
  [SMALL_STATE(290)] = 12066,
  [SMALL_STATE(291)] = 12079,
  [SMALL_STATE(292)] = 12091,
  [SMALL_STATE(293)] = 12107,
  [SMALL_STATE(294)] = 12119,
  [SMALL_STATE(295)] = 12131,
  [SMALL_STATE(296)] = 12143,
  [SMALL_STATE(297)] = 12155,
  [SMALL_STATE(298)] = 12167,
  [SMALL_STATE(299)] = 12179,
  [SMALL_STATE(300)] = 12195,
  [SMALL_STATE(301)] = 12211,
  [SMALL_STATE(302)] = 12223,
  [SMALL_STATE(303)] = 12235,
  [SMALL_STATE(304)] = 12247,
  [SMALL_STATE(305)] = 12263,
  [SMALL_STATE(306)] = 12275,
  [SMALL_STATE(307)] = 12287,
  [SMALL_STATE(308)] = 12299,
  [SMALL_STATE(309)] = 12311,
  [SMALL_STATE(310)] = 12323,
  [SMALL_STATE(311)] = 12339,
  [SMALL_STATE(312)] = 12351,
  [SMALL_STATE(313)] = 12363,
  [SMALL_STATE(314)] = 12375,
  [SMALL_STATE(315)] = 12391,
  [SMALL_STATE(316)] = 12403,
  [SMALL_STATE(317)] = 12419,
  [SMALL_STATE(318)] = 12431,
  [SMALL_STATE(319)] = 12447,
  [SMALL_STATE(320)] = 12459,
  [SMALL_STATE(321)] = 12475,
  [SMALL_STATE(322)] = 12487,
  [SMALL_STATE(323)] = 12499,
  [SMALL_STATE(324)] = 12511,
  [SMALL_STATE(325)] = 12523,
  [SMALL_STATE(326)] = 12535,
  [SMALL_STATE(327)] = 12547,
  [SMALL_STATE(328)] = 12560,
  [SMALL_STATE(329)] = 12573,
  [SMALL_STATE(330)] = 12586,
  [SMALL_STATE(331)] = 12599,
  [SMALL_STATE(332)] = 12612,
  [SMALL_STATE(333)] = 12625,
  [SMALL_STATE(334)] = 12638,
  [SMALL_STATE(335)] = 12651,
  [SMALL_STATE(336)] = 12664,
  [SMALL_STATE(337)] = 12677,
  [SMALL_STATE(338)] = 12690,
  [SMALL_STATE(339)] = 12703,
  [SMALL_STATE(340)] = 12716,
  [SMALL_STATE(341)] = 12729,
  [SMALL_STATE(342)] = 12742,
  [SMALL_STATE(343)] = 12755,
  [SMALL_STATE(344)] = 12768,
  [SMALL_STATE(345)] = 12781,
  [SMALL_STATE(346)] = 12794,
  [SMALL_STATE(347)] = 12807,
  [SMALL_STATE(348)] = 12820,
  [SMALL_STATE(349)] = 12833,
  [SMALL_STATE(350)] = 12846,
  [SMALL_STATE(351)] = 12859,
  [SMALL_STATE(352)] = 12872,
  [SMALL_STATE(353)] = 12885,
  [SMALL_STATE(354)] = 12898,
  [SMALL_STATE(355)] = 12911,
  [SMALL_STATE(356)] = 12924,
  [SMALL_STATE(357)] = 12937,
  [SMALL_STATE(358)] = 12950,
  [SMALL_STATE(359)] = 12963,
  [SMALL_STATE(360)] = 12976,
  [SMALL_STATE(361)] = 12989,
  [SMALL_STATE(362)] = 13002,
  [SMALL_STATE(363)] = 13015,
  [SMALL_STATE(364)] = 13028,
  [SMALL_STATE(365)] = 13041,
  [SMALL_STATE(366)] = 13054,
  [SMALL_STATE(367)] = 13067,
  [SMALL_STATE(368)] = 13080,
  [SMALL_STATE(369)] = 13093,
  [SMALL_STATE(370)] = 13106,
  [SMALL_STATE(371)] = 13119,
  [SMALL_STATE(372)] = 13132,
  [SMALL_STATE(373)] = 13145,
  [SMALL_STATE(374)] = 13158,
  [SMALL_STATE(375)] = 13171,
  [SMALL_STATE(376)] = 13184,
  [SMALL_STATE(377)] = 13197,
  [SMALL_STATE(378)] = 13210,
  [SMALL_STATE(379)] = 13223,
  [SMALL_STATE(380)] = 13236,
  [SMALL_STATE(381)] = 13249,
  [SMALL_STATE(382)] = 13262,
  [SMALL_STATE(383)] = 13275,
  [SMALL_STATE(384)] = 13288,
  [SMALL_STATE(385)] = 13301,
  [SMALL_STATE(386)] = 13314,
  [SMALL_STATE(387)] = 13327,
  [SMALL_STATE(388)] = 13340,
  [SMALL_STATE(389)] = 13353,
  [SMALL_STATE(390)] = 13366,
  [SMALL_STATE(391)] = 13379,
  [SMALL_STATE(392)] = 13392,
  [SMALL_STATE(393)] = 13405,
  [SMALL_STATE(394)] = 13418,
  [SMALL_STATE(395)] = 13431,
  [SMALL_STATE(396)] = 13444,
  [SMALL_STATE(397)] = 13457,
  [SMALL_STATE(398)] = 13470,
  [SMALL_STATE(399)] = 13483,
  [SMALL_STATE(400)] = 13496,
  [SMALL_STATE(401)] = 13509,
  [SMALL_STATE(402)] = 13522,
  [SMALL_STATE(403)] = 13535,
  [SMALL_STATE(404)] = 13548,
  [SMALL_STATE(405)] = 13561,
  [SMALL_STATE(406)] = 13574,
  [SMALL_STATE(407)] = 13587,
  [SMALL_STATE(408)] = 13600,
  [SMALL_STATE(409)] = 13613,
  [SMALL_STATE(410)] = 13626,
  [SMALL_STATE(411)] = 13639,
  [SMALL_STATE(412)] = 13652,
  [SMALL_STATE(413)] = 13665,
  [SMALL_STATE(414)] = 13678,
  [SMALL_STATE(415)] = 13688,
  [SMALL_STATE(416)] = 13698,
  [SMALL_STATE(417)] = 13708,
  [SMALL_STATE(418)] = 13718,
  [SMALL_STATE(419)] = 13728,
  [SMALL_STATE(420)] = 13738,
  [SMALL_STATE(421)] = 13748,
  [SMALL_STATE(422)] = 13758,
  [SMALL_STATE(423)] = 13768,
  [SMALL_STATE(424)] = 13778,
  [SMALL_STATE(425)] = 13788,
  [SMALL_STATE(426)] = 13798,
  [SMALL_STATE(427)] = 13808,
  [SMALL_STATE(428)] = 13818,
  [SMALL_STATE(429)] = 13828,
  [SMALL_STATE(430)] = 13838,
  [SMALL_STATE(431)] = 13848,
  [SMALL_STATE(432)] = 13858,
  [SMALL_STATE(433)] = 13868,
  [SMALL_STATE(434)] = 13878,
  [SMALL_STATE(435)] = 13888,
  [SMALL_STATE(436)] = 13898,
  [SMALL_STATE(437)] = 13908,
  [SMALL_STATE(438)] = 13918,
  [SMALL_STATE(439)] = 13928,
  [SMALL_STATE(440)] = 13938,
  [SMALL_STATE(441)] = 13948,
  [SMALL_STATE(442)] = 13958,
  [SMALL_STATE(443)] = 13968,
  [SMALL_STATE(444)] = 13978,
  [SMALL_STATE(445)] = 13988,
  [SMALL_STATE(446)] = 13998,
  [SMALL_STATE(447)] = 14008,
  [SMALL_STATE(448)] = 14018,
  [SMALL_STATE(449)] = 14028,
  [SMALL_STATE(450)] = 14038,
  [SMALL_STATE(451)] = 14048,
  [SMALL_STATE(452)] = 14058,
  [SMALL_STATE(453)] = 14068,
  [SMALL_STATE(454)] = 14078,
  [SMALL_STATE(455)] = 14088,
  [SMALL_STATE(456)] = 14098,
  [SMALL_STATE(457)] = 14108,
  [SMALL_STATE(458)] = 14118,
  [SMALL_STATE(459)] = 14128,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(273),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(281),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(274),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(352),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(309),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [69] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(59),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(15),
  [77] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(19),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(450),
  [83] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(339),
  [86] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(287),
  [89] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(101),
  [92] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(100),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(273),
  [98] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(423),
  [101] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(281),
  [104] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(430),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(385),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(274),
  [113] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(352),
  [116] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(415),
  [119] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(441),
  [122] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(444),
  [125] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(309),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(282),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(311),
  [134] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [137] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 1),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [146] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 20),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [160] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 6),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 41),
  [186] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 54),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 22),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expression, 3),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_expression, 3),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirect_parameter, 2, .production_id = 13),
  [222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirect_parameter, 2, .production_id = 13),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [226] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [228] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(24),
  [231] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(24),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7),
  [236] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 17),
  [240] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 17),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2, .production_id = 17),
  [244] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2, .production_id = 17),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2),
  [248] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 24),
  [252] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 24),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4),
  [256] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 45),
  [260] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 45),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 24),
  [264] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 24),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 17),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 17),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5),
  [272] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 45),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 45),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 24),
  [280] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 24),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 17),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 17),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3),
  [288] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 1),
  [292] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 1),
  [294] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6),
  [296] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 45),
  [300] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 45),
  [302] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 24),
  [304] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 24),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 69),
  [308] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 69),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7, .production_id = 45),
  [312] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7, .production_id = 45),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7, .production_id = 69),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7, .production_id = 69),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 8, .production_id = 69),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 8, .production_id = 69),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 69),
  [324] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 69),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [332] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [348] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(248),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, .production_id = 2),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, .production_id = 2),
  [366] = {.entry = {.count = 1, .reusable = false}}, SHIFT(256),
  [368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(261),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(232),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_program_number, 2, .production_id = 11),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__o_label, 2, .production_id = 12),
  [394] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__o_label, 2, .production_id = 12),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 55),
  [400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [402] = {.entry = {.count = 1, .reusable = false}}, SHIFT(387),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [406] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [410] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 58),
  [412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [414] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 42),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(349),
  [424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 7),
  [428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [430] = {.entry = {.count = 1, .reusable = false}}, SHIFT(366),
  [432] = {.entry = {.count = 1, .reusable = false}}, SHIFT(188),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [436] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(142),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 68),
  [442] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [444] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [446] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 23),
  [448] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [450] = {.entry = {.count = 1, .reusable = false}}, SHIFT(371),
  [452] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [454] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(381),
  [460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(144),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(346),
  [468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [470] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 21),
  [472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [474] = {.entry = {.count = 1, .reusable = false}}, SHIFT(327),
  [476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [484] = {.entry = {.count = 1, .reusable = false}}, SHIFT(360),
  [486] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [488] = {.entry = {.count = 1, .reusable = false}}, SHIFT(329),
  [490] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [492] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 5),
  [494] = {.entry = {.count = 1, .reusable = false}}, SHIFT(382),
  [496] = {.entry = {.count = 1, .reusable = false}}, SHIFT(157),
  [498] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 66),
  [500] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 36),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [516] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 43),
  [518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [522] = {.entry = {.count = 1, .reusable = false}}, SHIFT(448),
  [524] = {.entry = {.count = 1, .reusable = false}}, SHIFT(225),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 25),
  [528] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [530] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [534] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [536] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 44),
  [538] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 46),
  [544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [552] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 47),
  [554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [558] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [560] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 56),
  [562] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [566] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [570] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [574] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [578] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 57),
  [580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [582] = {.entry = {.count = 1, .reusable = false}}, SHIFT(431),
  [584] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [586] = {.entry = {.count = 1, .reusable = false}}, SHIFT(445),
  [588] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [590] = {.entry = {.count = 1, .reusable = false}}, SHIFT(418),
  [592] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [598] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [610] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 18),
  [612] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [616] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 60),
  [620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [622] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [624] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 64),
  [626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [628] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 65),
  [630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [636] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [638] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [640] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [642] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [650] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 59),
  [652] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [656] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 70),
  [658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [668] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [670] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [672] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 73),
  [674] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [676] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [678] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 72),
  [682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 75),
  [686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 77),
  [694] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [702] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [704] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 81),
  [706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [708] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [710] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [712] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2),
  [714] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(235),
  [717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(101),
  [720] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(100),
  [723] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(423),
  [726] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(281),
  [729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [751] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [763] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [807] = {.entry = {.count = 1, .reusable = false}}, SHIFT(244),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [811] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [819] = {.entry = {.count = 1, .reusable = false}}, SHIFT(237),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [823] = {.entry = {.count = 1, .reusable = false}}, SHIFT(276),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [857] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [859] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [863] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [871] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 8),
  [873] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 3, .production_id = 8),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2),
  [879] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 2),
  [881] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [883] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__text_word, 2, .production_id = 9),
  [885] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__text_word, 2, .production_id = 9),
  [887] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 17),
  [889] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 17),
  [891] = {.entry = {.count = 1, .reusable = false}}, SHIFT(269),
  [893] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [895] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [897] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 9),
  [901] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 9),
  [903] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 10),
  [905] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 10),
  [907] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [909] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [913] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 17),
  [917] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 17),
  [919] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48),
  [921] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48), SHIFT_REPEAT(101),
  [924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 28),
  [926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 50),
  [928] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [930] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [934] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 2, .production_id = 19),
  [936] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [938] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 1, .production_id = 27),
  [940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2),
  [942] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2), SHIFT_REPEAT(234),
  [945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [947] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 1),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [951] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 1, .production_id = 4),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [955] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33),
  [957] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33), SHIFT_REPEAT(290),
  [960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [962] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 2, .production_id = 19),
  [964] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 2, .production_id = 16),
  [966] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 1),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [972] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 2, .production_id = 19),
  [974] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2, .production_id = 8),
  [976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 1, .production_id = 15),
  [980] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 49),
  [982] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 4, .production_id = 51),
  [984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endrepeat, 2, .production_id = 19),
  [986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_elseif, 3, .production_id = 39),
  [988] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 3, .production_id = 37),
  [990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_break, 2, .production_id = 19),
  [992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_while, 3, .production_id = 39),
  [994] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 3, .production_id = 38),
  [996] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 3, .production_id = 32),
  [998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_while, 4, .production_id = 52),
  [1000] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_do, 2, .production_id = 12),
  [1002] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_end, 2, .production_id = 12),
  [1004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 2, .production_id = 14),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_continue, 2, .production_id = 19),
  [1008] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 1, .production_id = 3),
  [1010] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_realtime, 1),
  [1012] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 3, .production_id = 37),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_sub, 2, .production_id = 19),
  [1016] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_repeat, 3, .production_id = 40),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1022] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_if, 3, .production_id = 39),
  [1024] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_else, 2, .production_id = 19),
  [1026] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endif, 2, .production_id = 19),
  [1028] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endwhile, 2, .production_id = 19),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_do, 2, .production_id = 19),
  [1032] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 26),
  [1034] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_goto, 2, .production_id = 12),
  [1036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [1038] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 71),
  [1040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [1046] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 61),
  [1048] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1054] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 74),
  [1056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [1060] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 53),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1074] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1076] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 76),
  [1078] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1088] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 67),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1094] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 79),
  [1096] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1098] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 80),
  [1100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 82),
  [1106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1108] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 8, .production_id = 83),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [1142] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
};

#ifdef __cplusplus
extern "C" {
#endif
#ifdef _WIN32
#define extern __declspec(dllexport)
#endif

extern const TSLanguage *tree_sitter_gcode(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
