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
#define STATE_COUNT 459
#define LARGE_STATE_COUNT 4
#define SYMBOL_COUNT 116
#define ALIAS_COUNT 0
#define TOKEN_COUNT 72
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
  sym_comment = 70,
  sym_message = 71,
  sym_source_file = 72,
  sym_line = 73,
  sym__spindle_word = 74,
  sym_word = 75,
  sym__text_word = 76,
  sym__signed_value = 77,
  sym_indirect_parameter = 78,
  sym_parameter_assignment = 79,
  sym_expression = 80,
  sym_unary_expression = 81,
  sym_binary_expression = 82,
  sym_function_call = 83,
  sym_program_number = 84,
  sym__o_label = 85,
  sym_o_sub = 86,
  sym_o_endsub = 87,
  sym_o_call = 88,
  sym_o_return = 89,
  sym_o_if = 90,
  sym_o_elseif = 91,
  sym_o_else = 92,
  sym_o_endif = 93,
  sym_o_while = 94,
  sym_o_endwhile = 95,
  sym_o_do = 96,
  sym_o_repeat = 97,
  sym_o_endrepeat = 98,
  sym_o_break = 99,
  sym_o_continue = 100,
  sym_argument_list = 101,
  sym_fanuc_if = 102,
  sym_fanuc_goto = 103,
  sym_fanuc_while = 104,
  sym_fanuc_do = 105,
  sym_fanuc_end = 106,
  sym_fanuc_print = 107,
  sym_extended_command = 108,
  sym_grbl_command = 109,
  aux_sym_source_file_repeat1 = 110,
  aux_sym__line_content_repeat1 = 111,
  aux_sym__items_repeat1 = 112,
  aux_sym_argument_list_repeat1 = 113,
  aux_sym_extended_command_repeat1 = 114,
  aux_sym_grbl_command_repeat1 = 115,
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
  [94] = 22,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 97,
  [103] = 96,
  [104] = 95,
  [105] = 98,
  [106] = 106,
  [107] = 99,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 114,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 114,
  [123] = 123,
  [124] = 114,
  [125] = 125,
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
  [187] = 185,
  [188] = 157,
  [189] = 185,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 194,
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
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 228,
  [234] = 234,
  [235] = 235,
  [236] = 22,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 231,
  [242] = 231,
  [243] = 229,
  [244] = 232,
  [245] = 230,
  [246] = 235,
  [247] = 237,
  [248] = 238,
  [249] = 239,
  [250] = 240,
  [251] = 229,
  [252] = 231,
  [253] = 253,
  [254] = 254,
  [255] = 255,
  [256] = 256,
  [257] = 23,
  [258] = 28,
  [259] = 259,
  [260] = 260,
  [261] = 26,
  [262] = 262,
  [263] = 263,
  [264] = 264,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 268,
  [269] = 27,
  [270] = 270,
  [271] = 271,
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 279,
  [281] = 279,
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
  [388] = 388,
  [389] = 389,
  [390] = 360,
  [391] = 391,
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
  [402] = 387,
  [403] = 403,
  [404] = 404,
  [405] = 387,
  [406] = 348,
  [407] = 407,
  [408] = 408,
  [409] = 360,
  [410] = 348,
  [411] = 411,
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
  [437] = 418,
  [438] = 438,
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
  [450] = 446,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 418,
  [456] = 456,
  [457] = 457,
  [458] = 458,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(1);
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
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == ']') ADVANCE(313);
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
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == ']') ADVANCE(313);
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
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(195);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == '_') ADVANCE(179);
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
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '[') ADVANCE(60);
      if (lookahead == '_') ADVANCE(179);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(373);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '=') ADVANCE(311);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(12)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(375);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(377);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(13)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
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
      if (lookahead == ')') ADVANCE(376);
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
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == ',') ADVANCE(54);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 18:
      if (lookahead == ')') ADVANCE(376);
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
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 20:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 21:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 22:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 23:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(34);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(44);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 24:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 25:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(23);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 26:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 27:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(20);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 28:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 29:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(37);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 30:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 31:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 32:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(36);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 34:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 35:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 36:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 37:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 38:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 39:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 40:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(49);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 41:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(47);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 42:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 43:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 44:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(30);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 45:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(43);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 46:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 47:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 48:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(32);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 49:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(26);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 50:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 51:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(32);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 52:
      if (lookahead == ')') ADVANCE(376);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 53:
      if (lookahead == ')') ADVANCE(378);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 54:
      if (lookahead == ')') ADVANCE(378);
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
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == '.') ADVANCE(178);
      if (lookahead == '/') ADVANCE(195);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '<') ADVANCE(58);
      if (lookahead == '=') ADVANCE(311);
      if (lookahead == '[') ADVANCE(312);
      if (lookahead == '_') ADVANCE(179);
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
      if (lookahead == '#') ADVANCE(310);
      if (lookahead == '$') ADVANCE(201);
      if (lookahead == '%') ADVANCE(200);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ':') ADVANCE(332);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '[') ADVANCE(60);
      if (lookahead == '_') ADVANCE(179);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == ';') ADVANCE(377);
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
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(373);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(377);
      if (lookahead == '=') ADVANCE(311);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(190)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(374);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(375);
      END_STATE();
    case 191:
      if (eof) ADVANCE(192);
      if (lookahead == '\n') ADVANCE(193);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '(') ADVANCE(18);
      if (lookahead == '*') ADVANCE(102);
      if (lookahead == ';') ADVANCE(377);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(191)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(57);
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
      if (lookahead == ')') ADVANCE(378);
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
      if (lookahead == ')') ADVANCE(378);
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
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(377);
      END_STATE();
    case 378:
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
  [17] = {.lex_state = 181},
  [18] = {.lex_state = 180},
  [19] = {.lex_state = 181},
  [20] = {.lex_state = 181},
  [21] = {.lex_state = 181},
  [22] = {.lex_state = 182},
  [23] = {.lex_state = 182},
  [24] = {.lex_state = 183},
  [25] = {.lex_state = 183},
  [26] = {.lex_state = 183},
  [27] = {.lex_state = 183},
  [28] = {.lex_state = 183},
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
  [88] = {.lex_state = 180},
  [89] = {.lex_state = 180},
  [90] = {.lex_state = 180},
  [91] = {.lex_state = 180},
  [92] = {.lex_state = 180},
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
  [114] = {.lex_state = 182},
  [115] = {.lex_state = 182},
  [116] = {.lex_state = 187},
  [117] = {.lex_state = 187},
  [118] = {.lex_state = 187},
  [119] = {.lex_state = 187},
  [120] = {.lex_state = 187},
  [121] = {.lex_state = 187},
  [122] = {.lex_state = 182},
  [123] = {.lex_state = 187},
  [124] = {.lex_state = 182},
  [125] = {.lex_state = 187},
  [126] = {.lex_state = 188},
  [127] = {.lex_state = 187},
  [128] = {.lex_state = 188},
  [129] = {.lex_state = 188},
  [130] = {.lex_state = 188},
  [131] = {.lex_state = 188},
  [132] = {.lex_state = 188},
  [133] = {.lex_state = 188},
  [134] = {.lex_state = 188},
  [135] = {.lex_state = 187},
  [136] = {.lex_state = 188},
  [137] = {.lex_state = 187},
  [138] = {.lex_state = 188},
  [139] = {.lex_state = 188},
  [140] = {.lex_state = 188},
  [141] = {.lex_state = 188},
  [142] = {.lex_state = 188},
  [143] = {.lex_state = 188},
  [144] = {.lex_state = 188},
  [145] = {.lex_state = 188},
  [146] = {.lex_state = 188},
  [147] = {.lex_state = 188},
  [148] = {.lex_state = 188},
  [149] = {.lex_state = 188},
  [150] = {.lex_state = 188},
  [151] = {.lex_state = 188},
  [152] = {.lex_state = 188},
  [153] = {.lex_state = 188},
  [154] = {.lex_state = 188},
  [155] = {.lex_state = 187},
  [156] = {.lex_state = 187},
  [157] = {.lex_state = 182},
  [158] = {.lex_state = 188},
  [159] = {.lex_state = 187},
  [160] = {.lex_state = 188},
  [161] = {.lex_state = 188},
  [162] = {.lex_state = 188},
  [163] = {.lex_state = 188},
  [164] = {.lex_state = 188},
  [165] = {.lex_state = 188},
  [166] = {.lex_state = 187},
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
  [177] = {.lex_state = 188},
  [178] = {.lex_state = 188},
  [179] = {.lex_state = 188},
  [180] = {.lex_state = 188},
  [181] = {.lex_state = 188},
  [182] = {.lex_state = 188},
  [183] = {.lex_state = 188},
  [184] = {.lex_state = 188},
  [185] = {.lex_state = 182},
  [186] = {.lex_state = 188},
  [187] = {.lex_state = 182},
  [188] = {.lex_state = 182},
  [189] = {.lex_state = 182},
  [190] = {.lex_state = 188},
  [191] = {.lex_state = 188},
  [192] = {.lex_state = 188},
  [193] = {.lex_state = 188},
  [194] = {.lex_state = 188},
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
  [208] = {.lex_state = 182},
  [209] = {.lex_state = 188},
  [210] = {.lex_state = 188},
  [211] = {.lex_state = 188},
  [212] = {.lex_state = 188},
  [213] = {.lex_state = 188},
  [214] = {.lex_state = 188},
  [215] = {.lex_state = 188},
  [216] = {.lex_state = 188},
  [217] = {.lex_state = 188},
  [218] = {.lex_state = 188},
  [219] = {.lex_state = 188},
  [220] = {.lex_state = 182},
  [221] = {.lex_state = 188},
  [222] = {.lex_state = 188},
  [223] = {.lex_state = 188},
  [224] = {.lex_state = 188},
  [225] = {.lex_state = 188},
  [226] = {.lex_state = 188},
  [227] = {.lex_state = 188},
  [228] = {.lex_state = 185},
  [229] = {.lex_state = 185},
  [230] = {.lex_state = 185},
  [231] = {.lex_state = 185},
  [232] = {.lex_state = 185},
  [233] = {.lex_state = 185},
  [234] = {.lex_state = 185},
  [235] = {.lex_state = 185},
  [236] = {.lex_state = 188},
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
  [255] = {.lex_state = 187},
  [256] = {.lex_state = 187},
  [257] = {.lex_state = 188},
  [258] = {.lex_state = 188},
  [259] = {.lex_state = 188},
  [260] = {.lex_state = 188},
  [261] = {.lex_state = 188},
  [262] = {.lex_state = 188},
  [263] = {.lex_state = 188},
  [264] = {.lex_state = 185},
  [265] = {.lex_state = 188},
  [266] = {.lex_state = 188},
  [267] = {.lex_state = 188},
  [268] = {.lex_state = 188},
  [269] = {.lex_state = 188},
  [270] = {.lex_state = 188},
  [271] = {.lex_state = 188},
  [272] = {.lex_state = 180},
  [273] = {.lex_state = 188},
  [274] = {.lex_state = 180},
  [275] = {.lex_state = 180},
  [276] = {.lex_state = 188},
  [277] = {.lex_state = 180},
  [278] = {.lex_state = 180},
  [279] = {.lex_state = 0},
  [280] = {.lex_state = 0},
  [281] = {.lex_state = 0},
  [282] = {.lex_state = 190},
  [283] = {.lex_state = 180},
  [284] = {.lex_state = 0},
  [285] = {.lex_state = 191},
  [286] = {.lex_state = 191},
  [287] = {.lex_state = 191},
  [288] = {.lex_state = 180},
  [289] = {.lex_state = 191},
  [290] = {.lex_state = 180},
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
  [318] = {.lex_state = 180},
  [319] = {.lex_state = 180},
  [320] = {.lex_state = 182},
  [321] = {.lex_state = 180},
  [322] = {.lex_state = 180},
  [323] = {.lex_state = 180},
  [324] = {.lex_state = 180},
  [325] = {.lex_state = 180},
  [326] = {.lex_state = 0},
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
  [338] = {.lex_state = 180},
  [339] = {.lex_state = 0},
  [340] = {.lex_state = 0},
  [341] = {.lex_state = 0},
  [342] = {.lex_state = 180},
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
  [367] = {.lex_state = 0},
  [368] = {.lex_state = 0},
  [369] = {.lex_state = 0},
  [370] = {.lex_state = 0},
  [371] = {.lex_state = 0},
  [372] = {.lex_state = 0},
  [373] = {.lex_state = 0},
  [374] = {.lex_state = 180},
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
  [385] = {.lex_state = 180},
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
  [403] = {.lex_state = 0},
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
  [415] = {.lex_state = 0},
  [416] = {.lex_state = 180},
  [417] = {.lex_state = 0},
  [418] = {.lex_state = 0},
  [419] = {.lex_state = 0},
  [420] = {.lex_state = 0},
  [421] = {.lex_state = 0},
  [422] = {.lex_state = 0},
  [423] = {.lex_state = 0},
  [424] = {.lex_state = 0},
  [425] = {.lex_state = 0},
  [426] = {.lex_state = 0},
  [427] = {.lex_state = 0},
  [428] = {.lex_state = 0},
  [429] = {.lex_state = 0},
  [430] = {.lex_state = 0},
  [431] = {.lex_state = 181},
  [432] = {.lex_state = 0},
  [433] = {.lex_state = 0},
  [434] = {.lex_state = 0},
  [435] = {.lex_state = 0},
  [436] = {.lex_state = 0},
  [437] = {.lex_state = 0},
  [438] = {.lex_state = 0},
  [439] = {.lex_state = 0},
  [440] = {.lex_state = 0},
  [441] = {.lex_state = 0},
  [442] = {.lex_state = 0},
  [443] = {.lex_state = 0},
  [444] = {.lex_state = 0},
  [445] = {.lex_state = 0},
  [446] = {.lex_state = 0},
  [447] = {.lex_state = 0},
  [448] = {.lex_state = 0},
  [449] = {.lex_state = 180},
  [450] = {.lex_state = 0},
  [451] = {.lex_state = 0},
  [452] = {.lex_state = 0},
  [453] = {.lex_state = 0},
  [454] = {.lex_state = 0},
  [455] = {.lex_state = 0},
  [456] = {.lex_state = 180},
  [457] = {.lex_state = 0},
  [458] = {.lex_state = 180},
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
    [sym_comment] = ACTIONS(3),
    [sym_message] = ACTIONS(5),
  },
  [1] = {
    [sym_source_file] = STATE(436),
    [sym_line] = STATE(3),
    [sym_word] = STATE(183),
    [sym__text_word] = STATE(119),
    [sym_indirect_parameter] = STATE(446),
    [sym_parameter_assignment] = STATE(183),
    [sym_program_number] = STATE(299),
    [sym__o_label] = STATE(208),
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
    [aux_sym_source_file_repeat1] = STATE(3),
    [aux_sym__line_content_repeat1] = STATE(5),
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
    [sym_comment] = ACTIONS(49),
    [sym_message] = ACTIONS(51),
  },
  [2] = {
    [sym_line] = STATE(2),
    [sym_word] = STATE(227),
    [sym__text_word] = STATE(127),
    [sym_indirect_parameter] = STATE(446),
    [sym_parameter_assignment] = STATE(227),
    [sym_program_number] = STATE(374),
    [sym__o_label] = STATE(208),
    [sym_o_sub] = STATE(374),
    [sym_o_endsub] = STATE(374),
    [sym_o_call] = STATE(374),
    [sym_o_return] = STATE(374),
    [sym_o_if] = STATE(374),
    [sym_o_elseif] = STATE(374),
    [sym_o_else] = STATE(374),
    [sym_o_endif] = STATE(374),
    [sym_o_while] = STATE(374),
    [sym_o_endwhile] = STATE(374),
    [sym_o_do] = STATE(374),
    [sym_o_repeat] = STATE(374),
    [sym_o_endrepeat] = STATE(374),
    [sym_o_break] = STATE(374),
    [sym_o_continue] = STATE(374),
    [sym_fanuc_if] = STATE(374),
    [sym_fanuc_goto] = STATE(374),
    [sym_fanuc_while] = STATE(374),
    [sym_fanuc_do] = STATE(374),
    [sym_fanuc_end] = STATE(374),
    [sym_fanuc_print] = STATE(374),
    [sym_extended_command] = STATE(374),
    [sym_grbl_command] = STATE(374),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym__line_content_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(53),
    [sym__newline] = ACTIONS(55),
    [sym_block_delete] = ACTIONS(58),
    [sym_line_number] = ACTIONS(61),
    [sym_checksum] = ACTIONS(64),
    [sym_percent] = ACTIONS(67),
    [anon_sym_DOLLAR] = ACTIONS(70),
    [sym__letter] = ACTIONS(73),
    [sym__m] = ACTIONS(76),
    [sym__n] = ACTIONS(73),
    [sym__o] = ACTIONS(79),
    [sym_numbered_parameter] = ACTIONS(82),
    [sym_named_parameter] = ACTIONS(82),
    [anon_sym_POUND] = ACTIONS(85),
    [anon_sym_COLON] = ACTIONS(88),
    [aux_sym_fanuc_if_token1] = ACTIONS(91),
    [aux_sym_fanuc_goto_token1] = ACTIONS(94),
    [aux_sym_fanuc_while_token1] = ACTIONS(97),
    [aux_sym_fanuc_while_token2] = ACTIONS(100),
    [aux_sym_fanuc_end_token1] = ACTIONS(103),
    [aux_sym_fanuc_print_token1] = ACTIONS(106),
    [aux_sym_fanuc_print_token2] = ACTIONS(106),
    [aux_sym_fanuc_print_token3] = ACTIONS(109),
    [aux_sym_fanuc_print_token4] = ACTIONS(109),
    [sym_extended_name] = ACTIONS(112),
    [sym_comment] = ACTIONS(115),
    [sym_message] = ACTIONS(118),
  },
  [3] = {
    [sym_line] = STATE(2),
    [sym_word] = STATE(129),
    [sym__text_word] = STATE(108),
    [sym_indirect_parameter] = STATE(446),
    [sym_parameter_assignment] = STATE(129),
    [sym_program_number] = STATE(298),
    [sym__o_label] = STATE(208),
    [sym_o_sub] = STATE(298),
    [sym_o_endsub] = STATE(298),
    [sym_o_call] = STATE(298),
    [sym_o_return] = STATE(298),
    [sym_o_if] = STATE(298),
    [sym_o_elseif] = STATE(298),
    [sym_o_else] = STATE(298),
    [sym_o_endif] = STATE(298),
    [sym_o_while] = STATE(298),
    [sym_o_endwhile] = STATE(298),
    [sym_o_do] = STATE(298),
    [sym_o_repeat] = STATE(298),
    [sym_o_endrepeat] = STATE(298),
    [sym_o_break] = STATE(298),
    [sym_o_continue] = STATE(298),
    [sym_fanuc_if] = STATE(298),
    [sym_fanuc_goto] = STATE(298),
    [sym_fanuc_while] = STATE(298),
    [sym_fanuc_do] = STATE(298),
    [sym_fanuc_end] = STATE(298),
    [sym_fanuc_print] = STATE(298),
    [sym_extended_command] = STATE(298),
    [sym_grbl_command] = STATE(298),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym__line_content_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(121),
    [sym__newline] = ACTIONS(9),
    [sym_block_delete] = ACTIONS(123),
    [sym_line_number] = ACTIONS(125),
    [sym_checksum] = ACTIONS(127),
    [sym_percent] = ACTIONS(129),
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
    [sym_comment] = ACTIONS(131),
    [sym_message] = ACTIONS(133),
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
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(139), 1,
      sym_block_delete,
    ACTIONS(141), 1,
      sym_line_number,
    ACTIONS(143), 1,
      sym_checksum,
    ACTIONS(145), 1,
      sym_percent,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(149), 1,
      sym_message,
    STATE(29), 1,
      aux_sym__line_content_repeat1,
    STATE(110), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(177), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(307), 24,
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
  [116] = 29,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(149), 1,
      sym_message,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(153), 1,
      sym_block_delete,
    ACTIONS(155), 1,
      sym_line_number,
    ACTIONS(157), 1,
      sym_checksum,
    ACTIONS(159), 1,
      sym_percent,
    STATE(29), 1,
      aux_sym__line_content_repeat1,
    STATE(120), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(168), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(304), 24,
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
  [232] = 28,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(147), 1,
      sym_comment,
    ACTIONS(149), 1,
      sym_message,
    ACTIONS(161), 1,
      sym_block_delete,
    ACTIONS(163), 1,
      sym_line_number,
    ACTIONS(165), 1,
      sym_checksum,
    ACTIONS(167), 1,
      sym_percent,
    STATE(29), 1,
      aux_sym__line_content_repeat1,
    STATE(166), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(219), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(385), 24,
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
  [345] = 27,
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
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(173), 1,
      sym_line_number,
    ACTIONS(175), 1,
      sym_checksum,
    ACTIONS(177), 1,
      sym_percent,
    STATE(111), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(196), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(291), 24,
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
  [455] = 27,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(155), 1,
      sym_line_number,
    ACTIONS(157), 1,
      sym_checksum,
    ACTIONS(159), 1,
      sym_percent,
    STATE(116), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(168), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(304), 24,
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
  [565] = 27,
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
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(141), 1,
      sym_line_number,
    ACTIONS(143), 1,
      sym_checksum,
    ACTIONS(145), 1,
      sym_percent,
    STATE(112), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(177), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(307), 24,
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
  [675] = 27,
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
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
    ACTIONS(181), 1,
      sym_line_number,
    ACTIONS(183), 1,
      sym_checksum,
    ACTIONS(185), 1,
      sym_percent,
    STATE(125), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(139), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(301), 24,
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
  [785] = 26,
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
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(143), 1,
      sym_checksum,
    ACTIONS(145), 1,
      sym_percent,
    STATE(113), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(177), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(307), 24,
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
  [892] = 26,
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
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(175), 1,
      sym_checksum,
    ACTIONS(177), 1,
      sym_percent,
    STATE(118), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(196), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(291), 24,
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
  [999] = 26,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      sym_checksum,
    ACTIONS(159), 1,
      sym_percent,
    STATE(117), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(168), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(304), 24,
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
  [1106] = 26,
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
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
    ACTIONS(183), 1,
      sym_checksum,
    ACTIONS(185), 1,
      sym_percent,
    STATE(123), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(139), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(301), 24,
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
  [1213] = 26,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(163), 1,
      sym_line_number,
    ACTIONS(165), 1,
      sym_checksum,
    ACTIONS(167), 1,
      sym_percent,
    STATE(155), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(219), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(385), 24,
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
  [1320] = 26,
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
    ACTIONS(187), 1,
      ts_builtin_sym_end,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(191), 1,
      sym_checksum,
    ACTIONS(193), 1,
      sym_percent,
    STATE(121), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(171), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(317), 24,
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
  [1427] = 26,
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
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(195), 1,
      ts_builtin_sym_end,
    ACTIONS(197), 1,
      sym_checksum,
    ACTIONS(199), 1,
      sym_percent,
    STATE(109), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(138), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(303), 24,
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
  [1534] = 26,
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
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(201), 1,
      sym_line_number,
    ACTIONS(203), 1,
      sym_checksum,
    ACTIONS(205), 1,
      sym_percent,
    STATE(137), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(218), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(338), 24,
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
  [1641] = 25,
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
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(165), 1,
      sym_checksum,
    ACTIONS(167), 1,
      sym_percent,
    STATE(156), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(219), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(385), 24,
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
  [1745] = 25,
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
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(203), 1,
      sym_checksum,
    ACTIONS(205), 1,
      sym_percent,
    STATE(135), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(218), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(338), 24,
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
  [1849] = 25,
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
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(207), 1,
      sym_checksum,
    ACTIONS(209), 1,
      sym_percent,
    STATE(159), 1,
      sym__text_word,
    STATE(208), 1,
      sym__o_label,
    STATE(446), 1,
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
    STATE(206), 2,
      sym_word,
      sym_parameter_assignment,
    STATE(342), 24,
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
  [1953] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(213), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(211), 34,
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
  [2001] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(217), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(215), 32,
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
  [2047] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(221), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(219), 21,
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
  [2085] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(225), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(223), 21,
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
  [2123] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(229), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(227), 21,
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
  [2161] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(233), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(231), 21,
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
  [2199] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(237), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(235), 21,
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
  [2237] = 5,
    ACTIONS(243), 1,
      sym_comment,
    ACTIONS(246), 1,
      sym_message,
    STATE(29), 1,
      aux_sym__line_content_repeat1,
    ACTIONS(239), 10,
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
    ACTIONS(241), 15,
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
  [2276] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2308] = 2,
    ACTIONS(253), 11,
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
      sym_message,
    ACTIONS(255), 16,
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
  [2340] = 2,
    ACTIONS(257), 11,
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
      sym_message,
    ACTIONS(259), 16,
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
  [2372] = 2,
    ACTIONS(257), 11,
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
      sym_message,
    ACTIONS(259), 16,
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
  [2404] = 2,
    ACTIONS(261), 11,
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
      sym_message,
    ACTIONS(263), 16,
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
  [2436] = 2,
    ACTIONS(261), 11,
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
      sym_message,
    ACTIONS(263), 16,
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
  [2468] = 2,
    ACTIONS(261), 11,
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
      sym_message,
    ACTIONS(263), 16,
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
  [2500] = 2,
    ACTIONS(265), 11,
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
      sym_message,
    ACTIONS(267), 16,
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
  [2532] = 2,
    ACTIONS(257), 11,
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
      sym_message,
    ACTIONS(259), 16,
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
  [2564] = 2,
    ACTIONS(269), 11,
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
      sym_message,
    ACTIONS(271), 16,
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
  [2596] = 2,
    ACTIONS(273), 11,
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
      sym_message,
    ACTIONS(275), 16,
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
  [2628] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2660] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2692] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2724] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2756] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2788] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [2820] = 2,
    ACTIONS(277), 11,
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
      sym_message,
    ACTIONS(279), 16,
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
  [2852] = 2,
    ACTIONS(281), 11,
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
      sym_message,
    ACTIONS(283), 16,
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
  [2884] = 2,
    ACTIONS(281), 11,
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
      sym_message,
    ACTIONS(283), 16,
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
  [2916] = 2,
    ACTIONS(281), 11,
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
      sym_message,
    ACTIONS(283), 16,
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
  [2948] = 2,
    ACTIONS(273), 11,
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
      sym_message,
    ACTIONS(275), 16,
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
  [2980] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [3012] = 2,
    ACTIONS(249), 11,
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
      sym_message,
    ACTIONS(251), 16,
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
  [3044] = 2,
    ACTIONS(285), 11,
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
      sym_message,
    ACTIONS(287), 16,
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
  [3076] = 2,
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
  [3140] = 2,
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
  [3172] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3204] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3236] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3268] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3300] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3332] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3364] = 2,
    ACTIONS(297), 11,
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
      sym_message,
    ACTIONS(299), 16,
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
  [3396] = 2,
    ACTIONS(301), 11,
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
      sym_message,
    ACTIONS(303), 16,
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
  [3428] = 2,
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
  [3460] = 2,
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
  [3492] = 2,
    ACTIONS(289), 11,
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
      sym_message,
    ACTIONS(291), 16,
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
  [3524] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3556] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3588] = 2,
    ACTIONS(293), 11,
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
      sym_message,
    ACTIONS(295), 16,
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
  [3620] = 2,
    ACTIONS(305), 11,
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
      sym_message,
    ACTIONS(307), 16,
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
  [3652] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [3684] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [3716] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [3748] = 2,
    ACTIONS(313), 11,
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
      sym_message,
    ACTIONS(315), 16,
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
  [3780] = 2,
    ACTIONS(313), 11,
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
      sym_message,
    ACTIONS(315), 16,
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
  [3812] = 2,
    ACTIONS(317), 11,
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
      sym_message,
    ACTIONS(319), 16,
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
  [3844] = 2,
    ACTIONS(317), 11,
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
      sym_message,
    ACTIONS(319), 16,
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
  [3876] = 2,
    ACTIONS(317), 11,
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
      sym_message,
    ACTIONS(319), 16,
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
  [3908] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [3940] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [3972] = 2,
    ACTIONS(309), 11,
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
      sym_message,
    ACTIONS(311), 16,
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
  [4004] = 2,
    ACTIONS(313), 11,
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
      sym_message,
    ACTIONS(315), 16,
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
  [4036] = 2,
    ACTIONS(321), 11,
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
      sym_message,
    ACTIONS(323), 16,
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
  [4068] = 2,
    ACTIONS(325), 11,
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
      sym_message,
    ACTIONS(327), 16,
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
  [4100] = 2,
    ACTIONS(329), 11,
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
      sym_message,
    ACTIONS(331), 16,
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
  [4132] = 2,
    ACTIONS(329), 11,
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
      sym_message,
    ACTIONS(331), 16,
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
  [4164] = 2,
    ACTIONS(329), 11,
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
      sym_message,
    ACTIONS(331), 16,
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
  [4196] = 2,
    ACTIONS(321), 11,
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
      sym_message,
    ACTIONS(323), 16,
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
  [4228] = 2,
    ACTIONS(333), 11,
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
      sym_message,
    ACTIONS(335), 16,
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
  [4260] = 2,
    ACTIONS(337), 11,
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
      sym_message,
    ACTIONS(339), 16,
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
  [4292] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(217), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(215), 19,
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
  [4328] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(213), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(211), 19,
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
  [4364] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(341), 1,
      anon_sym_STAR,
    ACTIONS(345), 1,
      anon_sym_STAR_STAR,
    ACTIONS(343), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(225), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(223), 16,
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
  [4406] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(341), 1,
      anon_sym_STAR,
    ACTIONS(345), 1,
      anon_sym_STAR_STAR,
    ACTIONS(343), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(347), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(225), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(349), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(223), 8,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
  [4452] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(341), 1,
      anon_sym_STAR,
    ACTIONS(345), 1,
      anon_sym_STAR_STAR,
    ACTIONS(343), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(347), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(225), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(223), 14,
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
  [4496] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(345), 1,
      anon_sym_STAR_STAR,
    ACTIONS(225), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(223), 18,
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
  [4534] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(341), 1,
      anon_sym_STAR,
    ACTIONS(345), 1,
      anon_sym_STAR_STAR,
    ACTIONS(343), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(347), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(355), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(351), 5,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(353), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(349), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4582] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(361), 1,
      sym__text_m_code,
    ACTIONS(365), 1,
      sym_number,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    ACTIONS(371), 1,
      sym_function_name,
    ACTIONS(373), 1,
      sym__atan,
    STATE(267), 1,
      sym__signed_value,
    ACTIONS(359), 2,
      sym__letter,
      sym__m,
    ACTIONS(363), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(367), 3,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(268), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(357), 5,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__n,
  [4635] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    ACTIONS(371), 1,
      sym_function_name,
    ACTIONS(373), 1,
      sym__atan,
    STATE(260), 1,
      sym__signed_value,
    ACTIONS(359), 2,
      sym__letter,
      sym__m,
    ACTIONS(363), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(268), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(367), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(357), 5,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__n,
  [4683] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(225), 1,
      sym_checksum,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(223), 13,
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
  [4722] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(225), 1,
      sym_checksum,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(223), 7,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      anon_sym_COMMA,
  [4763] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(225), 1,
      sym_checksum,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(223), 15,
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
  [4800] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(225), 2,
      sym_checksum,
      anon_sym_STAR,
    ACTIONS(223), 17,
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
  [4833] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(389), 1,
      aux_sym_o_else_token1,
    ACTIONS(385), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(387), 14,
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
  [4864] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(353), 1,
      sym_checksum,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(351), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [4905] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(393), 1,
      ts_builtin_sym_end,
    ACTIONS(395), 1,
      sym__newline,
    ACTIONS(397), 1,
      sym_checksum,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(401), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(192), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [4953] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(405), 1,
      ts_builtin_sym_end,
    ACTIONS(407), 1,
      sym__newline,
    ACTIONS(409), 1,
      sym_checksum,
    ACTIONS(411), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(162), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5001] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(413), 1,
      ts_builtin_sym_end,
    ACTIONS(415), 1,
      sym__newline,
    ACTIONS(417), 1,
      sym_checksum,
    ACTIONS(419), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(170), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5049] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(421), 1,
      ts_builtin_sym_end,
    ACTIONS(423), 1,
      sym__newline,
    ACTIONS(425), 1,
      sym_checksum,
    ACTIONS(427), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(176), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5097] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(413), 1,
      ts_builtin_sym_end,
    ACTIONS(429), 1,
      sym__newline,
    ACTIONS(431), 1,
      sym_checksum,
    ACTIONS(433), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(150), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5145] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(413), 1,
      ts_builtin_sym_end,
    ACTIONS(435), 1,
      sym__newline,
    ACTIONS(437), 1,
      sym_checksum,
    ACTIONS(439), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(152), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5193] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(441), 1,
      anon_sym_RBRACK,
    ACTIONS(443), 1,
      anon_sym_COMMA,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5233] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(441), 1,
      anon_sym_RBRACK,
    ACTIONS(445), 1,
      anon_sym_COMMA,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5273] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(429), 1,
      sym__newline,
    ACTIONS(447), 1,
      ts_builtin_sym_end,
    ACTIONS(449), 1,
      sym_checksum,
    ACTIONS(451), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(195), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5321] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(435), 1,
      sym__newline,
    ACTIONS(447), 1,
      ts_builtin_sym_end,
    ACTIONS(453), 1,
      sym_checksum,
    ACTIONS(455), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(180), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5369] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(421), 1,
      ts_builtin_sym_end,
    ACTIONS(457), 1,
      sym__newline,
    ACTIONS(459), 1,
      sym_checksum,
    ACTIONS(461), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(182), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5417] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(395), 1,
      sym__newline,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(463), 1,
      ts_builtin_sym_end,
    ACTIONS(465), 1,
      sym_checksum,
    ACTIONS(467), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(164), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5465] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(415), 1,
      sym__newline,
    ACTIONS(447), 1,
      ts_builtin_sym_end,
    ACTIONS(469), 1,
      sym_checksum,
    ACTIONS(471), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(174), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5513] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(407), 1,
      sym__newline,
    ACTIONS(473), 1,
      ts_builtin_sym_end,
    ACTIONS(475), 1,
      sym_checksum,
    ACTIONS(477), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(146), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5561] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(445), 1,
      anon_sym_COMMA,
    ACTIONS(479), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5601] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(457), 1,
      sym__newline,
    ACTIONS(481), 1,
      ts_builtin_sym_end,
    ACTIONS(483), 1,
      sym_checksum,
    ACTIONS(485), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(132), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5649] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(445), 1,
      anon_sym_COMMA,
    ACTIONS(487), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [5689] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(423), 1,
      sym__newline,
    ACTIONS(481), 1,
      ts_builtin_sym_end,
    ACTIONS(489), 1,
      sym_checksum,
    ACTIONS(491), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(141), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5737] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
    ACTIONS(183), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5784] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(395), 1,
      sym__newline,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(499), 1,
      sym_checksum,
    ACTIONS(501), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(217), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5829] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(187), 1,
      ts_builtin_sym_end,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(191), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5876] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(143), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(126), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5923] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(503), 1,
      ts_builtin_sym_end,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(507), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5970] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(511), 1,
      sym__newline,
    ACTIONS(513), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(158), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6017] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(515), 1,
      sym__newline,
    ACTIONS(517), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6064] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(521), 1,
      sym__newline,
    ACTIONS(523), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6111] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(525), 1,
      sym__newline,
    ACTIONS(527), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6158] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(457), 1,
      sym__newline,
    ACTIONS(529), 1,
      sym_checksum,
    ACTIONS(531), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(203), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6203] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(533), 1,
      ts_builtin_sym_end,
    ACTIONS(535), 1,
      sym__newline,
    ACTIONS(537), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6250] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(423), 1,
      sym__newline,
    ACTIONS(539), 1,
      sym_checksum,
    ACTIONS(541), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(211), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6295] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(503), 1,
      ts_builtin_sym_end,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(507), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(160), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6342] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(195), 1,
      ts_builtin_sym_end,
    ACTIONS(197), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(130), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6389] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(543), 1,
      sym__newline,
    ACTIONS(545), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(163), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6436] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(547), 1,
      sym__newline,
    ACTIONS(549), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6483] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(551), 1,
      sym__newline,
    ACTIONS(553), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6530] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(555), 1,
      ts_builtin_sym_end,
    ACTIONS(557), 1,
      sym__newline,
    ACTIONS(559), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6577] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(175), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6624] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(561), 1,
      ts_builtin_sym_end,
    ACTIONS(563), 1,
      sym__newline,
    ACTIONS(565), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(165), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6671] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(561), 1,
      ts_builtin_sym_end,
    ACTIONS(567), 1,
      sym__newline,
    ACTIONS(569), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6718] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(195), 1,
      ts_builtin_sym_end,
    ACTIONS(197), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6765] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(573), 1,
      sym__newline,
    ACTIONS(575), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(133), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6812] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(579), 1,
      sym__newline,
    ACTIONS(581), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6859] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(583), 1,
      sym__newline,
    ACTIONS(585), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6906] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(587), 1,
      sym__newline,
    ACTIONS(589), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(134), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6953] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(591), 1,
      sym__newline,
    ACTIONS(593), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7000] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(535), 1,
      sym__newline,
    ACTIONS(595), 1,
      ts_builtin_sym_end,
    ACTIONS(597), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7047] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(599), 1,
      ts_builtin_sym_end,
    ACTIONS(601), 1,
      sym__newline,
    ACTIONS(603), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(136), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7094] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(429), 1,
      sym__newline,
    ACTIONS(605), 1,
      sym_checksum,
    ACTIONS(607), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(213), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7139] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(435), 1,
      sym__newline,
    ACTIONS(609), 1,
      sym_checksum,
    ACTIONS(611), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(215), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7184] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(613), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [7221] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(617), 1,
      sym__newline,
    ACTIONS(619), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7268] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(407), 1,
      sym__newline,
    ACTIONS(621), 1,
      sym_checksum,
    ACTIONS(623), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(199), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7313] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(557), 1,
      sym__newline,
    ACTIONS(625), 1,
      ts_builtin_sym_end,
    ACTIONS(627), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7360] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(563), 1,
      sym__newline,
    ACTIONS(629), 1,
      ts_builtin_sym_end,
    ACTIONS(631), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(172), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7407] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(567), 1,
      sym__newline,
    ACTIONS(629), 1,
      ts_builtin_sym_end,
    ACTIONS(633), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7454] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(579), 1,
      sym__newline,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(635), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7501] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(599), 1,
      ts_builtin_sym_end,
    ACTIONS(637), 1,
      sym__newline,
    ACTIONS(639), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7548] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(641), 1,
      ts_builtin_sym_end,
    ACTIONS(643), 1,
      sym__newline,
    ACTIONS(645), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7595] = 13,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(399), 1,
      anon_sym_DOLLAR,
    ACTIONS(415), 1,
      sym__newline,
    ACTIONS(647), 1,
      sym_checksum,
    ACTIONS(649), 1,
      sym_message_text,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(403), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(224), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7640] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(587), 1,
      sym__newline,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(653), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(194), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7687] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(175), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(128), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7734] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(655), 1,
      sym__newline,
    ACTIONS(657), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(142), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7781] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(659), 1,
      sym__newline,
    ACTIONS(661), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7828] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(663), 1,
      ts_builtin_sym_end,
    ACTIONS(665), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(143), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7875] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(643), 1,
      sym__newline,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(669), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7922] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(655), 1,
      sym__newline,
    ACTIONS(671), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(178), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7969] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(659), 1,
      sym__newline,
    ACTIONS(673), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8016] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(543), 1,
      sym__newline,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(677), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(149), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8063] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(547), 1,
      sym__newline,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(679), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8110] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
    ACTIONS(183), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(147), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8157] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(551), 1,
      sym__newline,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(683), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8204] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(663), 1,
      ts_builtin_sym_end,
    ACTIONS(665), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8251] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(591), 1,
      sym__newline,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(685), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8298] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(511), 1,
      sym__newline,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(687), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(184), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8345] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(515), 1,
      sym__newline,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(689), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8392] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(144), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8439] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(617), 1,
      sym__newline,
    ACTIONS(691), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8486] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(441), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8523] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(573), 1,
      sym__newline,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(693), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(190), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8570] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(479), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8607] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(695), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8644] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(377), 1,
      anon_sym_STAR,
    ACTIONS(381), 1,
      anon_sym_STAR_STAR,
    ACTIONS(487), 1,
      anon_sym_RBRACK,
    ACTIONS(375), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(379), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(391), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(383), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [8681] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(521), 1,
      sym__newline,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(697), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8728] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(601), 1,
      sym__newline,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(701), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(153), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8775] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(637), 1,
      sym__newline,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(703), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8822] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(707), 1,
      anon_sym_DOLLAR,
    ACTIONS(713), 1,
      sym__m,
    ACTIONS(719), 1,
      anon_sym_POUND,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(710), 2,
      sym__letter,
      sym__n,
    ACTIONS(716), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(705), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8865] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(525), 1,
      sym__newline,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(722), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8912] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(583), 1,
      sym__newline,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(724), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8959] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(187), 1,
      ts_builtin_sym_end,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(191), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(179), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9006] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(557), 1,
      sym__newline,
    ACTIONS(726), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9050] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(563), 1,
      sym__newline,
    ACTIONS(728), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(207), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9094] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(567), 1,
      sym__newline,
    ACTIONS(730), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9138] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(579), 1,
      sym__newline,
    ACTIONS(732), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9182] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(734), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9226] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(511), 1,
      sym__newline,
    ACTIONS(736), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(226), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9270] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(515), 1,
      sym__newline,
    ACTIONS(738), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9314] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(521), 1,
      sym__newline,
    ACTIONS(740), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9358] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(525), 1,
      sym__newline,
    ACTIONS(742), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9402] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(734), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(197), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9446] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(643), 1,
      sym__newline,
    ACTIONS(744), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9490] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(746), 1,
      aux_sym_o_sub_token1,
    ACTIONS(748), 1,
      aux_sym_o_endsub_token1,
    ACTIONS(750), 1,
      aux_sym_o_call_token1,
    ACTIONS(752), 1,
      aux_sym_o_return_token1,
    ACTIONS(754), 1,
      aux_sym_o_if_token1,
    ACTIONS(756), 1,
      aux_sym_o_elseif_token1,
    ACTIONS(758), 1,
      aux_sym_o_else_token1,
    ACTIONS(760), 1,
      aux_sym_o_endif_token1,
    ACTIONS(762), 1,
      aux_sym_o_while_token1,
    ACTIONS(764), 1,
      aux_sym_o_endwhile_token1,
    ACTIONS(766), 1,
      aux_sym_o_do_token1,
    ACTIONS(768), 1,
      aux_sym_o_repeat_token1,
    ACTIONS(770), 1,
      aux_sym_o_endrepeat_token1,
    ACTIONS(772), 1,
      aux_sym_o_break_token1,
    ACTIONS(774), 1,
      aux_sym_o_continue_token1,
  [9542] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(573), 1,
      sym__newline,
    ACTIONS(776), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(204), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9586] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(543), 1,
      sym__newline,
    ACTIONS(778), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(200), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9630] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(547), 1,
      sym__newline,
    ACTIONS(780), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9674] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(551), 1,
      sym__newline,
    ACTIONS(782), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9718] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(583), 1,
      sym__newline,
    ACTIONS(784), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9762] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(587), 1,
      sym__newline,
    ACTIONS(786), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(205), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9806] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(591), 1,
      sym__newline,
    ACTIONS(788), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9850] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(535), 1,
      sym__newline,
    ACTIONS(790), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9894] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(637), 1,
      sym__newline,
    ACTIONS(792), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9938] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(207), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(201), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9982] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(203), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(225), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10026] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(389), 1,
      aux_sym_o_else_token1,
    ACTIONS(387), 14,
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
  [10052] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(655), 1,
      sym__newline,
    ACTIONS(794), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(212), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10096] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(203), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10140] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(601), 1,
      sym__newline,
    ACTIONS(796), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(216), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10184] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(659), 1,
      sym__newline,
    ACTIONS(798), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10228] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(207), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10272] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    ACTIONS(617), 1,
      sym__newline,
    ACTIONS(800), 1,
      sym_checksum,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(193), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10316] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(165), 1,
      sym_checksum,
    ACTIONS(493), 1,
      anon_sym_DOLLAR,
    ACTIONS(497), 1,
      sym__m,
    STATE(256), 1,
      sym__text_word,
    STATE(259), 1,
      sym__spindle_word,
    STATE(446), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(495), 2,
      sym__letter,
      sym__n,
    STATE(222), 3,
      sym_word,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10360] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(804), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(188), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10395] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(814), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(185), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10430] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(816), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(24), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10465] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(818), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(114), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10500] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(822), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(99), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10535] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(832), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(157), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10570] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    ACTIONS(371), 1,
      sym_function_name,
    ACTIONS(373), 1,
      sym__atan,
    STATE(263), 1,
      sym__signed_value,
    ACTIONS(363), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(266), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(834), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
  [10607] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(836), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(104), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10642] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(213), 2,
      sym__letter,
      anon_sym_POUND,
    ACTIONS(211), 12,
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
  [10667] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(838), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(103), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10702] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(840), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(102), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10737] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(842), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(105), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10772] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(844), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(25), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10807] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(846), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(122), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10842] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(848), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(124), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10877] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(850), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(187), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10912] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(852), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(107), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10947] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(816), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(24), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10982] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(854), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(95), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11017] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(856), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(96), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11052] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(858), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(97), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11087] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(860), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(98), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11122] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(828), 1,
      sym_function_name,
    ACTIONS(830), 1,
      sym__atan,
    ACTIONS(820), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(844), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(25), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11157] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(862), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(189), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11192] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(810), 1,
      sym_function_name,
    ACTIONS(812), 1,
      sym__atan,
    ACTIONS(802), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(864), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(115), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11227] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(868), 1,
      sym_checksum,
    STATE(273), 1,
      aux_sym_grbl_command_repeat1,
    STATE(276), 1,
      sym_word,
    ACTIONS(866), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(495), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(870), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11258] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(874), 1,
      sym_checksum,
    STATE(271), 1,
      aux_sym_grbl_command_repeat1,
    STATE(276), 1,
      sym_word,
    ACTIONS(872), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(495), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(876), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11289] = 3,
    ACTIONS(878), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(880), 10,
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
  [11309] = 4,
    ACTIONS(882), 1,
      ts_builtin_sym_end,
    ACTIONS(886), 1,
      sym_message_text,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(884), 9,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [11331] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(217), 1,
      anon_sym_POUND,
    ACTIONS(215), 10,
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
  [11353] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(237), 1,
      anon_sym_POUND,
    ACTIONS(235), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11374] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(884), 1,
      anon_sym_POUND,
    ACTIONS(882), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11395] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(890), 1,
      anon_sym_POUND,
    ACTIONS(888), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11416] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(229), 1,
      anon_sym_POUND,
    ACTIONS(227), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11437] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(894), 1,
      anon_sym_POUND,
    ACTIONS(892), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11458] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(898), 1,
      anon_sym_POUND,
    ACTIONS(896), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11479] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    ACTIONS(371), 1,
      sym_function_name,
    ACTIONS(373), 1,
      sym__atan,
    ACTIONS(900), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(262), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
  [11508] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(904), 1,
      anon_sym_POUND,
    ACTIONS(902), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11529] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(908), 1,
      anon_sym_POUND,
    ACTIONS(906), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11550] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(890), 1,
      anon_sym_POUND,
    ACTIONS(888), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11571] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(912), 1,
      anon_sym_POUND,
    ACTIONS(910), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11592] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(233), 1,
      anon_sym_POUND,
    ACTIONS(231), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11613] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(276), 1,
      sym_word,
    ACTIONS(914), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(916), 3,
      sym__letter,
      sym__m,
      sym__n,
  [11636] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(276), 1,
      sym_word,
    ACTIONS(495), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(919), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11659] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(921), 1,
      sym_number,
    STATE(220), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(923), 3,
      sym_numbered_parameter,
      sym_named_parameter,
      sym_label_name,
  [11684] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(270), 1,
      aux_sym_grbl_command_repeat1,
    STATE(276), 1,
      sym_word,
    ACTIONS(495), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(925), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11707] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(324), 1,
      sym_argument_list,
    STATE(277), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(927), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11729] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(292), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(929), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
  [11751] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(931), 6,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
  [11766] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(278), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(933), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11785] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(937), 1,
      anon_sym_LBRACK,
    STATE(278), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(935), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11804] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(824), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    ACTIONS(940), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(93), 2,
      sym_indirect_parameter,
      sym_expression,
  [11825] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(806), 1,
      anon_sym_POUND,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    ACTIONS(942), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(23), 2,
      sym_indirect_parameter,
      sym_expression,
  [11846] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    ACTIONS(944), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(257), 2,
      sym_indirect_parameter,
      sym_expression,
  [11867] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(948), 1,
      anon_sym_EQ,
    ACTIONS(950), 1,
      sym_grbl_name,
    ACTIONS(946), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11885] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(325), 1,
      sym_expression,
    ACTIONS(952), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11903] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    STATE(295), 1,
      sym_parameter_assignment,
    STATE(450), 1,
      sym_indirect_parameter,
    ACTIONS(954), 2,
      sym_numbered_parameter,
      sym_named_parameter,
  [11923] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(958), 1,
      sym_extended_parameter,
    STATE(286), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(956), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11941] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(962), 1,
      sym_extended_parameter,
    STATE(286), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(960), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11959] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(958), 1,
      sym_extended_parameter,
    STATE(285), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(965), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11977] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(318), 1,
      sym_expression,
    ACTIONS(967), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [11995] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(969), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym_extended_parameter,
  [12008] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(973), 1,
      anon_sym_EQ,
    ACTIONS(971), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12023] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(187), 1,
      ts_builtin_sym_end,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(191), 1,
      sym_checksum,
  [12039] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(975), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12051] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(977), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12063] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(979), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12075] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(981), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12087] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(983), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12099] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(985), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12111] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(143), 1,
      sym_checksum,
  [12127] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
    ACTIONS(157), 1,
      sym_checksum,
  [12143] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(987), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12155] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(195), 1,
      ts_builtin_sym_end,
    ACTIONS(197), 1,
      sym_checksum,
  [12171] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(989), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12183] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(503), 1,
      ts_builtin_sym_end,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(507), 1,
      sym_checksum,
  [12199] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(175), 1,
      sym_checksum,
  [12215] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(991), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12227] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(993), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12239] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
    ACTIONS(183), 1,
      sym_checksum,
  [12255] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(995), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12267] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(997), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12279] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(999), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12291] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1001), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12303] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1003), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12315] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(385), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12327] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1005), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12339] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1007), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12351] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1009), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12363] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(663), 1,
      ts_builtin_sym_end,
    ACTIONS(665), 1,
      sym_checksum,
  [12379] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1011), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12391] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1013), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12403] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1015), 1,
      aux_sym_fanuc_if_token2,
    ACTIONS(1017), 1,
      aux_sym_fanuc_goto_token1,
    STATE(308), 1,
      sym_fanuc_goto,
  [12419] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1019), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12431] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1021), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12443] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1023), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12455] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1025), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12467] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1027), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12479] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(1029), 1,
      sym__newline,
  [12492] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1031), 1,
      ts_builtin_sym_end,
    ACTIONS(1033), 1,
      sym__newline,
  [12505] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(310), 1,
      sym_expression,
  [12518] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1035), 1,
      sym__newline,
  [12531] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1037), 1,
      ts_builtin_sym_end,
    ACTIONS(1039), 1,
      sym__newline,
  [12544] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(316), 1,
      sym_expression,
  [12557] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(557), 1,
      sym__newline,
    ACTIONS(625), 1,
      ts_builtin_sym_end,
  [12570] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(1041), 1,
      sym__newline,
  [12583] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1043), 1,
      sym__newline,
  [12596] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(1045), 1,
      sym__newline,
  [12609] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1047), 1,
      ts_builtin_sym_end,
    ACTIONS(1049), 1,
      sym__newline,
  [12622] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1047), 1,
      ts_builtin_sym_end,
    ACTIONS(1051), 1,
      sym__newline,
  [12635] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(207), 1,
      sym_checksum,
  [12648] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1053), 1,
      sym__newline,
  [12661] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(306), 1,
      sym_expression,
  [12674] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1051), 1,
      sym__newline,
    ACTIONS(1055), 1,
      ts_builtin_sym_end,
  [12687] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(734), 1,
      sym_checksum,
  [12700] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1057), 1,
      sym__newline,
  [12713] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(179), 1,
      ts_builtin_sym_end,
  [12726] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1035), 1,
      sym__newline,
  [12739] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(533), 1,
      ts_builtin_sym_end,
    ACTIONS(1059), 1,
      sym__newline,
  [12752] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(629), 1,
      ts_builtin_sym_end,
    ACTIONS(1061), 1,
      sym__newline,
  [12765] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1063), 1,
      anon_sym_LBRACK,
    STATE(418), 1,
      sym_expression,
  [12778] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(1065), 1,
      sym__newline,
  [12791] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(1041), 1,
      sym__newline,
  [12804] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(615), 1,
      ts_builtin_sym_end,
    ACTIONS(1067), 1,
      sym__newline,
  [12817] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1047), 1,
      ts_builtin_sym_end,
    ACTIONS(1069), 1,
      sym__newline,
  [12830] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1071), 1,
      ts_builtin_sym_end,
    ACTIONS(1073), 1,
      sym__newline,
  [12843] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(641), 1,
      ts_builtin_sym_end,
    ACTIONS(1075), 1,
      sym__newline,
  [12856] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(533), 1,
      ts_builtin_sym_end,
    ACTIONS(1077), 1,
      sym__newline,
  [12869] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(641), 1,
      ts_builtin_sym_end,
    ACTIONS(1079), 1,
      sym__newline,
  [12882] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(1081), 1,
      sym__newline,
  [12895] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(151), 1,
      ts_builtin_sym_end,
  [12908] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1031), 1,
      ts_builtin_sym_end,
    ACTIONS(1083), 1,
      sym__newline,
  [12921] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(269), 1,
      sym_expression,
  [12934] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1033), 1,
      sym__newline,
    ACTIONS(1085), 1,
      ts_builtin_sym_end,
  [12947] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(135), 1,
      ts_builtin_sym_end,
    ACTIONS(137), 1,
      sym__newline,
  [12960] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(1045), 1,
      sym__newline,
  [12973] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1039), 1,
      sym__newline,
    ACTIONS(1087), 1,
      ts_builtin_sym_end,
  [12986] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1089), 1,
      sym__newline,
  [12999] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(503), 1,
      ts_builtin_sym_end,
    ACTIONS(505), 1,
      sym__newline,
  [13012] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1073), 1,
      sym__newline,
    ACTIONS(1091), 1,
      ts_builtin_sym_end,
  [13025] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(1075), 1,
      sym__newline,
  [13038] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(1093), 1,
      sym__newline,
  [13051] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(1079), 1,
      sym__newline,
  [13064] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1083), 1,
      sym__newline,
    ACTIONS(1085), 1,
      ts_builtin_sym_end,
  [13077] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(1095), 1,
      sym__newline,
  [13090] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1097), 1,
      ts_builtin_sym_end,
    ACTIONS(1099), 1,
      sym__newline,
  [13103] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(137), 1,
      sym__newline,
    ACTIONS(165), 1,
      sym_checksum,
  [13116] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(1029), 1,
      sym__newline,
  [13129] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1099), 1,
      sym__newline,
    ACTIONS(1101), 1,
      ts_builtin_sym_end,
  [13142] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(169), 1,
      ts_builtin_sym_end,
    ACTIONS(171), 1,
      sym__newline,
  [13155] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(571), 1,
      ts_builtin_sym_end,
    ACTIONS(1103), 1,
      sym__newline,
  [13168] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(1095), 1,
      sym__newline,
  [13181] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    STATE(320), 1,
      sym_expression,
  [13194] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(595), 1,
      ts_builtin_sym_end,
    ACTIONS(1059), 1,
      sym__newline,
  [13207] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(187), 1,
      ts_builtin_sym_end,
    ACTIONS(189), 1,
      sym__newline,
  [13220] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(595), 1,
      ts_builtin_sym_end,
    ACTIONS(1077), 1,
      sym__newline,
  [13233] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1105), 1,
      sym__newline,
  [13246] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(171), 1,
      sym__newline,
    ACTIONS(203), 1,
      sym_checksum,
  [13259] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(509), 1,
      ts_builtin_sym_end,
    ACTIONS(1107), 1,
      sym__newline,
  [13272] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1109), 1,
      anon_sym_LBRACK,
    STATE(26), 1,
      sym_expression,
  [13285] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1089), 1,
      sym__newline,
  [13298] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1049), 1,
      sym__newline,
    ACTIONS(1055), 1,
      ts_builtin_sym_end,
  [13311] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(808), 1,
      anon_sym_LBRACK,
    STATE(27), 1,
      sym_expression,
  [13324] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(439), 1,
      sym_expression,
  [13337] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(561), 1,
      ts_builtin_sym_end,
    ACTIONS(1061), 1,
      sym__newline,
  [13350] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(555), 1,
      ts_builtin_sym_end,
    ACTIONS(557), 1,
      sym__newline,
  [13363] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(599), 1,
      ts_builtin_sym_end,
    ACTIONS(1081), 1,
      sym__newline,
  [13376] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1043), 1,
      sym__newline,
  [13389] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(1065), 1,
      sym__newline,
  [13402] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(1093), 1,
      sym__newline,
  [13415] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(1105), 1,
      sym__newline,
  [13428] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(577), 1,
      ts_builtin_sym_end,
    ACTIONS(1067), 1,
      sym__newline,
  [13441] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1053), 1,
      sym__newline,
  [13454] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(519), 1,
      ts_builtin_sym_end,
    ACTIONS(1057), 1,
      sym__newline,
  [13467] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1063), 1,
      anon_sym_LBRACK,
    STATE(261), 1,
      sym_expression,
  [13480] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1055), 1,
      ts_builtin_sym_end,
    ACTIONS(1069), 1,
      sym__newline,
  [13493] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(505), 1,
      sym__newline,
    ACTIONS(663), 1,
      ts_builtin_sym_end,
  [13506] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1111), 1,
      anon_sym_LBRACK,
    STATE(26), 1,
      sym_expression,
  [13519] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1113), 1,
      anon_sym_LBRACK,
    STATE(437), 1,
      sym_expression,
  [13532] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(369), 1,
      anon_sym_LBRACK,
    STATE(309), 1,
      sym_expression,
  [13545] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(1103), 1,
      sym__newline,
  [13558] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(826), 1,
      anon_sym_LBRACK,
    STATE(27), 1,
      sym_expression,
  [13571] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1113), 1,
      anon_sym_LBRACK,
    STATE(455), 1,
      sym_expression,
  [13584] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(675), 1,
      ts_builtin_sym_end,
    ACTIONS(1107), 1,
      sym__newline,
  [13597] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(189), 1,
      sym__newline,
    ACTIONS(195), 1,
      ts_builtin_sym_end,
  [13610] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1065), 1,
      sym__newline,
  [13620] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(505), 1,
      sym__newline,
  [13630] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1099), 1,
      sym__newline,
  [13640] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1115), 1,
      sym_number,
  [13650] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1093), 1,
      sym__newline,
  [13660] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1117), 1,
      anon_sym_SLASH,
  [13670] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1035), 1,
      sym__newline,
  [13680] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(557), 1,
      sym__newline,
  [13690] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1041), 1,
      sym__newline,
  [13700] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1103), 1,
      sym__newline,
  [13710] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(171), 1,
      sym__newline,
  [13720] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1045), 1,
      sym__newline,
  [13730] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1049), 1,
      sym__newline,
  [13740] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1051), 1,
      sym__newline,
  [13750] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1039), 1,
      sym__newline,
  [13760] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1061), 1,
      sym__newline,
  [13770] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(189), 1,
      sym__newline,
  [13780] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1043), 1,
      sym__newline,
  [13790] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1119), 1,
      sym_print_format,
  [13800] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1083), 1,
      sym__newline,
  [13810] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1057), 1,
      sym__newline,
  [13820] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1067), 1,
      sym__newline,
  [13830] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1069), 1,
      sym__newline,
  [13840] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1121), 1,
      ts_builtin_sym_end,
  [13850] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1123), 1,
      anon_sym_SLASH,
  [13860] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1095), 1,
      sym__newline,
  [13870] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1125), 1,
      aux_sym_fanuc_while_token2,
  [13880] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1059), 1,
      sym__newline,
  [13890] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1107), 1,
      sym__newline,
  [13900] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1053), 1,
      sym__newline,
  [13910] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(137), 1,
      sym__newline,
  [13920] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1081), 1,
      sym__newline,
  [13930] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1077), 1,
      sym__newline,
  [13940] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1127), 1,
      anon_sym_EQ,
  [13950] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1105), 1,
      sym__newline,
  [13960] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1029), 1,
      sym__newline,
  [13970] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1129), 1,
      sym_number,
  [13980] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1131), 1,
      anon_sym_EQ,
  [13990] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1089), 1,
      sym__newline,
  [14000] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1033), 1,
      sym__newline,
  [14010] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1073), 1,
      sym__newline,
  [14020] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1075), 1,
      sym__newline,
  [14030] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1133), 1,
      anon_sym_SLASH,
  [14040] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1135), 1,
      sym_number,
  [14050] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1079), 1,
      sym__newline,
  [14060] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1137), 1,
      sym_number,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(4)] = 0,
  [SMALL_STATE(5)] = 116,
  [SMALL_STATE(6)] = 232,
  [SMALL_STATE(7)] = 345,
  [SMALL_STATE(8)] = 455,
  [SMALL_STATE(9)] = 565,
  [SMALL_STATE(10)] = 675,
  [SMALL_STATE(11)] = 785,
  [SMALL_STATE(12)] = 892,
  [SMALL_STATE(13)] = 999,
  [SMALL_STATE(14)] = 1106,
  [SMALL_STATE(15)] = 1213,
  [SMALL_STATE(16)] = 1320,
  [SMALL_STATE(17)] = 1427,
  [SMALL_STATE(18)] = 1534,
  [SMALL_STATE(19)] = 1641,
  [SMALL_STATE(20)] = 1745,
  [SMALL_STATE(21)] = 1849,
  [SMALL_STATE(22)] = 1953,
  [SMALL_STATE(23)] = 2001,
  [SMALL_STATE(24)] = 2047,
  [SMALL_STATE(25)] = 2085,
  [SMALL_STATE(26)] = 2123,
  [SMALL_STATE(27)] = 2161,
  [SMALL_STATE(28)] = 2199,
  [SMALL_STATE(29)] = 2237,
  [SMALL_STATE(30)] = 2276,
  [SMALL_STATE(31)] = 2308,
  [SMALL_STATE(32)] = 2340,
  [SMALL_STATE(33)] = 2372,
  [SMALL_STATE(34)] = 2404,
  [SMALL_STATE(35)] = 2436,
  [SMALL_STATE(36)] = 2468,
  [SMALL_STATE(37)] = 2500,
  [SMALL_STATE(38)] = 2532,
  [SMALL_STATE(39)] = 2564,
  [SMALL_STATE(40)] = 2596,
  [SMALL_STATE(41)] = 2628,
  [SMALL_STATE(42)] = 2660,
  [SMALL_STATE(43)] = 2692,
  [SMALL_STATE(44)] = 2724,
  [SMALL_STATE(45)] = 2756,
  [SMALL_STATE(46)] = 2788,
  [SMALL_STATE(47)] = 2820,
  [SMALL_STATE(48)] = 2852,
  [SMALL_STATE(49)] = 2884,
  [SMALL_STATE(50)] = 2916,
  [SMALL_STATE(51)] = 2948,
  [SMALL_STATE(52)] = 2980,
  [SMALL_STATE(53)] = 3012,
  [SMALL_STATE(54)] = 3044,
  [SMALL_STATE(55)] = 3076,
  [SMALL_STATE(56)] = 3108,
  [SMALL_STATE(57)] = 3140,
  [SMALL_STATE(58)] = 3172,
  [SMALL_STATE(59)] = 3204,
  [SMALL_STATE(60)] = 3236,
  [SMALL_STATE(61)] = 3268,
  [SMALL_STATE(62)] = 3300,
  [SMALL_STATE(63)] = 3332,
  [SMALL_STATE(64)] = 3364,
  [SMALL_STATE(65)] = 3396,
  [SMALL_STATE(66)] = 3428,
  [SMALL_STATE(67)] = 3460,
  [SMALL_STATE(68)] = 3492,
  [SMALL_STATE(69)] = 3524,
  [SMALL_STATE(70)] = 3556,
  [SMALL_STATE(71)] = 3588,
  [SMALL_STATE(72)] = 3620,
  [SMALL_STATE(73)] = 3652,
  [SMALL_STATE(74)] = 3684,
  [SMALL_STATE(75)] = 3716,
  [SMALL_STATE(76)] = 3748,
  [SMALL_STATE(77)] = 3780,
  [SMALL_STATE(78)] = 3812,
  [SMALL_STATE(79)] = 3844,
  [SMALL_STATE(80)] = 3876,
  [SMALL_STATE(81)] = 3908,
  [SMALL_STATE(82)] = 3940,
  [SMALL_STATE(83)] = 3972,
  [SMALL_STATE(84)] = 4004,
  [SMALL_STATE(85)] = 4036,
  [SMALL_STATE(86)] = 4068,
  [SMALL_STATE(87)] = 4100,
  [SMALL_STATE(88)] = 4132,
  [SMALL_STATE(89)] = 4164,
  [SMALL_STATE(90)] = 4196,
  [SMALL_STATE(91)] = 4228,
  [SMALL_STATE(92)] = 4260,
  [SMALL_STATE(93)] = 4292,
  [SMALL_STATE(94)] = 4328,
  [SMALL_STATE(95)] = 4364,
  [SMALL_STATE(96)] = 4406,
  [SMALL_STATE(97)] = 4452,
  [SMALL_STATE(98)] = 4496,
  [SMALL_STATE(99)] = 4534,
  [SMALL_STATE(100)] = 4582,
  [SMALL_STATE(101)] = 4635,
  [SMALL_STATE(102)] = 4683,
  [SMALL_STATE(103)] = 4722,
  [SMALL_STATE(104)] = 4763,
  [SMALL_STATE(105)] = 4800,
  [SMALL_STATE(106)] = 4833,
  [SMALL_STATE(107)] = 4864,
  [SMALL_STATE(108)] = 4905,
  [SMALL_STATE(109)] = 4953,
  [SMALL_STATE(110)] = 5001,
  [SMALL_STATE(111)] = 5049,
  [SMALL_STATE(112)] = 5097,
  [SMALL_STATE(113)] = 5145,
  [SMALL_STATE(114)] = 5193,
  [SMALL_STATE(115)] = 5233,
  [SMALL_STATE(116)] = 5273,
  [SMALL_STATE(117)] = 5321,
  [SMALL_STATE(118)] = 5369,
  [SMALL_STATE(119)] = 5417,
  [SMALL_STATE(120)] = 5465,
  [SMALL_STATE(121)] = 5513,
  [SMALL_STATE(122)] = 5561,
  [SMALL_STATE(123)] = 5601,
  [SMALL_STATE(124)] = 5649,
  [SMALL_STATE(125)] = 5689,
  [SMALL_STATE(126)] = 5737,
  [SMALL_STATE(127)] = 5784,
  [SMALL_STATE(128)] = 5829,
  [SMALL_STATE(129)] = 5876,
  [SMALL_STATE(130)] = 5923,
  [SMALL_STATE(131)] = 5970,
  [SMALL_STATE(132)] = 6017,
  [SMALL_STATE(133)] = 6064,
  [SMALL_STATE(134)] = 6111,
  [SMALL_STATE(135)] = 6158,
  [SMALL_STATE(136)] = 6203,
  [SMALL_STATE(137)] = 6250,
  [SMALL_STATE(138)] = 6295,
  [SMALL_STATE(139)] = 6342,
  [SMALL_STATE(140)] = 6389,
  [SMALL_STATE(141)] = 6436,
  [SMALL_STATE(142)] = 6483,
  [SMALL_STATE(143)] = 6530,
  [SMALL_STATE(144)] = 6577,
  [SMALL_STATE(145)] = 6624,
  [SMALL_STATE(146)] = 6671,
  [SMALL_STATE(147)] = 6718,
  [SMALL_STATE(148)] = 6765,
  [SMALL_STATE(149)] = 6812,
  [SMALL_STATE(150)] = 6859,
  [SMALL_STATE(151)] = 6906,
  [SMALL_STATE(152)] = 6953,
  [SMALL_STATE(153)] = 7000,
  [SMALL_STATE(154)] = 7047,
  [SMALL_STATE(155)] = 7094,
  [SMALL_STATE(156)] = 7139,
  [SMALL_STATE(157)] = 7184,
  [SMALL_STATE(158)] = 7221,
  [SMALL_STATE(159)] = 7268,
  [SMALL_STATE(160)] = 7313,
  [SMALL_STATE(161)] = 7360,
  [SMALL_STATE(162)] = 7407,
  [SMALL_STATE(163)] = 7454,
  [SMALL_STATE(164)] = 7501,
  [SMALL_STATE(165)] = 7548,
  [SMALL_STATE(166)] = 7595,
  [SMALL_STATE(167)] = 7640,
  [SMALL_STATE(168)] = 7687,
  [SMALL_STATE(169)] = 7734,
  [SMALL_STATE(170)] = 7781,
  [SMALL_STATE(171)] = 7828,
  [SMALL_STATE(172)] = 7875,
  [SMALL_STATE(173)] = 7922,
  [SMALL_STATE(174)] = 7969,
  [SMALL_STATE(175)] = 8016,
  [SMALL_STATE(176)] = 8063,
  [SMALL_STATE(177)] = 8110,
  [SMALL_STATE(178)] = 8157,
  [SMALL_STATE(179)] = 8204,
  [SMALL_STATE(180)] = 8251,
  [SMALL_STATE(181)] = 8298,
  [SMALL_STATE(182)] = 8345,
  [SMALL_STATE(183)] = 8392,
  [SMALL_STATE(184)] = 8439,
  [SMALL_STATE(185)] = 8486,
  [SMALL_STATE(186)] = 8523,
  [SMALL_STATE(187)] = 8570,
  [SMALL_STATE(188)] = 8607,
  [SMALL_STATE(189)] = 8644,
  [SMALL_STATE(190)] = 8681,
  [SMALL_STATE(191)] = 8728,
  [SMALL_STATE(192)] = 8775,
  [SMALL_STATE(193)] = 8822,
  [SMALL_STATE(194)] = 8865,
  [SMALL_STATE(195)] = 8912,
  [SMALL_STATE(196)] = 8959,
  [SMALL_STATE(197)] = 9006,
  [SMALL_STATE(198)] = 9050,
  [SMALL_STATE(199)] = 9094,
  [SMALL_STATE(200)] = 9138,
  [SMALL_STATE(201)] = 9182,
  [SMALL_STATE(202)] = 9226,
  [SMALL_STATE(203)] = 9270,
  [SMALL_STATE(204)] = 9314,
  [SMALL_STATE(205)] = 9358,
  [SMALL_STATE(206)] = 9402,
  [SMALL_STATE(207)] = 9446,
  [SMALL_STATE(208)] = 9490,
  [SMALL_STATE(209)] = 9542,
  [SMALL_STATE(210)] = 9586,
  [SMALL_STATE(211)] = 9630,
  [SMALL_STATE(212)] = 9674,
  [SMALL_STATE(213)] = 9718,
  [SMALL_STATE(214)] = 9762,
  [SMALL_STATE(215)] = 9806,
  [SMALL_STATE(216)] = 9850,
  [SMALL_STATE(217)] = 9894,
  [SMALL_STATE(218)] = 9938,
  [SMALL_STATE(219)] = 9982,
  [SMALL_STATE(220)] = 10026,
  [SMALL_STATE(221)] = 10052,
  [SMALL_STATE(222)] = 10096,
  [SMALL_STATE(223)] = 10140,
  [SMALL_STATE(224)] = 10184,
  [SMALL_STATE(225)] = 10228,
  [SMALL_STATE(226)] = 10272,
  [SMALL_STATE(227)] = 10316,
  [SMALL_STATE(228)] = 10360,
  [SMALL_STATE(229)] = 10395,
  [SMALL_STATE(230)] = 10430,
  [SMALL_STATE(231)] = 10465,
  [SMALL_STATE(232)] = 10500,
  [SMALL_STATE(233)] = 10535,
  [SMALL_STATE(234)] = 10570,
  [SMALL_STATE(235)] = 10607,
  [SMALL_STATE(236)] = 10642,
  [SMALL_STATE(237)] = 10667,
  [SMALL_STATE(238)] = 10702,
  [SMALL_STATE(239)] = 10737,
  [SMALL_STATE(240)] = 10772,
  [SMALL_STATE(241)] = 10807,
  [SMALL_STATE(242)] = 10842,
  [SMALL_STATE(243)] = 10877,
  [SMALL_STATE(244)] = 10912,
  [SMALL_STATE(245)] = 10947,
  [SMALL_STATE(246)] = 10982,
  [SMALL_STATE(247)] = 11017,
  [SMALL_STATE(248)] = 11052,
  [SMALL_STATE(249)] = 11087,
  [SMALL_STATE(250)] = 11122,
  [SMALL_STATE(251)] = 11157,
  [SMALL_STATE(252)] = 11192,
  [SMALL_STATE(253)] = 11227,
  [SMALL_STATE(254)] = 11258,
  [SMALL_STATE(255)] = 11289,
  [SMALL_STATE(256)] = 11309,
  [SMALL_STATE(257)] = 11331,
  [SMALL_STATE(258)] = 11353,
  [SMALL_STATE(259)] = 11374,
  [SMALL_STATE(260)] = 11395,
  [SMALL_STATE(261)] = 11416,
  [SMALL_STATE(262)] = 11437,
  [SMALL_STATE(263)] = 11458,
  [SMALL_STATE(264)] = 11479,
  [SMALL_STATE(265)] = 11508,
  [SMALL_STATE(266)] = 11529,
  [SMALL_STATE(267)] = 11550,
  [SMALL_STATE(268)] = 11571,
  [SMALL_STATE(269)] = 11592,
  [SMALL_STATE(270)] = 11613,
  [SMALL_STATE(271)] = 11636,
  [SMALL_STATE(272)] = 11659,
  [SMALL_STATE(273)] = 11684,
  [SMALL_STATE(274)] = 11707,
  [SMALL_STATE(275)] = 11729,
  [SMALL_STATE(276)] = 11751,
  [SMALL_STATE(277)] = 11766,
  [SMALL_STATE(278)] = 11785,
  [SMALL_STATE(279)] = 11804,
  [SMALL_STATE(280)] = 11825,
  [SMALL_STATE(281)] = 11846,
  [SMALL_STATE(282)] = 11867,
  [SMALL_STATE(283)] = 11885,
  [SMALL_STATE(284)] = 11903,
  [SMALL_STATE(285)] = 11923,
  [SMALL_STATE(286)] = 11941,
  [SMALL_STATE(287)] = 11959,
  [SMALL_STATE(288)] = 11977,
  [SMALL_STATE(289)] = 11995,
  [SMALL_STATE(290)] = 12008,
  [SMALL_STATE(291)] = 12023,
  [SMALL_STATE(292)] = 12039,
  [SMALL_STATE(293)] = 12051,
  [SMALL_STATE(294)] = 12063,
  [SMALL_STATE(295)] = 12075,
  [SMALL_STATE(296)] = 12087,
  [SMALL_STATE(297)] = 12099,
  [SMALL_STATE(298)] = 12111,
  [SMALL_STATE(299)] = 12127,
  [SMALL_STATE(300)] = 12143,
  [SMALL_STATE(301)] = 12155,
  [SMALL_STATE(302)] = 12171,
  [SMALL_STATE(303)] = 12183,
  [SMALL_STATE(304)] = 12199,
  [SMALL_STATE(305)] = 12215,
  [SMALL_STATE(306)] = 12227,
  [SMALL_STATE(307)] = 12239,
  [SMALL_STATE(308)] = 12255,
  [SMALL_STATE(309)] = 12267,
  [SMALL_STATE(310)] = 12279,
  [SMALL_STATE(311)] = 12291,
  [SMALL_STATE(312)] = 12303,
  [SMALL_STATE(313)] = 12315,
  [SMALL_STATE(314)] = 12327,
  [SMALL_STATE(315)] = 12339,
  [SMALL_STATE(316)] = 12351,
  [SMALL_STATE(317)] = 12363,
  [SMALL_STATE(318)] = 12379,
  [SMALL_STATE(319)] = 12391,
  [SMALL_STATE(320)] = 12403,
  [SMALL_STATE(321)] = 12419,
  [SMALL_STATE(322)] = 12431,
  [SMALL_STATE(323)] = 12443,
  [SMALL_STATE(324)] = 12455,
  [SMALL_STATE(325)] = 12467,
  [SMALL_STATE(326)] = 12479,
  [SMALL_STATE(327)] = 12492,
  [SMALL_STATE(328)] = 12505,
  [SMALL_STATE(329)] = 12518,
  [SMALL_STATE(330)] = 12531,
  [SMALL_STATE(331)] = 12544,
  [SMALL_STATE(332)] = 12557,
  [SMALL_STATE(333)] = 12570,
  [SMALL_STATE(334)] = 12583,
  [SMALL_STATE(335)] = 12596,
  [SMALL_STATE(336)] = 12609,
  [SMALL_STATE(337)] = 12622,
  [SMALL_STATE(338)] = 12635,
  [SMALL_STATE(339)] = 12648,
  [SMALL_STATE(340)] = 12661,
  [SMALL_STATE(341)] = 12674,
  [SMALL_STATE(342)] = 12687,
  [SMALL_STATE(343)] = 12700,
  [SMALL_STATE(344)] = 12713,
  [SMALL_STATE(345)] = 12726,
  [SMALL_STATE(346)] = 12739,
  [SMALL_STATE(347)] = 12752,
  [SMALL_STATE(348)] = 12765,
  [SMALL_STATE(349)] = 12778,
  [SMALL_STATE(350)] = 12791,
  [SMALL_STATE(351)] = 12804,
  [SMALL_STATE(352)] = 12817,
  [SMALL_STATE(353)] = 12830,
  [SMALL_STATE(354)] = 12843,
  [SMALL_STATE(355)] = 12856,
  [SMALL_STATE(356)] = 12869,
  [SMALL_STATE(357)] = 12882,
  [SMALL_STATE(358)] = 12895,
  [SMALL_STATE(359)] = 12908,
  [SMALL_STATE(360)] = 12921,
  [SMALL_STATE(361)] = 12934,
  [SMALL_STATE(362)] = 12947,
  [SMALL_STATE(363)] = 12960,
  [SMALL_STATE(364)] = 12973,
  [SMALL_STATE(365)] = 12986,
  [SMALL_STATE(366)] = 12999,
  [SMALL_STATE(367)] = 13012,
  [SMALL_STATE(368)] = 13025,
  [SMALL_STATE(369)] = 13038,
  [SMALL_STATE(370)] = 13051,
  [SMALL_STATE(371)] = 13064,
  [SMALL_STATE(372)] = 13077,
  [SMALL_STATE(373)] = 13090,
  [SMALL_STATE(374)] = 13103,
  [SMALL_STATE(375)] = 13116,
  [SMALL_STATE(376)] = 13129,
  [SMALL_STATE(377)] = 13142,
  [SMALL_STATE(378)] = 13155,
  [SMALL_STATE(379)] = 13168,
  [SMALL_STATE(380)] = 13181,
  [SMALL_STATE(381)] = 13194,
  [SMALL_STATE(382)] = 13207,
  [SMALL_STATE(383)] = 13220,
  [SMALL_STATE(384)] = 13233,
  [SMALL_STATE(385)] = 13246,
  [SMALL_STATE(386)] = 13259,
  [SMALL_STATE(387)] = 13272,
  [SMALL_STATE(388)] = 13285,
  [SMALL_STATE(389)] = 13298,
  [SMALL_STATE(390)] = 13311,
  [SMALL_STATE(391)] = 13324,
  [SMALL_STATE(392)] = 13337,
  [SMALL_STATE(393)] = 13350,
  [SMALL_STATE(394)] = 13363,
  [SMALL_STATE(395)] = 13376,
  [SMALL_STATE(396)] = 13389,
  [SMALL_STATE(397)] = 13402,
  [SMALL_STATE(398)] = 13415,
  [SMALL_STATE(399)] = 13428,
  [SMALL_STATE(400)] = 13441,
  [SMALL_STATE(401)] = 13454,
  [SMALL_STATE(402)] = 13467,
  [SMALL_STATE(403)] = 13480,
  [SMALL_STATE(404)] = 13493,
  [SMALL_STATE(405)] = 13506,
  [SMALL_STATE(406)] = 13519,
  [SMALL_STATE(407)] = 13532,
  [SMALL_STATE(408)] = 13545,
  [SMALL_STATE(409)] = 13558,
  [SMALL_STATE(410)] = 13571,
  [SMALL_STATE(411)] = 13584,
  [SMALL_STATE(412)] = 13597,
  [SMALL_STATE(413)] = 13610,
  [SMALL_STATE(414)] = 13620,
  [SMALL_STATE(415)] = 13630,
  [SMALL_STATE(416)] = 13640,
  [SMALL_STATE(417)] = 13650,
  [SMALL_STATE(418)] = 13660,
  [SMALL_STATE(419)] = 13670,
  [SMALL_STATE(420)] = 13680,
  [SMALL_STATE(421)] = 13690,
  [SMALL_STATE(422)] = 13700,
  [SMALL_STATE(423)] = 13710,
  [SMALL_STATE(424)] = 13720,
  [SMALL_STATE(425)] = 13730,
  [SMALL_STATE(426)] = 13740,
  [SMALL_STATE(427)] = 13750,
  [SMALL_STATE(428)] = 13760,
  [SMALL_STATE(429)] = 13770,
  [SMALL_STATE(430)] = 13780,
  [SMALL_STATE(431)] = 13790,
  [SMALL_STATE(432)] = 13800,
  [SMALL_STATE(433)] = 13810,
  [SMALL_STATE(434)] = 13820,
  [SMALL_STATE(435)] = 13830,
  [SMALL_STATE(436)] = 13840,
  [SMALL_STATE(437)] = 13850,
  [SMALL_STATE(438)] = 13860,
  [SMALL_STATE(439)] = 13870,
  [SMALL_STATE(440)] = 13880,
  [SMALL_STATE(441)] = 13890,
  [SMALL_STATE(442)] = 13900,
  [SMALL_STATE(443)] = 13910,
  [SMALL_STATE(444)] = 13920,
  [SMALL_STATE(445)] = 13930,
  [SMALL_STATE(446)] = 13940,
  [SMALL_STATE(447)] = 13950,
  [SMALL_STATE(448)] = 13960,
  [SMALL_STATE(449)] = 13970,
  [SMALL_STATE(450)] = 13980,
  [SMALL_STATE(451)] = 13990,
  [SMALL_STATE(452)] = 14000,
  [SMALL_STATE(453)] = 14010,
  [SMALL_STATE(454)] = 14020,
  [SMALL_STATE(455)] = 14030,
  [SMALL_STATE(456)] = 14040,
  [SMALL_STATE(457)] = 14050,
  [SMALL_STATE(458)] = 14060,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(272),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(281),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(380),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(275),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(449),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(431),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(312),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [51] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [53] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [55] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(37),
  [58] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(15),
  [61] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(19),
  [64] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(443),
  [67] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(374),
  [70] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(282),
  [73] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(101),
  [76] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(100),
  [79] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(272),
  [82] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(446),
  [85] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(281),
  [88] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(456),
  [91] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(380),
  [94] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(275),
  [97] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(391),
  [100] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(449),
  [103] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(458),
  [106] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(431),
  [109] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(312),
  [112] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(287),
  [115] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [121] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [135] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 20),
  [137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [151] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 1),
  [153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [155] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 6),
  [171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [173] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [179] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 41),
  [181] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [187] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 22),
  [189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [195] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 54),
  [197] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [201] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [211] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expression, 3),
  [213] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_expression, 3),
  [215] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirect_parameter, 2, .production_id = 13),
  [217] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirect_parameter, 2, .production_id = 13),
  [219] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [221] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [225] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [229] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [231] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [233] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [237] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [239] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [241] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [243] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(29),
  [246] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(29),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 24),
  [251] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 24),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3),
  [255] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 24),
  [259] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 24),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 17),
  [263] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 17),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 1),
  [267] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 1),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4),
  [271] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4),
  [273] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 45),
  [275] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 45),
  [277] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2, .production_id = 17),
  [279] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2, .production_id = 17),
  [281] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 17),
  [283] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 17),
  [285] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5),
  [287] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5),
  [289] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 45),
  [291] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 45),
  [293] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 24),
  [295] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 24),
  [297] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 17),
  [299] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 17),
  [301] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 69),
  [303] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 69),
  [305] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6),
  [307] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6),
  [309] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 45),
  [311] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 45),
  [313] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 24),
  [315] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 24),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6, .production_id = 69),
  [319] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6, .production_id = 69),
  [321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7, .production_id = 45),
  [323] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7, .production_id = 45),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7),
  [327] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7),
  [329] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7, .production_id = 69),
  [331] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7, .production_id = 69),
  [333] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 8, .production_id = 69),
  [335] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 8, .production_id = 69),
  [337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2),
  [339] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2),
  [341] = {.entry = {.count = 1, .reusable = false}}, SHIFT(249),
  [343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [351] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [353] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [357] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, .production_id = 2),
  [359] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, .production_id = 2),
  [361] = {.entry = {.count = 1, .reusable = false}}, SHIFT(255),
  [363] = {.entry = {.count = 1, .reusable = false}}, SHIFT(264),
  [365] = {.entry = {.count = 1, .reusable = false}}, SHIFT(268),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [377] = {.entry = {.count = 1, .reusable = false}}, SHIFT(239),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [383] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [385] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_program_number, 2, .production_id = 11),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__o_label, 2, .production_id = 12),
  [389] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__o_label, 2, .production_id = 12),
  [391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 21),
  [395] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [397] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [399] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [401] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [403] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [405] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 68),
  [407] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [409] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [411] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [413] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 42),
  [415] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [417] = {.entry = {.count = 1, .reusable = false}}, SHIFT(369),
  [419] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [421] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 23),
  [423] = {.entry = {.count = 1, .reusable = false}}, SHIFT(51),
  [425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(379),
  [427] = {.entry = {.count = 1, .reusable = false}}, SHIFT(175),
  [429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [431] = {.entry = {.count = 1, .reusable = false}}, SHIFT(375),
  [433] = {.entry = {.count = 1, .reusable = false}}, SHIFT(148),
  [435] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [437] = {.entry = {.count = 1, .reusable = false}}, SHIFT(378),
  [439] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [447] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 7),
  [449] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [451] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [453] = {.entry = {.count = 1, .reusable = false}}, SHIFT(408),
  [455] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [457] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(411),
  [461] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [463] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 5),
  [465] = {.entry = {.count = 1, .reusable = false}}, SHIFT(394),
  [467] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [471] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 58),
  [475] = {.entry = {.count = 1, .reusable = false}}, SHIFT(392),
  [477] = {.entry = {.count = 1, .reusable = false}}, SHIFT(145),
  [479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [481] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 55),
  [483] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [485] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [489] = {.entry = {.count = 1, .reusable = false}}, SHIFT(372),
  [491] = {.entry = {.count = 1, .reusable = false}}, SHIFT(140),
  [493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [499] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [501] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 64),
  [505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 65),
  [511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 66),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [529] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [531] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 36),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [539] = {.entry = {.count = 1, .reusable = false}}, SHIFT(438),
  [541] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 59),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 70),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 56),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 60),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 57),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 18),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(448),
  [607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [615] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 73),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [621] = {.entry = {.count = 1, .reusable = false}}, SHIFT(428),
  [623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [625] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 72),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 75),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [641] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 77),
  [643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [647] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [649] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 25),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [663] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 44),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [667] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 81),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [673] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [675] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 46),
  [677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [679] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [681] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 47),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [699] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 43),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [705] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2),
  [707] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(234),
  [710] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(101),
  [713] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(100),
  [716] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(446),
  [719] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(281),
  [722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [730] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [734] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [758] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [788] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [796] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [802] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [804] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [806] = {.entry = {.count = 1, .reusable = false}}, SHIFT(280),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [818] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [820] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [822] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [824] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [828] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [830] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [836] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [840] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [842] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [850] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [862] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2),
  [868] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 2),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [872] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 8),
  [874] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 3, .production_id = 8),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [878] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__text_word, 2, .production_id = 9),
  [880] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__text_word, 2, .production_id = 9),
  [882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 17),
  [884] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 17),
  [886] = {.entry = {.count = 1, .reusable = false}}, SHIFT(265),
  [888] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 10),
  [890] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 10),
  [892] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [894] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [896] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [898] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [900] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [902] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 17),
  [904] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 17),
  [906] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [908] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [910] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 9),
  [912] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 9),
  [914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48),
  [916] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48), SHIFT_REPEAT(101),
  [919] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 50),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [925] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 28),
  [927] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 2, .production_id = 19),
  [929] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 1, .production_id = 27),
  [933] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 1),
  [935] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2),
  [937] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2), SHIFT_REPEAT(229),
  [940] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [946] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 1),
  [948] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [950] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 2, .production_id = 19),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [956] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 2, .production_id = 16),
  [958] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33),
  [962] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33), SHIFT_REPEAT(289),
  [965] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 1, .production_id = 4),
  [967] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 2, .production_id = 19),
  [969] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 1, .production_id = 15),
  [971] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2, .production_id = 8),
  [973] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [975] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_goto, 2, .production_id = 12),
  [977] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_do, 2, .production_id = 12),
  [979] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_continue, 2, .production_id = 19),
  [981] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 4, .production_id = 51),
  [983] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_while, 4, .production_id = 52),
  [985] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_end, 2, .production_id = 12),
  [987] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 2, .production_id = 14),
  [989] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endrepeat, 2, .production_id = 19),
  [991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_break, 2, .production_id = 19),
  [993] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_repeat, 3, .production_id = 40),
  [995] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 3, .production_id = 32),
  [997] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_if, 3, .production_id = 39),
  [999] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_elseif, 3, .production_id = 39),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 49),
  [1003] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 1, .production_id = 3),
  [1005] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_sub, 2, .production_id = 19),
  [1007] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 26),
  [1009] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_while, 3, .production_id = 39),
  [1011] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 3, .production_id = 37),
  [1013] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_else, 2, .production_id = 19),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [1019] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endif, 2, .production_id = 19),
  [1021] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endwhile, 2, .production_id = 19),
  [1023] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_do, 2, .production_id = 19),
  [1025] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 3, .production_id = 38),
  [1027] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 3, .production_id = 37),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1031] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 71),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1037] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 67),
  [1039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 74),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1055] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 61),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1071] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 76),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1085] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 79),
  [1087] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 53),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1091] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 80),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1097] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 82),
  [1099] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [1101] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 8, .production_id = 83),
  [1103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [1117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [1121] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [1129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
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
