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
#define STATE_COUNT 211
#define LARGE_STATE_COUNT 7
#define SYMBOL_COUNT 108
#define ALIAS_COUNT 0
#define TOKEN_COUNT 67
#define EXTERNAL_TOKEN_COUNT 0
#define FIELD_COUNT 18
#define MAX_ALIAS_SEQUENCE_LENGTH 6
#define PRODUCTION_ID_COUNT 41

enum {
  sym__newline = 1,
  sym_block_delete = 2,
  sym_line_number = 3,
  sym_checksum = 4,
  sym_percent = 5,
  sym__letter = 6,
  sym__m = 7,
  sym__n = 8,
  sym__o = 9,
  sym__text_m_code = 10,
  sym_message_text = 11,
  anon_sym_DASH = 12,
  anon_sym_PLUS = 13,
  sym_number = 14,
  sym_string = 15,
  sym_numbered_parameter = 16,
  sym_named_parameter = 17,
  anon_sym_POUND = 18,
  anon_sym_EQ = 19,
  anon_sym_LBRACK = 20,
  anon_sym_RBRACK = 21,
  aux_sym_binary_expression_token1 = 22,
  aux_sym_binary_expression_token2 = 23,
  aux_sym_binary_expression_token3 = 24,
  aux_sym_binary_expression_token4 = 25,
  aux_sym_binary_expression_token5 = 26,
  aux_sym_binary_expression_token6 = 27,
  aux_sym_binary_expression_token7 = 28,
  aux_sym_binary_expression_token8 = 29,
  aux_sym_binary_expression_token9 = 30,
  anon_sym_STAR = 31,
  anon_sym_SLASH = 32,
  aux_sym_binary_expression_token10 = 33,
  anon_sym_STAR_STAR = 34,
  anon_sym_COMMA = 35,
  sym_function_name = 36,
  sym__atan = 37,
  anon_sym_COLON = 38,
  sym_label_name = 39,
  aux_sym_o_sub_token1 = 40,
  aux_sym_o_endsub_token1 = 41,
  aux_sym_o_call_token1 = 42,
  aux_sym_o_return_token1 = 43,
  aux_sym_o_if_token1 = 44,
  aux_sym_o_elseif_token1 = 45,
  aux_sym_o_else_token1 = 46,
  aux_sym_o_endif_token1 = 47,
  aux_sym_o_while_token1 = 48,
  aux_sym_o_endwhile_token1 = 49,
  aux_sym_o_do_token1 = 50,
  aux_sym_o_repeat_token1 = 51,
  aux_sym_o_endrepeat_token1 = 52,
  aux_sym_o_break_token1 = 53,
  aux_sym_o_continue_token1 = 54,
  aux_sym_fanuc_if_token1 = 55,
  aux_sym_fanuc_goto_token1 = 56,
  aux_sym_fanuc_end_token1 = 57,
  aux_sym_fanuc_print_token1 = 58,
  aux_sym_fanuc_print_token2 = 59,
  aux_sym_fanuc_print_token3 = 60,
  aux_sym_fanuc_print_token4 = 61,
  sym_print_format = 62,
  anon_sym_DOLLAR = 63,
  sym_grbl_name = 64,
  sym_comment = 65,
  sym_message = 66,
  sym_source_file = 67,
  sym_line = 68,
  aux_sym__items = 69,
  sym_word = 70,
  sym__text_word = 71,
  sym__signed_value = 72,
  sym_indirect_parameter = 73,
  sym_parameter_assignment = 74,
  sym_expression = 75,
  sym_unary_expression = 76,
  sym_binary_expression = 77,
  sym_function_call = 78,
  sym_program_number = 79,
  sym__o_label = 80,
  sym_o_sub = 81,
  sym_o_endsub = 82,
  sym_o_call = 83,
  sym_o_return = 84,
  sym_o_if = 85,
  sym_o_elseif = 86,
  sym_o_else = 87,
  sym_o_endif = 88,
  sym_o_while = 89,
  sym_o_endwhile = 90,
  sym_o_do = 91,
  sym_o_repeat = 92,
  sym_o_endrepeat = 93,
  sym_o_break = 94,
  sym_o_continue = 95,
  sym_argument_list = 96,
  sym_fanuc_if = 97,
  sym_fanuc_goto = 98,
  sym_fanuc_while = 99,
  sym_fanuc_do = 100,
  sym_fanuc_end = 101,
  sym_fanuc_print = 102,
  sym_grbl_command = 103,
  aux_sym_source_file_repeat1 = 104,
  aux_sym__line_content_repeat1 = 105,
  aux_sym_argument_list_repeat1 = 106,
  aux_sym_grbl_command_repeat1 = 107,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__newline] = "_newline",
  [sym_block_delete] = "block_delete",
  [sym_line_number] = "line_number",
  [sym_checksum] = "checksum",
  [sym_percent] = "percent",
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
  [aux_sym_fanuc_if_token1] = "THEN",
  [aux_sym_fanuc_goto_token1] = "GOTO",
  [aux_sym_fanuc_end_token1] = "END",
  [aux_sym_fanuc_print_token1] = "DPRNT",
  [aux_sym_fanuc_print_token2] = "BPRNT",
  [aux_sym_fanuc_print_token3] = "POPEN",
  [aux_sym_fanuc_print_token4] = "PCLOS",
  [sym_print_format] = "print_format",
  [anon_sym_DOLLAR] = "$",
  [sym_grbl_name] = "grbl_name",
  [sym_comment] = "comment",
  [sym_message] = "message",
  [sym_source_file] = "source_file",
  [sym_line] = "line",
  [aux_sym__items] = "_items",
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
  [sym_grbl_command] = "grbl_command",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym__line_content_repeat1] = "_line_content_repeat1",
  [aux_sym_argument_list_repeat1] = "argument_list_repeat1",
  [aux_sym_grbl_command_repeat1] = "grbl_command_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__newline] = sym__newline,
  [sym_block_delete] = sym_block_delete,
  [sym_line_number] = sym_line_number,
  [sym_checksum] = sym_checksum,
  [sym_percent] = sym_percent,
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
  [aux_sym_fanuc_if_token1] = aux_sym_fanuc_if_token1,
  [aux_sym_fanuc_goto_token1] = aux_sym_fanuc_goto_token1,
  [aux_sym_fanuc_end_token1] = aux_sym_fanuc_end_token1,
  [aux_sym_fanuc_print_token1] = aux_sym_fanuc_print_token1,
  [aux_sym_fanuc_print_token2] = aux_sym_fanuc_print_token2,
  [aux_sym_fanuc_print_token3] = aux_sym_fanuc_print_token3,
  [aux_sym_fanuc_print_token4] = aux_sym_fanuc_print_token4,
  [sym_print_format] = sym_print_format,
  [anon_sym_DOLLAR] = anon_sym_DOLLAR,
  [sym_grbl_name] = sym_grbl_name,
  [sym_comment] = sym_comment,
  [sym_message] = sym_message,
  [sym_source_file] = sym_source_file,
  [sym_line] = sym_line,
  [aux_sym__items] = aux_sym__items,
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
  [sym_grbl_command] = sym_grbl_command,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym__line_content_repeat1] = aux_sym__line_content_repeat1,
  [aux_sym_argument_list_repeat1] = aux_sym_argument_list_repeat1,
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
  [aux_sym_fanuc_goto_token1] = {
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
  [anon_sym_DOLLAR] = {
    .visible = true,
    .named = false,
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
  [aux_sym__items] = {
    .visible = false,
    .named = false,
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
  [aux_sym_argument_list_repeat1] = {
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
  field_right = 16,
  field_target = 17,
  field_value = 18,
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
  [field_right] = "right",
  [field_target] = "target",
  [field_value] = "value",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [2] = {.index = 0, .length = 1},
  [3] = {.index = 1, .length = 1},
  [4] = {.index = 2, .length = 2},
  [6] = {.index = 4, .length = 2},
  [7] = {.index = 6, .length = 4},
  [8] = {.index = 10, .length = 1},
  [9] = {.index = 11, .length = 1},
  [10] = {.index = 12, .length = 1},
  [11] = {.index = 13, .length = 2},
  [12] = {.index = 15, .length = 1},
  [13] = {.index = 16, .length = 1},
  [16] = {.index = 17, .length = 2},
  [17] = {.index = 19, .length = 2},
  [18] = {.index = 21, .length = 2},
  [19] = {.index = 23, .length = 2},
  [20] = {.index = 25, .length = 1},
  [21] = {.index = 26, .length = 1},
  [22] = {.index = 27, .length = 1},
  [23] = {.index = 28, .length = 2},
  [24] = {.index = 30, .length = 2},
  [25] = {.index = 32, .length = 2},
  [26] = {.index = 34, .length = 2},
  [29] = {.index = 36, .length = 2},
  [30] = {.index = 38, .length = 2},
  [31] = {.index = 40, .length = 2},
  [32] = {.index = 42, .length = 2},
  [33] = {.index = 44, .length = 2},
  [35] = {.index = 46, .length = 3},
  [36] = {.index = 49, .length = 3},
  [40] = {.index = 52, .length = 3},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_letter, 0},
  [1] =
    {field_command, 0},
  [2] =
    {field_letter, 0, .inherited = true},
    {field_value, 0, .inherited = true},
  [4] =
    {field_letter, 0},
    {field_value, 1},
  [6] =
    {field_argument, 1, .inherited = true},
    {field_letter, 0},
    {field_operator, 1, .inherited = true},
    {field_value, 1},
  [10] =
    {field_number, 1},
  [11] =
    {field_label, 1},
  [12] =
    {field_index, 1},
  [13] =
    {field_command, 0},
    {field_format, 1},
  [15] =
    {field_name, 1},
  [16] =
    {field_label, 0, .inherited = true},
  [17] =
    {field_argument, 1},
    {field_operator, 0},
  [19] =
    {field_argument, 1},
    {field_function, 0},
  [21] =
    {field_target, 0},
    {field_value, 2},
  [23] =
    {field_condition, 1},
    {field_consequence, 2},
  [25] =
    {field_value, 2},
  [26] =
    {field_value, 0},
  [27] =
    {field_value, 2, .inherited = true},
  [28] =
    {field_label, 0, .inherited = true},
    {field_value, 2},
  [30] =
    {field_arguments, 2},
    {field_label, 0, .inherited = true},
  [32] =
    {field_condition, 2},
    {field_label, 0, .inherited = true},
  [34] =
    {field_count, 2},
    {field_label, 0, .inherited = true},
  [36] =
    {field_condition, 1},
    {field_consequence, 3},
  [38] =
    {field_condition, 1},
    {field_label, 3},
  [40] =
    {field_value, 0, .inherited = true},
    {field_value, 1, .inherited = true},
  [42] =
    {field_name, 1},
    {field_value, 3},
  [44] =
    {field_name, 1},
    {field_value, 3, .inherited = true},
  [46] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [49] =
    {field_argument, 1},
    {field_argument, 3},
    {field_function, 0},
  [52] =
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
    [1] = sym_line,
  },
  [14] = {
    [1] = sym_line,
  },
  [15] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
  },
  [27] = {
    [1] = sym_line,
    [2] = sym_line,
  },
  [28] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [34] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
  },
  [37] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [38] = {
    [0] = sym_line,
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
  },
  [39] = {
    [1] = sym_line,
    [2] = sym_line,
    [3] = sym_line,
    [4] = sym_line,
    [5] = sym_line,
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
  [30] = 22,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 23,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 41,
  [45] = 40,
  [46] = 39,
  [47] = 42,
  [48] = 48,
  [49] = 49,
  [50] = 31,
  [51] = 51,
  [52] = 51,
  [53] = 51,
  [54] = 51,
  [55] = 55,
  [56] = 56,
  [57] = 56,
  [58] = 55,
  [59] = 56,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 62,
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
  [79] = 64,
  [80] = 80,
  [81] = 64,
  [82] = 68,
  [83] = 75,
  [84] = 69,
  [85] = 70,
  [86] = 71,
  [87] = 72,
  [88] = 73,
  [89] = 77,
  [90] = 62,
  [91] = 91,
  [92] = 64,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 22,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 23,
  [105] = 105,
  [106] = 27,
  [107] = 107,
  [108] = 108,
  [109] = 109,
  [110] = 110,
  [111] = 28,
  [112] = 25,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 121,
  [123] = 123,
  [124] = 121,
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
  [184] = 165,
  [185] = 185,
  [186] = 172,
  [187] = 166,
  [188] = 188,
  [189] = 189,
  [190] = 165,
  [191] = 166,
  [192] = 192,
  [193] = 172,
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
  [204] = 203,
  [205] = 205,
  [206] = 206,
  [207] = 207,
  [208] = 206,
  [209] = 206,
  [210] = 210,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == '1') ADVANCE(266);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '<') ADVANCE(55);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(175);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(180);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(195);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(193);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(181);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(183);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(207);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(211);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(216);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(177);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(200);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(0)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('H' <= lookahead && lookahead <= 'Z') ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == '1') ADVANCE(266);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '<') ADVANCE(55);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(175);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(180);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(195);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(193);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(181);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(183);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(207);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(211);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(216);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(177);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(200);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(1)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('H' <= lookahead && lookahead <= 'Z') ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '/') ADVANCE(169);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '<') ADVANCE(55);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(53);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(201);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(192);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(198);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(212);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(215);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(178);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(2)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(57);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(201);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(192);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(198);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(215);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(178);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(3)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(264);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(262);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(106);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(133);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(62);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(119);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(103);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(72);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(86);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(73);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(123);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(74);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(129);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(147);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(90);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(89);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(122);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(4)
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(264);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(262);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(189);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(202);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(182);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(184);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(208);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(213);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(129);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(200);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(5)
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '1') ADVANCE(266);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(176);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(179);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(194);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(190);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(206);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(199);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(6)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('D' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(176);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(179);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(194);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(190);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(206);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(199);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(7)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('D' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(133);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(62);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(119);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(102);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(86);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(147);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(89);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(8)
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(196);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(9)
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '#') ADVANCE(273);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(288);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(53);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(10)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(274);
      if (lookahead == '(') ADVANCE(223);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(11)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(209);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(214);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(218);
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(323);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '=') ADVANCE(276);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(12)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(324);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(325);
      END_STATE();
    case 13:
      if (lookahead == '"') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(13);
      END_STATE();
    case 14:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == ',') ADVANCE(52);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(43);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(32);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(40);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 15:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == ',') ADVANCE(52);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 16:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(16);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(20);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(25);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(37);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(46);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(44);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 17:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 18:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(49);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 19:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(23);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 20:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 21:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(32);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 22:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 23:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 24:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 25:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 26:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 27:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(35);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 28:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 29:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(14);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 30:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 31:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(34);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(19);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 32:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 34:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(48);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 35:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 36:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 37:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 38:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(47);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 39:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(45);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 40:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(26);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 41:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 42:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(28);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 43:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 44:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 45:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(48);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 46:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(30);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 47:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 48:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(15);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 49:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(30);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 50:
      if (lookahead == ')') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 51:
      if (lookahead == ')') ADVANCE(328);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(50);
      END_STATE();
    case 52:
      if (lookahead == ')') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(52);
      END_STATE();
    case 53:
      if (lookahead == '.') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 54:
      if (lookahead == '<') ADVANCE(56);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 55:
      if (lookahead == '>') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(55);
      END_STATE();
    case 56:
      if (lookahead == '>') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(56);
      END_STATE();
    case 57:
      if (lookahead == ']') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(57);
      END_STATE();
    case 58:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(170);
      END_STATE();
    case 59:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(171);
      END_STATE();
    case 60:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(98);
      END_STATE();
    case 61:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(108);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(296);
      END_STATE();
    case 62:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(104);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(113);
      END_STATE();
    case 63:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(143);
      END_STATE();
    case 64:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(144);
      END_STATE();
    case 65:
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(299);
      END_STATE();
    case 66:
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(300);
      END_STATE();
    case 67:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(294);
      END_STATE();
    case 68:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(279);
      END_STATE();
    case 69:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(316);
      END_STATE();
    case 70:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(291);
      END_STATE();
    case 71:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(95);
      END_STATE();
    case 72:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(285);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(145);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(284);
      END_STATE();
    case 73:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(287);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(286);
      END_STATE();
    case 74:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(283);
      END_STATE();
    case 75:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(307);
      END_STATE();
    case 76:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(313);
      END_STATE();
    case 77:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(127);
      END_STATE();
    case 78:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(60);
      END_STATE();
    case 79:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(305);
      END_STATE();
    case 80:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(308);
      END_STATE();
    case 81:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(63);
      END_STATE();
    case 82:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(128);
      END_STATE();
    case 83:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(109);
      END_STATE();
    case 84:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(110);
      END_STATE();
    case 85:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(64);
      END_STATE();
    case 86:
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(303);
      END_STATE();
    case 87:
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(306);
      END_STATE();
    case 88:
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(304);
      END_STATE();
    case 89:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(94);
      END_STATE();
    case 90:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(84);
      END_STATE();
    case 91:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(97);
      END_STATE();
    case 92:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      END_STATE();
    case 93:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(138);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(294);
      END_STATE();
    case 94:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(100);
      END_STATE();
    case 95:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(87);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(82);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(148);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(91);
      END_STATE();
    case 96:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(115);
      END_STATE();
    case 97:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(105);
      END_STATE();
    case 98:
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(312);
      END_STATE();
    case 99:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(301);
      END_STATE();
    case 100:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(75);
      END_STATE();
    case 101:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(121);
      END_STATE();
    case 102:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(139);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(71);
      END_STATE();
    case 103:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(139);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(71);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(282);
      END_STATE();
    case 104:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(99);
      END_STATE();
    case 105:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(80);
      END_STATE();
    case 106:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(68);
      END_STATE();
    case 107:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(294);
      END_STATE();
    case 108:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(296);
      END_STATE();
    case 109:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(319);
      END_STATE();
    case 110:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(314);
      END_STATE();
    case 111:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(302);
      END_STATE();
    case 112:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(67);
      END_STATE();
    case 113:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(146);
      END_STATE();
    case 114:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(146);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(294);
      END_STATE();
    case 115:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(149);
      END_STATE();
    case 116:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(141);
      END_STATE();
    case 117:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(142);
      END_STATE();
    case 118:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(136);
      END_STATE();
    case 119:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(309);
      END_STATE();
    case 120:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(315);
      END_STATE();
    case 121:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(137);
      END_STATE();
    case 122:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(131);
      END_STATE();
    case 123:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(70);
      END_STATE();
    case 124:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(294);
      END_STATE();
    case 125:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(83);
      END_STATE();
    case 126:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(83);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(294);
      END_STATE();
    case 127:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(81);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(151);
      END_STATE();
    case 128:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(85);
      END_STATE();
    case 129:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(280);
      END_STATE();
    case 130:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(295);
      END_STATE();
    case 131:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(281);
      END_STATE();
    case 132:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(116);
      END_STATE();
    case 133:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(78);
      END_STATE();
    case 134:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(111);
      END_STATE();
    case 135:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(117);
      END_STATE();
    case 136:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(294);
      END_STATE();
    case 137:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(320);
      END_STATE();
    case 138:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(140);
      END_STATE();
    case 139:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(79);
      END_STATE();
    case 140:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(136);
      END_STATE();
    case 141:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(318);
      END_STATE();
    case 142:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(317);
      END_STATE();
    case 143:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(310);
      END_STATE();
    case 144:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(311);
      END_STATE();
    case 145:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(120);
      END_STATE();
    case 146:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(96);
      END_STATE();
    case 147:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(65);
      END_STATE();
    case 148:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(66);
      END_STATE();
    case 149:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(76);
      END_STATE();
    case 150:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(112);
      END_STATE();
    case 151:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(134);
      END_STATE();
    case 152:
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(294);
      END_STATE();
    case 153:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(294);
      END_STATE();
    case 154:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(269);
      END_STATE();
    case 155:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '/') ADVANCE(169);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '<') ADVANCE(55);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(53);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(201);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(192);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(198);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(212);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(215);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(178);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(155)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 156:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '%') ADVANCE(172);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ':') ADVANCE(297);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(57);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(201);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(197);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(192);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(198);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(185);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(215);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(178);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(186);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(156)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 157:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(264);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(262);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(106);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(133);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(62);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(119);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(103);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(72);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(86);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(73);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(123);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(74);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(129);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(147);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(90);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(89);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(122);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(157)
      END_STATE();
    case 158:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(289);
      if (lookahead == '+') ADVANCE(264);
      if (lookahead == ',') ADVANCE(293);
      if (lookahead == '-') ADVANCE(262);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == ']') ADVANCE(278);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(189);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(202);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(182);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(184);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(208);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(213);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(129);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(200);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(158)
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 159:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == '1') ADVANCE(266);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(176);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(179);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(194);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(190);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(206);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(199);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(159)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('D' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 160:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(13);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '+') ADVANCE(265);
      if (lookahead == '-') ADVANCE(263);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(176);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(179);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(194);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(203);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(188);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(190);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(206);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(199);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(191);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(187);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(174);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(160)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('D' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 161:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(133);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(62);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(119);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(102);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(86);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(147);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(89);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(161)
      END_STATE();
    case 162:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(275);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == '/') ADVANCE(290);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '=') ADVANCE(276);
      if (lookahead == '[') ADVANCE(277);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(196);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(162)
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 163:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '#') ADVANCE(273);
      if (lookahead == '$') ADVANCE(322);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(288);
      if (lookahead == '.') ADVANCE(154);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(53);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(205);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(210);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(163)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(173);
      END_STATE();
    case 164:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(274);
      if (lookahead == '(') ADVANCE(223);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(164)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(209);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(214);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(218);
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      if (lookahead != 0) ADVANCE(261);
      END_STATE();
    case 165:
      if (eof) ADVANCE(166);
      if (lookahead == '\n') ADVANCE(167);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(323);
      if (lookahead == '(') ADVANCE(16);
      if (lookahead == '*') ADVANCE(59);
      if (lookahead == ';') ADVANCE(327);
      if (lookahead == '=') ADVANCE(276);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(165)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(324);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(325);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_block_delete);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_block_delete);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(168);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(170);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_checksum);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(171);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_percent);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym__letter);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(107);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(136);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(118);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(124);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(68);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(92);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(61);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(136);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(118);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(124);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(92);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(61);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(101);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(126);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(101);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(125);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(67);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(67);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(132);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(285);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(145);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(284);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(285);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(284);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(287);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(294);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(286);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(287);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(286);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(303);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(94);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(130);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(153);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(124);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(68);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(294);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(67);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(150);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(69);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(69);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(282);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(93);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(136);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(114);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(309);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(309);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(135);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(145);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(152);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(131);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(132);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(282);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(93);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym__m);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(153);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(153);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(70);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(70);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__m);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__n);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(58);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(283);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(170);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(58);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(170);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(283);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__n);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__o);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__o);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(280);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__text_m_code);
      if (lookahead == '.') ADVANCE(269);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(274);
      if (lookahead == '(') ADVANCE(223);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(218);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(209);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(214);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(218);
      if (('A' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(204);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(328);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(219);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(328);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(220);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == ',') ADVANCE(220);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(222);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(250);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(239);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == ',') ADVANCE(220);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(222);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(223);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(227);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(232);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(244);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(253);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(251);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(220);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(230);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(246);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(239);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(249);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(240);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(243);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(221);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(241);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(245);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(233);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(248);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(238);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(257);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '<') ADVANCE(259);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '>') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(56);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(259);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_message_text);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '.') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '.') ADVANCE(154);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(269);
      if (lookahead == '1') ADVANCE(267);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(269);
      if (lookahead == '7' ||
          lookahead == '8') ADVANCE(217);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(269);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(268);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(269);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(13);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_numbered_parameter);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_named_parameter);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(259);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(258);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(261);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(56);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(271);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(aux_sym_binary_expression_token1);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(aux_sym_binary_expression_token2);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(aux_sym_binary_expression_token3);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(aux_sym_binary_expression_token4);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(aux_sym_binary_expression_token5);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(aux_sym_binary_expression_token6);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(aux_sym_binary_expression_token7);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(aux_sym_binary_expression_token8);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(aux_sym_binary_expression_token9);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '*') ADVANCE(292);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(aux_sym_binary_expression_token10);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(anon_sym_STAR_STAR);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_function_name);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_function_name);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(294);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym__atan);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_label_name);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(aux_sym_o_sub_token1);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(aux_sym_o_endsub_token1);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(aux_sym_o_call_token1);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(aux_sym_o_return_token1);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(aux_sym_o_if_token1);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(aux_sym_o_elseif_token1);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(aux_sym_o_else_token1);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(88);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(aux_sym_o_endif_token1);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(aux_sym_o_while_token1);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(aux_sym_o_endwhile_token1);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(aux_sym_o_do_token1);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(aux_sym_o_repeat_token1);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(aux_sym_o_endrepeat_token1);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(aux_sym_o_break_token1);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(aux_sym_o_continue_token1);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token1);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(aux_sym_fanuc_goto_token1);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(aux_sym_fanuc_end_token1);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token1);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token2);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token3);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token4);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_print_format);
      if (lookahead == ']') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(57);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_grbl_name);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(324);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(325);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(327);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_message);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 155},
  [2] = {.lex_state = 155},
  [3] = {.lex_state = 155},
  [4] = {.lex_state = 155},
  [5] = {.lex_state = 155},
  [6] = {.lex_state = 155},
  [7] = {.lex_state = 155},
  [8] = {.lex_state = 155},
  [9] = {.lex_state = 155},
  [10] = {.lex_state = 155},
  [11] = {.lex_state = 156},
  [12] = {.lex_state = 156},
  [13] = {.lex_state = 156},
  [14] = {.lex_state = 155},
  [15] = {.lex_state = 156},
  [16] = {.lex_state = 156},
  [17] = {.lex_state = 156},
  [18] = {.lex_state = 155},
  [19] = {.lex_state = 156},
  [20] = {.lex_state = 156},
  [21] = {.lex_state = 156},
  [22] = {.lex_state = 157},
  [23] = {.lex_state = 157},
  [24] = {.lex_state = 158},
  [25] = {.lex_state = 158},
  [26] = {.lex_state = 158},
  [27] = {.lex_state = 158},
  [28] = {.lex_state = 158},
  [29] = {.lex_state = 155},
  [30] = {.lex_state = 158},
  [31] = {.lex_state = 158},
  [32] = {.lex_state = 155},
  [33] = {.lex_state = 155},
  [34] = {.lex_state = 155},
  [35] = {.lex_state = 155},
  [36] = {.lex_state = 155},
  [37] = {.lex_state = 158},
  [38] = {.lex_state = 155},
  [39] = {.lex_state = 158},
  [40] = {.lex_state = 158},
  [41] = {.lex_state = 158},
  [42] = {.lex_state = 158},
  [43] = {.lex_state = 159},
  [44] = {.lex_state = 157},
  [45] = {.lex_state = 157},
  [46] = {.lex_state = 157},
  [47] = {.lex_state = 157},
  [48] = {.lex_state = 160},
  [49] = {.lex_state = 161},
  [50] = {.lex_state = 157},
  [51] = {.lex_state = 157},
  [52] = {.lex_state = 157},
  [53] = {.lex_state = 157},
  [54] = {.lex_state = 157},
  [55] = {.lex_state = 157},
  [56] = {.lex_state = 157},
  [57] = {.lex_state = 157},
  [58] = {.lex_state = 157},
  [59] = {.lex_state = 157},
  [60] = {.lex_state = 157},
  [61] = {.lex_state = 157},
  [62] = {.lex_state = 160},
  [63] = {.lex_state = 162},
  [64] = {.lex_state = 160},
  [65] = {.lex_state = 162},
  [66] = {.lex_state = 160},
  [67] = {.lex_state = 162},
  [68] = {.lex_state = 160},
  [69] = {.lex_state = 160},
  [70] = {.lex_state = 160},
  [71] = {.lex_state = 160},
  [72] = {.lex_state = 160},
  [73] = {.lex_state = 160},
  [74] = {.lex_state = 162},
  [75] = {.lex_state = 160},
  [76] = {.lex_state = 162},
  [77] = {.lex_state = 160},
  [78] = {.lex_state = 162},
  [79] = {.lex_state = 160},
  [80] = {.lex_state = 162},
  [81] = {.lex_state = 160},
  [82] = {.lex_state = 160},
  [83] = {.lex_state = 160},
  [84] = {.lex_state = 160},
  [85] = {.lex_state = 160},
  [86] = {.lex_state = 160},
  [87] = {.lex_state = 160},
  [88] = {.lex_state = 160},
  [89] = {.lex_state = 160},
  [90] = {.lex_state = 160},
  [91] = {.lex_state = 162},
  [92] = {.lex_state = 160},
  [93] = {.lex_state = 162},
  [94] = {.lex_state = 162},
  [95] = {.lex_state = 162},
  [96] = {.lex_state = 162},
  [97] = {.lex_state = 162},
  [98] = {.lex_state = 162},
  [99] = {.lex_state = 163},
  [100] = {.lex_state = 163},
  [101] = {.lex_state = 164},
  [102] = {.lex_state = 160},
  [103] = {.lex_state = 164},
  [104] = {.lex_state = 162},
  [105] = {.lex_state = 162},
  [106] = {.lex_state = 162},
  [107] = {.lex_state = 162},
  [108] = {.lex_state = 162},
  [109] = {.lex_state = 162},
  [110] = {.lex_state = 162},
  [111] = {.lex_state = 162},
  [112] = {.lex_state = 162},
  [113] = {.lex_state = 162},
  [114] = {.lex_state = 155},
  [115] = {.lex_state = 162},
  [116] = {.lex_state = 162},
  [117] = {.lex_state = 155},
  [118] = {.lex_state = 155},
  [119] = {.lex_state = 162},
  [120] = {.lex_state = 155},
  [121] = {.lex_state = 0},
  [122] = {.lex_state = 0},
  [123] = {.lex_state = 155},
  [124] = {.lex_state = 0},
  [125] = {.lex_state = 0},
  [126] = {.lex_state = 155},
  [127] = {.lex_state = 165},
  [128] = {.lex_state = 155},
  [129] = {.lex_state = 155},
  [130] = {.lex_state = 155},
  [131] = {.lex_state = 155},
  [132] = {.lex_state = 155},
  [133] = {.lex_state = 155},
  [134] = {.lex_state = 155},
  [135] = {.lex_state = 155},
  [136] = {.lex_state = 155},
  [137] = {.lex_state = 155},
  [138] = {.lex_state = 155},
  [139] = {.lex_state = 155},
  [140] = {.lex_state = 157},
  [141] = {.lex_state = 155},
  [142] = {.lex_state = 155},
  [143] = {.lex_state = 155},
  [144] = {.lex_state = 155},
  [145] = {.lex_state = 155},
  [146] = {.lex_state = 155},
  [147] = {.lex_state = 155},
  [148] = {.lex_state = 155},
  [149] = {.lex_state = 155},
  [150] = {.lex_state = 155},
  [151] = {.lex_state = 155},
  [152] = {.lex_state = 155},
  [153] = {.lex_state = 155},
  [154] = {.lex_state = 155},
  [155] = {.lex_state = 155},
  [156] = {.lex_state = 155},
  [157] = {.lex_state = 155},
  [158] = {.lex_state = 155},
  [159] = {.lex_state = 155},
  [160] = {.lex_state = 155},
  [161] = {.lex_state = 155},
  [162] = {.lex_state = 155},
  [163] = {.lex_state = 155},
  [164] = {.lex_state = 155},
  [165] = {.lex_state = 0},
  [166] = {.lex_state = 0},
  [167] = {.lex_state = 0},
  [168] = {.lex_state = 0},
  [169] = {.lex_state = 0},
  [170] = {.lex_state = 155},
  [171] = {.lex_state = 155},
  [172] = {.lex_state = 0},
  [173] = {.lex_state = 0},
  [174] = {.lex_state = 0},
  [175] = {.lex_state = 0},
  [176] = {.lex_state = 0},
  [177] = {.lex_state = 0},
  [178] = {.lex_state = 0},
  [179] = {.lex_state = 0},
  [180] = {.lex_state = 0},
  [181] = {.lex_state = 155},
  [182] = {.lex_state = 0},
  [183] = {.lex_state = 0},
  [184] = {.lex_state = 0},
  [185] = {.lex_state = 0},
  [186] = {.lex_state = 0},
  [187] = {.lex_state = 0},
  [188] = {.lex_state = 155},
  [189] = {.lex_state = 0},
  [190] = {.lex_state = 0},
  [191] = {.lex_state = 0},
  [192] = {.lex_state = 0},
  [193] = {.lex_state = 0},
  [194] = {.lex_state = 0},
  [195] = {.lex_state = 155},
  [196] = {.lex_state = 0},
  [197] = {.lex_state = 0},
  [198] = {.lex_state = 0},
  [199] = {.lex_state = 155},
  [200] = {.lex_state = 155},
  [201] = {.lex_state = 0},
  [202] = {.lex_state = 0},
  [203] = {.lex_state = 0},
  [204] = {.lex_state = 0},
  [205] = {.lex_state = 155},
  [206] = {.lex_state = 0},
  [207] = {.lex_state = 156},
  [208] = {.lex_state = 0},
  [209] = {.lex_state = 0},
  [210] = {.lex_state = 0},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym_line_number] = ACTIONS(1),
    [sym_checksum] = ACTIONS(1),
    [sym_percent] = ACTIONS(1),
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
    [aux_sym_o_if_token1] = ACTIONS(1),
    [aux_sym_o_while_token1] = ACTIONS(1),
    [aux_sym_o_do_token1] = ACTIONS(1),
    [aux_sym_o_continue_token1] = ACTIONS(1),
    [aux_sym_fanuc_goto_token1] = ACTIONS(1),
    [aux_sym_fanuc_end_token1] = ACTIONS(1),
    [aux_sym_fanuc_print_token1] = ACTIONS(1),
    [aux_sym_fanuc_print_token2] = ACTIONS(1),
    [aux_sym_fanuc_print_token3] = ACTIONS(1),
    [aux_sym_fanuc_print_token4] = ACTIONS(1),
    [anon_sym_DOLLAR] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [sym_message] = ACTIONS(5),
  },
  [1] = {
    [sym_source_file] = STATE(201),
    [sym_line] = STATE(2),
    [aux_sym__items] = STATE(67),
    [sym_word] = STATE(67),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(67),
    [sym_program_number] = STATE(142),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(142),
    [sym_o_endsub] = STATE(142),
    [sym_o_call] = STATE(142),
    [sym_o_return] = STATE(142),
    [sym_o_if] = STATE(142),
    [sym_o_elseif] = STATE(142),
    [sym_o_else] = STATE(142),
    [sym_o_endif] = STATE(142),
    [sym_o_while] = STATE(142),
    [sym_o_endwhile] = STATE(142),
    [sym_o_do] = STATE(142),
    [sym_o_repeat] = STATE(142),
    [sym_o_endrepeat] = STATE(142),
    [sym_o_break] = STATE(142),
    [sym_o_continue] = STATE(142),
    [sym_fanuc_if] = STATE(142),
    [sym_fanuc_goto] = STATE(142),
    [sym_fanuc_while] = STATE(142),
    [sym_fanuc_do] = STATE(142),
    [sym_fanuc_end] = STATE(142),
    [sym_fanuc_print] = STATE(142),
    [sym_grbl_command] = STATE(142),
    [aux_sym_source_file_repeat1] = STATE(2),
    [aux_sym__line_content_repeat1] = STATE(5),
    [ts_builtin_sym_end] = ACTIONS(7),
    [sym__newline] = ACTIONS(9),
    [sym_block_delete] = ACTIONS(11),
    [sym_line_number] = ACTIONS(13),
    [sym_checksum] = ACTIONS(15),
    [sym_percent] = ACTIONS(17),
    [sym__letter] = ACTIONS(19),
    [sym__m] = ACTIONS(21),
    [sym__n] = ACTIONS(19),
    [sym__o] = ACTIONS(23),
    [sym_numbered_parameter] = ACTIONS(25),
    [sym_named_parameter] = ACTIONS(25),
    [anon_sym_POUND] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [aux_sym_o_if_token1] = ACTIONS(31),
    [aux_sym_o_while_token1] = ACTIONS(33),
    [aux_sym_o_do_token1] = ACTIONS(35),
    [aux_sym_fanuc_goto_token1] = ACTIONS(37),
    [aux_sym_fanuc_end_token1] = ACTIONS(39),
    [aux_sym_fanuc_print_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token2] = ACTIONS(41),
    [aux_sym_fanuc_print_token3] = ACTIONS(43),
    [aux_sym_fanuc_print_token4] = ACTIONS(43),
    [anon_sym_DOLLAR] = ACTIONS(45),
    [sym_comment] = ACTIONS(47),
    [sym_message] = ACTIONS(49),
  },
  [2] = {
    [sym_line] = STATE(3),
    [aux_sym__items] = STATE(80),
    [sym_word] = STATE(80),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(80),
    [sym_program_number] = STATE(143),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(143),
    [sym_o_endsub] = STATE(143),
    [sym_o_call] = STATE(143),
    [sym_o_return] = STATE(143),
    [sym_o_if] = STATE(143),
    [sym_o_elseif] = STATE(143),
    [sym_o_else] = STATE(143),
    [sym_o_endif] = STATE(143),
    [sym_o_while] = STATE(143),
    [sym_o_endwhile] = STATE(143),
    [sym_o_do] = STATE(143),
    [sym_o_repeat] = STATE(143),
    [sym_o_endrepeat] = STATE(143),
    [sym_o_break] = STATE(143),
    [sym_o_continue] = STATE(143),
    [sym_fanuc_if] = STATE(143),
    [sym_fanuc_goto] = STATE(143),
    [sym_fanuc_while] = STATE(143),
    [sym_fanuc_do] = STATE(143),
    [sym_fanuc_end] = STATE(143),
    [sym_fanuc_print] = STATE(143),
    [sym_grbl_command] = STATE(143),
    [aux_sym_source_file_repeat1] = STATE(3),
    [aux_sym__line_content_repeat1] = STATE(4),
    [ts_builtin_sym_end] = ACTIONS(51),
    [sym__newline] = ACTIONS(9),
    [sym_block_delete] = ACTIONS(53),
    [sym_line_number] = ACTIONS(55),
    [sym_checksum] = ACTIONS(57),
    [sym_percent] = ACTIONS(59),
    [sym__letter] = ACTIONS(19),
    [sym__m] = ACTIONS(21),
    [sym__n] = ACTIONS(19),
    [sym__o] = ACTIONS(23),
    [sym_numbered_parameter] = ACTIONS(25),
    [sym_named_parameter] = ACTIONS(25),
    [anon_sym_POUND] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [aux_sym_o_if_token1] = ACTIONS(31),
    [aux_sym_o_while_token1] = ACTIONS(33),
    [aux_sym_o_do_token1] = ACTIONS(35),
    [aux_sym_fanuc_goto_token1] = ACTIONS(37),
    [aux_sym_fanuc_end_token1] = ACTIONS(39),
    [aux_sym_fanuc_print_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token2] = ACTIONS(41),
    [aux_sym_fanuc_print_token3] = ACTIONS(43),
    [aux_sym_fanuc_print_token4] = ACTIONS(43),
    [anon_sym_DOLLAR] = ACTIONS(45),
    [sym_comment] = ACTIONS(61),
    [sym_message] = ACTIONS(63),
  },
  [3] = {
    [sym_line] = STATE(3),
    [aux_sym__items] = STATE(94),
    [sym_word] = STATE(94),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(94),
    [sym_program_number] = STATE(171),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(171),
    [sym_o_endsub] = STATE(171),
    [sym_o_call] = STATE(171),
    [sym_o_return] = STATE(171),
    [sym_o_if] = STATE(171),
    [sym_o_elseif] = STATE(171),
    [sym_o_else] = STATE(171),
    [sym_o_endif] = STATE(171),
    [sym_o_while] = STATE(171),
    [sym_o_endwhile] = STATE(171),
    [sym_o_do] = STATE(171),
    [sym_o_repeat] = STATE(171),
    [sym_o_endrepeat] = STATE(171),
    [sym_o_break] = STATE(171),
    [sym_o_continue] = STATE(171),
    [sym_fanuc_if] = STATE(171),
    [sym_fanuc_goto] = STATE(171),
    [sym_fanuc_while] = STATE(171),
    [sym_fanuc_do] = STATE(171),
    [sym_fanuc_end] = STATE(171),
    [sym_fanuc_print] = STATE(171),
    [sym_grbl_command] = STATE(171),
    [aux_sym_source_file_repeat1] = STATE(3),
    [aux_sym__line_content_repeat1] = STATE(6),
    [ts_builtin_sym_end] = ACTIONS(65),
    [sym__newline] = ACTIONS(67),
    [sym_block_delete] = ACTIONS(70),
    [sym_line_number] = ACTIONS(73),
    [sym_checksum] = ACTIONS(76),
    [sym_percent] = ACTIONS(79),
    [sym__letter] = ACTIONS(82),
    [sym__m] = ACTIONS(85),
    [sym__n] = ACTIONS(82),
    [sym__o] = ACTIONS(88),
    [sym_numbered_parameter] = ACTIONS(91),
    [sym_named_parameter] = ACTIONS(91),
    [anon_sym_POUND] = ACTIONS(94),
    [anon_sym_COLON] = ACTIONS(97),
    [aux_sym_o_if_token1] = ACTIONS(100),
    [aux_sym_o_while_token1] = ACTIONS(103),
    [aux_sym_o_do_token1] = ACTIONS(106),
    [aux_sym_fanuc_goto_token1] = ACTIONS(109),
    [aux_sym_fanuc_end_token1] = ACTIONS(112),
    [aux_sym_fanuc_print_token1] = ACTIONS(115),
    [aux_sym_fanuc_print_token2] = ACTIONS(115),
    [aux_sym_fanuc_print_token3] = ACTIONS(118),
    [aux_sym_fanuc_print_token4] = ACTIONS(118),
    [anon_sym_DOLLAR] = ACTIONS(121),
    [sym_comment] = ACTIONS(124),
    [sym_message] = ACTIONS(127),
  },
  [4] = {
    [aux_sym__items] = STATE(65),
    [sym_word] = STATE(65),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(65),
    [sym_program_number] = STATE(149),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(149),
    [sym_o_endsub] = STATE(149),
    [sym_o_call] = STATE(149),
    [sym_o_return] = STATE(149),
    [sym_o_if] = STATE(149),
    [sym_o_elseif] = STATE(149),
    [sym_o_else] = STATE(149),
    [sym_o_endif] = STATE(149),
    [sym_o_while] = STATE(149),
    [sym_o_endwhile] = STATE(149),
    [sym_o_do] = STATE(149),
    [sym_o_repeat] = STATE(149),
    [sym_o_endrepeat] = STATE(149),
    [sym_o_break] = STATE(149),
    [sym_o_continue] = STATE(149),
    [sym_fanuc_if] = STATE(149),
    [sym_fanuc_goto] = STATE(149),
    [sym_fanuc_while] = STATE(149),
    [sym_fanuc_do] = STATE(149),
    [sym_fanuc_end] = STATE(149),
    [sym_fanuc_print] = STATE(149),
    [sym_grbl_command] = STATE(149),
    [aux_sym__line_content_repeat1] = STATE(29),
    [ts_builtin_sym_end] = ACTIONS(130),
    [sym__newline] = ACTIONS(132),
    [sym_block_delete] = ACTIONS(134),
    [sym_line_number] = ACTIONS(136),
    [sym_checksum] = ACTIONS(138),
    [sym_percent] = ACTIONS(140),
    [sym__letter] = ACTIONS(19),
    [sym__m] = ACTIONS(21),
    [sym__n] = ACTIONS(19),
    [sym__o] = ACTIONS(23),
    [sym_numbered_parameter] = ACTIONS(25),
    [sym_named_parameter] = ACTIONS(25),
    [anon_sym_POUND] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [aux_sym_o_if_token1] = ACTIONS(31),
    [aux_sym_o_while_token1] = ACTIONS(33),
    [aux_sym_o_do_token1] = ACTIONS(35),
    [aux_sym_fanuc_goto_token1] = ACTIONS(37),
    [aux_sym_fanuc_end_token1] = ACTIONS(39),
    [aux_sym_fanuc_print_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token2] = ACTIONS(41),
    [aux_sym_fanuc_print_token3] = ACTIONS(43),
    [aux_sym_fanuc_print_token4] = ACTIONS(43),
    [anon_sym_DOLLAR] = ACTIONS(45),
    [sym_comment] = ACTIONS(142),
    [sym_message] = ACTIONS(144),
  },
  [5] = {
    [aux_sym__items] = STATE(63),
    [sym_word] = STATE(63),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(63),
    [sym_program_number] = STATE(158),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(158),
    [sym_o_endsub] = STATE(158),
    [sym_o_call] = STATE(158),
    [sym_o_return] = STATE(158),
    [sym_o_if] = STATE(158),
    [sym_o_elseif] = STATE(158),
    [sym_o_else] = STATE(158),
    [sym_o_endif] = STATE(158),
    [sym_o_while] = STATE(158),
    [sym_o_endwhile] = STATE(158),
    [sym_o_do] = STATE(158),
    [sym_o_repeat] = STATE(158),
    [sym_o_endrepeat] = STATE(158),
    [sym_o_break] = STATE(158),
    [sym_o_continue] = STATE(158),
    [sym_fanuc_if] = STATE(158),
    [sym_fanuc_goto] = STATE(158),
    [sym_fanuc_while] = STATE(158),
    [sym_fanuc_do] = STATE(158),
    [sym_fanuc_end] = STATE(158),
    [sym_fanuc_print] = STATE(158),
    [sym_grbl_command] = STATE(158),
    [aux_sym__line_content_repeat1] = STATE(29),
    [ts_builtin_sym_end] = ACTIONS(146),
    [sym__newline] = ACTIONS(132),
    [sym_block_delete] = ACTIONS(148),
    [sym_line_number] = ACTIONS(150),
    [sym_checksum] = ACTIONS(152),
    [sym_percent] = ACTIONS(154),
    [sym__letter] = ACTIONS(19),
    [sym__m] = ACTIONS(21),
    [sym__n] = ACTIONS(19),
    [sym__o] = ACTIONS(23),
    [sym_numbered_parameter] = ACTIONS(25),
    [sym_named_parameter] = ACTIONS(25),
    [anon_sym_POUND] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [aux_sym_o_if_token1] = ACTIONS(31),
    [aux_sym_o_while_token1] = ACTIONS(33),
    [aux_sym_o_do_token1] = ACTIONS(35),
    [aux_sym_fanuc_goto_token1] = ACTIONS(37),
    [aux_sym_fanuc_end_token1] = ACTIONS(39),
    [aux_sym_fanuc_print_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token2] = ACTIONS(41),
    [aux_sym_fanuc_print_token3] = ACTIONS(43),
    [aux_sym_fanuc_print_token4] = ACTIONS(43),
    [anon_sym_DOLLAR] = ACTIONS(45),
    [sym_comment] = ACTIONS(142),
    [sym_message] = ACTIONS(144),
  },
  [6] = {
    [aux_sym__items] = STATE(98),
    [sym_word] = STATE(98),
    [sym__text_word] = STATE(103),
    [sym_indirect_parameter] = STATE(204),
    [sym_parameter_assignment] = STATE(98),
    [sym_program_number] = STATE(170),
    [sym__o_label] = STATE(60),
    [sym_o_sub] = STATE(170),
    [sym_o_endsub] = STATE(170),
    [sym_o_call] = STATE(170),
    [sym_o_return] = STATE(170),
    [sym_o_if] = STATE(170),
    [sym_o_elseif] = STATE(170),
    [sym_o_else] = STATE(170),
    [sym_o_endif] = STATE(170),
    [sym_o_while] = STATE(170),
    [sym_o_endwhile] = STATE(170),
    [sym_o_do] = STATE(170),
    [sym_o_repeat] = STATE(170),
    [sym_o_endrepeat] = STATE(170),
    [sym_o_break] = STATE(170),
    [sym_o_continue] = STATE(170),
    [sym_fanuc_if] = STATE(170),
    [sym_fanuc_goto] = STATE(170),
    [sym_fanuc_while] = STATE(170),
    [sym_fanuc_do] = STATE(170),
    [sym_fanuc_end] = STATE(170),
    [sym_fanuc_print] = STATE(170),
    [sym_grbl_command] = STATE(170),
    [aux_sym__line_content_repeat1] = STATE(29),
    [sym__newline] = ACTIONS(132),
    [sym_block_delete] = ACTIONS(156),
    [sym_line_number] = ACTIONS(158),
    [sym_checksum] = ACTIONS(160),
    [sym_percent] = ACTIONS(162),
    [sym__letter] = ACTIONS(19),
    [sym__m] = ACTIONS(21),
    [sym__n] = ACTIONS(19),
    [sym__o] = ACTIONS(23),
    [sym_numbered_parameter] = ACTIONS(25),
    [sym_named_parameter] = ACTIONS(25),
    [anon_sym_POUND] = ACTIONS(27),
    [anon_sym_COLON] = ACTIONS(29),
    [aux_sym_o_if_token1] = ACTIONS(31),
    [aux_sym_o_while_token1] = ACTIONS(33),
    [aux_sym_o_do_token1] = ACTIONS(35),
    [aux_sym_fanuc_goto_token1] = ACTIONS(37),
    [aux_sym_fanuc_end_token1] = ACTIONS(39),
    [aux_sym_fanuc_print_token1] = ACTIONS(41),
    [aux_sym_fanuc_print_token2] = ACTIONS(41),
    [aux_sym_fanuc_print_token3] = ACTIONS(43),
    [aux_sym_fanuc_print_token4] = ACTIONS(43),
    [anon_sym_DOLLAR] = ACTIONS(45),
    [sym_comment] = ACTIONS(142),
    [sym_message] = ACTIONS(144),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
    ACTIONS(150), 1,
      sym_line_number,
    ACTIONS(152), 1,
      sym_checksum,
    ACTIONS(154), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(63), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(158), 23,
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
      sym_grbl_command,
  [107] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(130), 1,
      ts_builtin_sym_end,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(136), 1,
      sym_line_number,
    ACTIONS(138), 1,
      sym_checksum,
    ACTIONS(140), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(65), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(149), 23,
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
      sym_grbl_command,
  [214] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(164), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(168), 1,
      sym_line_number,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(172), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(91), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(161), 23,
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
      sym_grbl_command,
  [321] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym_line_number,
    ACTIONS(178), 1,
      sym_checksum,
    ACTIONS(180), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(74), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(146), 23,
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
      sym_grbl_command,
  [428] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(164), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
    ACTIONS(172), 1,
      sym_percent,
    ACTIONS(182), 1,
      sym__n,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(91), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(161), 23,
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
      sym_grbl_command,
  [534] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(130), 1,
      ts_builtin_sym_end,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(138), 1,
      sym_checksum,
    ACTIONS(140), 1,
      sym_percent,
    ACTIONS(182), 1,
      sym__n,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(65), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(149), 23,
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
      sym_grbl_command,
  [640] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
    ACTIONS(152), 1,
      sym_checksum,
    ACTIONS(154), 1,
      sym_percent,
    ACTIONS(182), 1,
      sym__n,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(63), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(158), 23,
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
      sym_grbl_command,
  [746] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(158), 1,
      sym_line_number,
    ACTIONS(160), 1,
      sym_checksum,
    ACTIONS(162), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(98), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(170), 23,
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
      sym_grbl_command,
  [850] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(178), 1,
      sym_checksum,
    ACTIONS(180), 1,
      sym_percent,
    ACTIONS(182), 1,
      sym__n,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(74), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(146), 23,
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
      sym_grbl_command,
  [956] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(182), 1,
      sym__n,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(188), 1,
      sym_checksum,
    ACTIONS(190), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(93), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(145), 23,
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
      sym_grbl_command,
  [1062] = 26,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(182), 1,
      sym__n,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym_checksum,
    ACTIONS(196), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(78), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(147), 23,
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
      sym_grbl_command,
  [1168] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(198), 1,
      sym_line_number,
    ACTIONS(200), 1,
      sym_checksum,
    ACTIONS(202), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(19), 2,
      sym__letter,
      sym__n,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(95), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(181), 23,
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
      sym_grbl_command,
  [1272] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(160), 1,
      sym_checksum,
    ACTIONS(162), 1,
      sym_percent,
    ACTIONS(182), 1,
      sym__n,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(98), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(170), 23,
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
      sym_grbl_command,
  [1375] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(182), 1,
      sym__n,
    ACTIONS(200), 1,
      sym_checksum,
    ACTIONS(202), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(95), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(181), 23,
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
      sym_grbl_command,
  [1478] = 25,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(19), 1,
      sym__letter,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(23), 1,
      sym__o,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(29), 1,
      anon_sym_COLON,
    ACTIONS(31), 1,
      aux_sym_o_if_token1,
    ACTIONS(33), 1,
      aux_sym_o_while_token1,
    ACTIONS(35), 1,
      aux_sym_o_do_token1,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(39), 1,
      aux_sym_fanuc_end_token1,
    ACTIONS(45), 1,
      anon_sym_DOLLAR,
    ACTIONS(182), 1,
      sym__n,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(204), 1,
      sym_checksum,
    ACTIONS(206), 1,
      sym_percent,
    STATE(60), 1,
      sym__o_label,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(41), 2,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
    ACTIONS(43), 2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
    STATE(96), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
    STATE(188), 23,
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
      sym_grbl_command,
  [1581] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(210), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(208), 34,
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
      aux_sym_fanuc_if_token1,
      aux_sym_fanuc_goto_token1,
  [1629] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(214), 3,
      sym_checksum,
      anon_sym_STAR,
      aux_sym_o_else_token1,
    ACTIONS(212), 32,
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
  [1675] = 4,
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
    ACTIONS(216), 20,
      ts_builtin_sym_end,
      sym__newline,
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
  [1712] = 4,
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
    ACTIONS(220), 20,
      ts_builtin_sym_end,
      sym__newline,
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
  [1749] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(226), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(224), 20,
      ts_builtin_sym_end,
      sym__newline,
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
  [1786] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(230), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(228), 20,
      ts_builtin_sym_end,
      sym__newline,
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
  [1823] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(234), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(232), 20,
      ts_builtin_sym_end,
      sym__newline,
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
  [1860] = 5,
    ACTIONS(240), 1,
      sym_comment,
    ACTIONS(243), 1,
      sym_message,
    STATE(29), 1,
      aux_sym__line_content_repeat1,
    ACTIONS(238), 3,
      sym__letter,
      sym__n,
      anon_sym_POUND,
    ACTIONS(236), 21,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
  [1898] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(210), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(208), 18,
      ts_builtin_sym_end,
      sym__newline,
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
  [1933] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(256), 1,
      anon_sym_STAR,
    ACTIONS(260), 1,
      anon_sym_STAR_STAR,
    ACTIONS(250), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(258), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(252), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(246), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(248), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(254), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [1980] = 2,
    ACTIONS(264), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(262), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2011] = 2,
    ACTIONS(268), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(266), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2042] = 2,
    ACTIONS(272), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(270), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2073] = 2,
    ACTIONS(276), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(274), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2104] = 2,
    ACTIONS(280), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(278), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2135] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(214), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(212), 18,
      ts_builtin_sym_end,
      sym__newline,
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
  [2170] = 2,
    ACTIONS(284), 4,
      sym__letter,
      sym__n,
      anon_sym_POUND,
      sym_comment,
    ACTIONS(282), 22,
      ts_builtin_sym_end,
      sym__newline,
      sym_block_delete,
      sym_line_number,
      sym_checksum,
      sym_percent,
      sym__m,
      sym__o,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_COLON,
      aux_sym_o_if_token1,
      aux_sym_o_while_token1,
      aux_sym_o_do_token1,
      aux_sym_fanuc_goto_token1,
      aux_sym_fanuc_end_token1,
      aux_sym_fanuc_print_token1,
      aux_sym_fanuc_print_token2,
      aux_sym_fanuc_print_token3,
      aux_sym_fanuc_print_token4,
      anon_sym_DOLLAR,
      sym_message,
  [2201] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(256), 1,
      anon_sym_STAR,
    ACTIONS(260), 1,
      anon_sym_STAR_STAR,
    ACTIONS(258), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(226), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(224), 15,
      ts_builtin_sym_end,
      sym__newline,
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
  [2242] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(256), 1,
      anon_sym_STAR,
    ACTIONS(260), 1,
      anon_sym_STAR_STAR,
    ACTIONS(250), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(258), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(226), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(254), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(224), 7,
      ts_builtin_sym_end,
      sym__newline,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
  [2287] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(256), 1,
      anon_sym_STAR,
    ACTIONS(260), 1,
      anon_sym_STAR_STAR,
    ACTIONS(250), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(258), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(226), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(224), 13,
      ts_builtin_sym_end,
      sym__newline,
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
  [2330] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(260), 1,
      anon_sym_STAR_STAR,
    ACTIONS(226), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(224), 17,
      ts_builtin_sym_end,
      sym__newline,
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
  [2367] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(290), 1,
      sym__text_m_code,
    ACTIONS(294), 1,
      sym_number,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    ACTIONS(300), 1,
      sym_function_name,
    ACTIONS(302), 1,
      sym__atan,
    STATE(109), 1,
      sym__signed_value,
    ACTIONS(288), 2,
      sym__letter,
      sym__m,
    ACTIONS(292), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(296), 3,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(107), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(286), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__n,
  [2419] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(226), 1,
      sym_checksum,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(224), 13,
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
  [2458] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(226), 1,
      sym_checksum,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(224), 7,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      anon_sym_COMMA,
  [2499] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(226), 1,
      sym_checksum,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(224), 15,
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
  [2536] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(226), 2,
      sym_checksum,
      anon_sym_STAR,
    ACTIONS(224), 17,
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
  [2569] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    ACTIONS(300), 1,
      sym_function_name,
    ACTIONS(302), 1,
      sym__atan,
    STATE(108), 1,
      sym__signed_value,
    ACTIONS(288), 2,
      sym__letter,
      sym__m,
    ACTIONS(292), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(107), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(286), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__n,
    ACTIONS(296), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
  [2616] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(318), 1,
      aux_sym_o_else_token1,
    ACTIONS(314), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(316), 14,
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
  [2647] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(248), 1,
      sym_checksum,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(246), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2688] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(322), 1,
      anon_sym_RBRACK,
    ACTIONS(324), 1,
      anon_sym_COMMA,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2728] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(326), 1,
      anon_sym_RBRACK,
    ACTIONS(328), 1,
      anon_sym_COMMA,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2768] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(324), 1,
      anon_sym_COMMA,
    ACTIONS(330), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2808] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(324), 1,
      anon_sym_COMMA,
    ACTIONS(326), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2848] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(332), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2885] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(326), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2922] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(330), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2959] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(334), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [2996] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(306), 1,
      anon_sym_STAR,
    ACTIONS(310), 1,
      anon_sym_STAR_STAR,
    ACTIONS(322), 1,
      anon_sym_RBRACK,
    ACTIONS(304), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(308), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(320), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(312), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [3033] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 1,
      aux_sym_o_sub_token1,
    ACTIONS(338), 1,
      aux_sym_o_endsub_token1,
    ACTIONS(340), 1,
      aux_sym_o_call_token1,
    ACTIONS(342), 1,
      aux_sym_o_return_token1,
    ACTIONS(344), 1,
      aux_sym_o_if_token1,
    ACTIONS(346), 1,
      aux_sym_o_elseif_token1,
    ACTIONS(348), 1,
      aux_sym_o_else_token1,
    ACTIONS(350), 1,
      aux_sym_o_endif_token1,
    ACTIONS(352), 1,
      aux_sym_o_while_token1,
    ACTIONS(354), 1,
      aux_sym_o_endwhile_token1,
    ACTIONS(356), 1,
      aux_sym_o_do_token1,
    ACTIONS(358), 1,
      aux_sym_o_repeat_token1,
    ACTIONS(360), 1,
      aux_sym_o_endrepeat_token1,
    ACTIONS(362), 1,
      aux_sym_o_break_token1,
    ACTIONS(364), 1,
      aux_sym_o_continue_token1,
  [3085] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(318), 1,
      aux_sym_o_else_token1,
    ACTIONS(316), 14,
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
  [3111] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(368), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(59), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3146] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(164), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3187] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(378), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(52), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3222] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(178), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3263] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(380), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(56), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3298] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
    ACTIONS(152), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3339] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(384), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(31), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3374] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(394), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(46), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3409] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(396), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(45), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3444] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(398), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(44), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3479] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(400), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(47), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3514] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(402), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(26), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3549] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3590] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(404), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(24), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3625] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(411), 1,
      sym__m,
    ACTIONS(417), 1,
      anon_sym_POUND,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(408), 2,
      sym__letter,
      sym__n,
    ACTIONS(414), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(406), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3662] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(420), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(55), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3697] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(422), 1,
      ts_builtin_sym_end,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(426), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3738] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(428), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(51), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3773] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(130), 1,
      ts_builtin_sym_end,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(138), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [3814] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(430), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(53), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3849] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(432), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(50), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3884] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(404), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(24), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3919] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(434), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(39), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3954] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(436), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(40), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [3989] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(438), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(41), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4024] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(440), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(42), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4059] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(390), 1,
      sym_function_name,
    ACTIONS(392), 1,
      sym__atan,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(402), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(26), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4094] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(442), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(58), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4129] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(444), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(57), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4164] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(188), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4205] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(374), 1,
      sym_function_name,
    ACTIONS(376), 1,
      sym__atan,
    ACTIONS(366), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(446), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(54), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [4240] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(448), 1,
      ts_builtin_sym_end,
    ACTIONS(450), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4281] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(160), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4319] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(204), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4357] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(452), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4395] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(210), 2,
      sym__letter,
      anon_sym_POUND,
    ACTIONS(208), 11,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_SLASH,
      aux_sym_o_do_token1,
  [4419] = 11,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(21), 1,
      sym__m,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(200), 1,
      sym_checksum,
    STATE(103), 1,
      sym__text_word,
    STATE(204), 1,
      sym_indirect_parameter,
    ACTIONS(25), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(182), 2,
      sym__letter,
      sym__n,
    STATE(76), 3,
      aux_sym__items,
      sym_word,
      sym_parameter_assignment,
  [4457] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(456), 1,
      sym_checksum,
    STATE(113), 1,
      aux_sym_grbl_command_repeat1,
    STATE(119), 1,
      sym_word,
    ACTIONS(454), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(182), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(458), 4,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
      anon_sym_DOLLAR,
  [4488] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(462), 1,
      sym_checksum,
    STATE(115), 1,
      aux_sym_grbl_command_repeat1,
    STATE(119), 1,
      sym_word,
    ACTIONS(460), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(182), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(464), 4,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
      anon_sym_DOLLAR,
  [4519] = 3,
    ACTIONS(466), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(468), 9,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_message_text,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [4538] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    ACTIONS(300), 1,
      sym_function_name,
    ACTIONS(302), 1,
      sym__atan,
    ACTIONS(470), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(105), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
  [4567] = 4,
    ACTIONS(472), 1,
      ts_builtin_sym_end,
    ACTIONS(476), 1,
      sym_message_text,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(474), 8,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [4588] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(214), 1,
      anon_sym_POUND,
    ACTIONS(212), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_EQ,
  [4609] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(480), 1,
      anon_sym_POUND,
    ACTIONS(478), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4629] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(230), 1,
      anon_sym_POUND,
    ACTIONS(228), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4649] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(484), 1,
      anon_sym_POUND,
    ACTIONS(482), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4669] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(488), 1,
      anon_sym_POUND,
    ACTIONS(486), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4689] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(488), 1,
      anon_sym_POUND,
    ACTIONS(486), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4709] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(492), 1,
      anon_sym_POUND,
    ACTIONS(490), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4729] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(234), 1,
      anon_sym_POUND,
    ACTIONS(232), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4749] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(222), 1,
      anon_sym_POUND,
    ACTIONS(220), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [4769] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(116), 1,
      aux_sym_grbl_command_repeat1,
    STATE(119), 1,
      sym_word,
    ACTIONS(182), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(494), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [4792] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(496), 1,
      sym_number,
    STATE(61), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(498), 3,
      sym_numbered_parameter,
      sym_named_parameter,
      sym_label_name,
  [4817] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(116), 1,
      aux_sym_grbl_command_repeat1,
    STATE(119), 1,
      sym_word,
    ACTIONS(182), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(500), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [4840] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(116), 1,
      aux_sym_grbl_command_repeat1,
    STATE(119), 1,
      sym_word,
    ACTIONS(502), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(504), 3,
      sym__letter,
      sym__m,
      sym__n,
  [4863] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(148), 1,
      sym_argument_list,
    STATE(123), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(507), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [4885] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(155), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(509), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
  [4907] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(511), 6,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
  [4922] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(515), 1,
      anon_sym_LBRACK,
    STATE(120), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(513), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [4941] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(370), 1,
      anon_sym_POUND,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    ACTIONS(518), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(23), 2,
      sym_indirect_parameter,
      sym_expression,
  [4962] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(386), 1,
      anon_sym_POUND,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    ACTIONS(520), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(37), 2,
      sym_indirect_parameter,
      sym_expression,
  [4983] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(120), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(522), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5002] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    ACTIONS(524), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(104), 2,
      sym_indirect_parameter,
      sym_expression,
  [5023] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(27), 1,
      anon_sym_POUND,
    STATE(130), 1,
      sym_parameter_assignment,
    STATE(203), 1,
      sym_indirect_parameter,
    ACTIONS(526), 2,
      sym_numbered_parameter,
      sym_named_parameter,
  [5043] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(164), 1,
      sym_expression,
    ACTIONS(528), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5061] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(532), 1,
      anon_sym_EQ,
    ACTIONS(534), 1,
      sym_grbl_name,
    ACTIONS(530), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5079] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(150), 1,
      sym_expression,
    ACTIONS(536), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5097] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(540), 1,
      anon_sym_EQ,
    ACTIONS(538), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5112] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(542), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5124] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(544), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5136] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(546), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5148] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(548), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5160] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(550), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5172] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5184] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(554), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5196] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(556), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5208] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(558), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5220] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(560), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5232] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(37), 1,
      aux_sym_fanuc_goto_token1,
    ACTIONS(562), 1,
      aux_sym_fanuc_if_token1,
    STATE(139), 1,
      sym_fanuc_goto,
  [5248] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(564), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5260] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
    ACTIONS(152), 1,
      sym_checksum,
  [5276] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(130), 1,
      ts_builtin_sym_end,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(138), 1,
      sym_checksum,
  [5292] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(566), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5304] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(448), 1,
      ts_builtin_sym_end,
    ACTIONS(450), 1,
      sym_checksum,
  [5320] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym_checksum,
  [5336] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(422), 1,
      ts_builtin_sym_end,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(426), 1,
      sym_checksum,
  [5352] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(568), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5364] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(178), 1,
      sym_checksum,
  [5380] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(570), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5392] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(572), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5404] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(574), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5416] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(576), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5428] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5440] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(580), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5452] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(582), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5464] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(584), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5476] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(164), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
  [5492] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(586), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5504] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(588), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5516] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(188), 1,
      sym_checksum,
  [5532] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(590), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5544] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(314), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5556] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(592), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [5568] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    STATE(27), 1,
      sym_expression,
  [5581] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(594), 1,
      anon_sym_LBRACK,
    STATE(209), 1,
      sym_expression,
  [5594] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
  [5607] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(131), 1,
      sym_expression,
  [5620] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
  [5633] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(166), 1,
      sym__newline,
    ACTIONS(200), 1,
      sym_checksum,
  [5646] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(160), 1,
      sym_checksum,
  [5659] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(596), 1,
      anon_sym_LBRACK,
    STATE(25), 1,
      sym_expression,
  [5672] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(132), 1,
      sym__newline,
    ACTIONS(146), 1,
      ts_builtin_sym_end,
  [5685] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(164), 1,
      ts_builtin_sym_end,
    ACTIONS(166), 1,
      sym__newline,
  [5698] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(130), 1,
      ts_builtin_sym_end,
    ACTIONS(132), 1,
      sym__newline,
  [5711] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(448), 1,
      ts_builtin_sym_end,
  [5724] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(372), 1,
      anon_sym_LBRACK,
    STATE(140), 1,
      sym_expression,
  [5737] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(196), 1,
      sym_expression,
  [5750] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(151), 1,
      sym_expression,
  [5763] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(422), 1,
      ts_builtin_sym_end,
    ACTIONS(424), 1,
      sym__newline,
  [5776] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(186), 1,
      sym__newline,
    ACTIONS(204), 1,
      sym_checksum,
  [5789] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(152), 1,
      sym_expression,
  [5802] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
    ACTIONS(186), 1,
      sym__newline,
  [5815] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(106), 1,
      sym_expression,
  [5828] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(600), 1,
      sym__newline,
  [5841] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(602), 1,
      anon_sym_LBRACK,
    STATE(25), 1,
      sym_expression,
  [5854] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(604), 1,
      anon_sym_LBRACK,
    STATE(206), 1,
      sym_expression,
  [5867] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(424), 1,
      sym__newline,
    ACTIONS(452), 1,
      sym_checksum,
  [5880] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(298), 1,
      anon_sym_LBRACK,
    STATE(153), 1,
      sym_expression,
  [5893] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(388), 1,
      anon_sym_LBRACK,
    STATE(27), 1,
      sym_expression,
  [5906] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(604), 1,
      anon_sym_LBRACK,
    STATE(208), 1,
      sym_expression,
  [5919] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(600), 1,
      sym__newline,
    ACTIONS(606), 1,
      ts_builtin_sym_end,
  [5932] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(594), 1,
      anon_sym_LBRACK,
    STATE(112), 1,
      sym_expression,
  [5945] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(166), 1,
      sym__newline,
  [5955] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      sym_number,
  [5965] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(610), 1,
      aux_sym_o_do_token1,
  [5975] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(600), 1,
      sym__newline,
  [5985] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(132), 1,
      sym__newline,
  [5995] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(612), 1,
      sym_number,
  [6005] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(614), 1,
      sym_number,
  [6015] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(616), 1,
      ts_builtin_sym_end,
  [6025] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(424), 1,
      sym__newline,
  [6035] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(618), 1,
      anon_sym_EQ,
  [6045] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(620), 1,
      anon_sym_EQ,
  [6055] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(622), 1,
      sym_number,
  [6065] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(624), 1,
      anon_sym_SLASH,
  [6075] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(626), 1,
      sym_print_format,
  [6085] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(628), 1,
      anon_sym_SLASH,
  [6095] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(630), 1,
      anon_sym_SLASH,
  [6105] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(186), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(7)] = 0,
  [SMALL_STATE(8)] = 107,
  [SMALL_STATE(9)] = 214,
  [SMALL_STATE(10)] = 321,
  [SMALL_STATE(11)] = 428,
  [SMALL_STATE(12)] = 534,
  [SMALL_STATE(13)] = 640,
  [SMALL_STATE(14)] = 746,
  [SMALL_STATE(15)] = 850,
  [SMALL_STATE(16)] = 956,
  [SMALL_STATE(17)] = 1062,
  [SMALL_STATE(18)] = 1168,
  [SMALL_STATE(19)] = 1272,
  [SMALL_STATE(20)] = 1375,
  [SMALL_STATE(21)] = 1478,
  [SMALL_STATE(22)] = 1581,
  [SMALL_STATE(23)] = 1629,
  [SMALL_STATE(24)] = 1675,
  [SMALL_STATE(25)] = 1712,
  [SMALL_STATE(26)] = 1749,
  [SMALL_STATE(27)] = 1786,
  [SMALL_STATE(28)] = 1823,
  [SMALL_STATE(29)] = 1860,
  [SMALL_STATE(30)] = 1898,
  [SMALL_STATE(31)] = 1933,
  [SMALL_STATE(32)] = 1980,
  [SMALL_STATE(33)] = 2011,
  [SMALL_STATE(34)] = 2042,
  [SMALL_STATE(35)] = 2073,
  [SMALL_STATE(36)] = 2104,
  [SMALL_STATE(37)] = 2135,
  [SMALL_STATE(38)] = 2170,
  [SMALL_STATE(39)] = 2201,
  [SMALL_STATE(40)] = 2242,
  [SMALL_STATE(41)] = 2287,
  [SMALL_STATE(42)] = 2330,
  [SMALL_STATE(43)] = 2367,
  [SMALL_STATE(44)] = 2419,
  [SMALL_STATE(45)] = 2458,
  [SMALL_STATE(46)] = 2499,
  [SMALL_STATE(47)] = 2536,
  [SMALL_STATE(48)] = 2569,
  [SMALL_STATE(49)] = 2616,
  [SMALL_STATE(50)] = 2647,
  [SMALL_STATE(51)] = 2688,
  [SMALL_STATE(52)] = 2728,
  [SMALL_STATE(53)] = 2768,
  [SMALL_STATE(54)] = 2808,
  [SMALL_STATE(55)] = 2848,
  [SMALL_STATE(56)] = 2885,
  [SMALL_STATE(57)] = 2922,
  [SMALL_STATE(58)] = 2959,
  [SMALL_STATE(59)] = 2996,
  [SMALL_STATE(60)] = 3033,
  [SMALL_STATE(61)] = 3085,
  [SMALL_STATE(62)] = 3111,
  [SMALL_STATE(63)] = 3146,
  [SMALL_STATE(64)] = 3187,
  [SMALL_STATE(65)] = 3222,
  [SMALL_STATE(66)] = 3263,
  [SMALL_STATE(67)] = 3298,
  [SMALL_STATE(68)] = 3339,
  [SMALL_STATE(69)] = 3374,
  [SMALL_STATE(70)] = 3409,
  [SMALL_STATE(71)] = 3444,
  [SMALL_STATE(72)] = 3479,
  [SMALL_STATE(73)] = 3514,
  [SMALL_STATE(74)] = 3549,
  [SMALL_STATE(75)] = 3590,
  [SMALL_STATE(76)] = 3625,
  [SMALL_STATE(77)] = 3662,
  [SMALL_STATE(78)] = 3697,
  [SMALL_STATE(79)] = 3738,
  [SMALL_STATE(80)] = 3773,
  [SMALL_STATE(81)] = 3814,
  [SMALL_STATE(82)] = 3849,
  [SMALL_STATE(83)] = 3884,
  [SMALL_STATE(84)] = 3919,
  [SMALL_STATE(85)] = 3954,
  [SMALL_STATE(86)] = 3989,
  [SMALL_STATE(87)] = 4024,
  [SMALL_STATE(88)] = 4059,
  [SMALL_STATE(89)] = 4094,
  [SMALL_STATE(90)] = 4129,
  [SMALL_STATE(91)] = 4164,
  [SMALL_STATE(92)] = 4205,
  [SMALL_STATE(93)] = 4240,
  [SMALL_STATE(94)] = 4281,
  [SMALL_STATE(95)] = 4319,
  [SMALL_STATE(96)] = 4357,
  [SMALL_STATE(97)] = 4395,
  [SMALL_STATE(98)] = 4419,
  [SMALL_STATE(99)] = 4457,
  [SMALL_STATE(100)] = 4488,
  [SMALL_STATE(101)] = 4519,
  [SMALL_STATE(102)] = 4538,
  [SMALL_STATE(103)] = 4567,
  [SMALL_STATE(104)] = 4588,
  [SMALL_STATE(105)] = 4609,
  [SMALL_STATE(106)] = 4629,
  [SMALL_STATE(107)] = 4649,
  [SMALL_STATE(108)] = 4669,
  [SMALL_STATE(109)] = 4689,
  [SMALL_STATE(110)] = 4709,
  [SMALL_STATE(111)] = 4729,
  [SMALL_STATE(112)] = 4749,
  [SMALL_STATE(113)] = 4769,
  [SMALL_STATE(114)] = 4792,
  [SMALL_STATE(115)] = 4817,
  [SMALL_STATE(116)] = 4840,
  [SMALL_STATE(117)] = 4863,
  [SMALL_STATE(118)] = 4885,
  [SMALL_STATE(119)] = 4907,
  [SMALL_STATE(120)] = 4922,
  [SMALL_STATE(121)] = 4941,
  [SMALL_STATE(122)] = 4962,
  [SMALL_STATE(123)] = 4983,
  [SMALL_STATE(124)] = 5002,
  [SMALL_STATE(125)] = 5023,
  [SMALL_STATE(126)] = 5043,
  [SMALL_STATE(127)] = 5061,
  [SMALL_STATE(128)] = 5079,
  [SMALL_STATE(129)] = 5097,
  [SMALL_STATE(130)] = 5112,
  [SMALL_STATE(131)] = 5124,
  [SMALL_STATE(132)] = 5136,
  [SMALL_STATE(133)] = 5148,
  [SMALL_STATE(134)] = 5160,
  [SMALL_STATE(135)] = 5172,
  [SMALL_STATE(136)] = 5184,
  [SMALL_STATE(137)] = 5196,
  [SMALL_STATE(138)] = 5208,
  [SMALL_STATE(139)] = 5220,
  [SMALL_STATE(140)] = 5232,
  [SMALL_STATE(141)] = 5248,
  [SMALL_STATE(142)] = 5260,
  [SMALL_STATE(143)] = 5276,
  [SMALL_STATE(144)] = 5292,
  [SMALL_STATE(145)] = 5304,
  [SMALL_STATE(146)] = 5320,
  [SMALL_STATE(147)] = 5336,
  [SMALL_STATE(148)] = 5352,
  [SMALL_STATE(149)] = 5364,
  [SMALL_STATE(150)] = 5380,
  [SMALL_STATE(151)] = 5392,
  [SMALL_STATE(152)] = 5404,
  [SMALL_STATE(153)] = 5416,
  [SMALL_STATE(154)] = 5428,
  [SMALL_STATE(155)] = 5440,
  [SMALL_STATE(156)] = 5452,
  [SMALL_STATE(157)] = 5464,
  [SMALL_STATE(158)] = 5476,
  [SMALL_STATE(159)] = 5492,
  [SMALL_STATE(160)] = 5504,
  [SMALL_STATE(161)] = 5516,
  [SMALL_STATE(162)] = 5532,
  [SMALL_STATE(163)] = 5544,
  [SMALL_STATE(164)] = 5556,
  [SMALL_STATE(165)] = 5568,
  [SMALL_STATE(166)] = 5581,
  [SMALL_STATE(167)] = 5594,
  [SMALL_STATE(168)] = 5607,
  [SMALL_STATE(169)] = 5620,
  [SMALL_STATE(170)] = 5633,
  [SMALL_STATE(171)] = 5646,
  [SMALL_STATE(172)] = 5659,
  [SMALL_STATE(173)] = 5672,
  [SMALL_STATE(174)] = 5685,
  [SMALL_STATE(175)] = 5698,
  [SMALL_STATE(176)] = 5711,
  [SMALL_STATE(177)] = 5724,
  [SMALL_STATE(178)] = 5737,
  [SMALL_STATE(179)] = 5750,
  [SMALL_STATE(180)] = 5763,
  [SMALL_STATE(181)] = 5776,
  [SMALL_STATE(182)] = 5789,
  [SMALL_STATE(183)] = 5802,
  [SMALL_STATE(184)] = 5815,
  [SMALL_STATE(185)] = 5828,
  [SMALL_STATE(186)] = 5841,
  [SMALL_STATE(187)] = 5854,
  [SMALL_STATE(188)] = 5867,
  [SMALL_STATE(189)] = 5880,
  [SMALL_STATE(190)] = 5893,
  [SMALL_STATE(191)] = 5906,
  [SMALL_STATE(192)] = 5919,
  [SMALL_STATE(193)] = 5932,
  [SMALL_STATE(194)] = 5945,
  [SMALL_STATE(195)] = 5955,
  [SMALL_STATE(196)] = 5965,
  [SMALL_STATE(197)] = 5975,
  [SMALL_STATE(198)] = 5985,
  [SMALL_STATE(199)] = 5995,
  [SMALL_STATE(200)] = 6005,
  [SMALL_STATE(201)] = 6015,
  [SMALL_STATE(202)] = 6025,
  [SMALL_STATE(203)] = 6035,
  [SMALL_STATE(204)] = 6045,
  [SMALL_STATE(205)] = 6055,
  [SMALL_STATE(206)] = 6065,
  [SMALL_STATE(207)] = 6075,
  [SMALL_STATE(208)] = 6085,
  [SMALL_STATE(209)] = 6095,
  [SMALL_STATE(210)] = 6105,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [43] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [51] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [55] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [61] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [65] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [67] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(38),
  [70] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(14),
  [73] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(19),
  [76] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(198),
  [79] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(171),
  [82] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(48),
  [85] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(43),
  [88] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(114),
  [91] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(204),
  [94] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(124),
  [97] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(199),
  [100] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(177),
  [103] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(178),
  [106] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(200),
  [109] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(118),
  [112] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(205),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(207),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(157),
  [121] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(127),
  [124] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [127] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [130] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 14),
  [132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 1),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 5),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 27),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 15),
  [186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 34),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expression, 3),
  [210] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_expression, 3),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirect_parameter, 2, .production_id = 10),
  [214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirect_parameter, 2, .production_id = 10),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, .production_id = 16),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, .production_id = 16),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 2, .production_id = 17),
  [222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 2, .production_id = 17),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, .production_id = 35),
  [226] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, .production_id = 35),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 4, .production_id = 36),
  [230] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 4, .production_id = 36),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 6, .production_id = 40),
  [234] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 6, .production_id = 40),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [238] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [240] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(29),
  [243] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(29),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_assignment, 3, .production_id = 18),
  [248] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parameter_assignment, 3, .production_id = 18),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 6),
  [264] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 6),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2),
  [272] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3),
  [280] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 1),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 1),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, .production_id = 2),
  [288] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, .production_id = 2),
  [290] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [292] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_program_number, 2, .production_id = 8),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__o_label, 2, .production_id = 9),
  [318] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__o_label, 2, .production_id = 9),
  [320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [348] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [366] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [382] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [386] = {.entry = {.count = 1, .reusable = false}}, SHIFT(122),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items, 2),
  [408] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items, 2), SHIFT_REPEAT(48),
  [411] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items, 2), SHIFT_REPEAT(43),
  [414] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items, 2), SHIFT_REPEAT(204),
  [417] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__items, 2), SHIFT_REPEAT(124),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 37),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [448] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 28),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 12),
  [456] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 3, .production_id = 12),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [460] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2),
  [462] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 2),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [466] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__text_word, 2, .production_id = 6),
  [468] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__text_word, 2, .production_id = 6),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [472] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items, 1, .production_id = 4),
  [474] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items, 1, .production_id = 4),
  [476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(110),
  [478] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__signed_value, 2, .production_id = 16),
  [480] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__signed_value, 2, .production_id = 16),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 6),
  [484] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 6),
  [486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 7),
  [488] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 7),
  [490] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items, 2, .production_id = 4),
  [492] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items, 2, .production_id = 4),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 33),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 22),
  [502] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 31),
  [504] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 31), SHIFT_REPEAT(48),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 2, .production_id = 13),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 1, .production_id = 21),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2),
  [515] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2), SHIFT_REPEAT(66),
  [518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 1),
  [524] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [526] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [528] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 2, .production_id = 13),
  [530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 1),
  [532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [534] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [536] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 2, .production_id = 13),
  [538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2, .production_id = 12),
  [540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 4, .production_id = 29),
  [544] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_repeat, 3, .production_id = 26),
  [546] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_else, 2, .production_id = 13),
  [548] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endif, 2, .production_id = 13),
  [550] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endwhile, 2, .production_id = 13),
  [552] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_do, 2, .production_id = 13),
  [554] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endrepeat, 2, .production_id = 13),
  [556] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_break, 2, .production_id = 13),
  [558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_continue, 2, .production_id = 13),
  [560] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 3, .production_id = 19),
  [562] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [564] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_do, 2, .production_id = 9),
  [566] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 20),
  [568] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 3, .production_id = 24),
  [570] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 3, .production_id = 23),
  [572] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_if, 3, .production_id = 25),
  [574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_elseif, 3, .production_id = 25),
  [576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_while, 3, .production_id = 25),
  [578] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_sub, 2, .production_id = 13),
  [580] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_goto, 2, .production_id = 9),
  [582] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_end, 2, .production_id = 9),
  [584] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 1, .production_id = 3),
  [586] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_while, 4, .production_id = 30),
  [588] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 2, .production_id = 11),
  [590] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 32),
  [592] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 3, .production_id = 23),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [598] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 38),
  [600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [606] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 39),
  [608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [612] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [616] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [618] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [622] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [624] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [628] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
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
