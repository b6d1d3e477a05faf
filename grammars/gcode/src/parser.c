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
#define STATE_COUNT 463
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 124
#define ALIAS_COUNT 0
#define TOKEN_COUNT 77
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
  sym__version_m_code = 13,
  sym_firmware_version = 14,
  anon_sym_DASH = 15,
  anon_sym_PLUS = 16,
  sym_number = 17,
  sym_string = 18,
  sym_numbered_parameter = 19,
  sym_named_parameter = 20,
  anon_sym_POUND = 21,
  anon_sym_EQ = 22,
  anon_sym_LBRACK = 23,
  anon_sym_RBRACK = 24,
  aux_sym_binary_expression_token1 = 25,
  aux_sym_binary_expression_token2 = 26,
  aux_sym_binary_expression_token3 = 27,
  aux_sym_binary_expression_token4 = 28,
  aux_sym_binary_expression_token5 = 29,
  aux_sym_binary_expression_token6 = 30,
  aux_sym_binary_expression_token7 = 31,
  aux_sym_binary_expression_token8 = 32,
  aux_sym_binary_expression_token9 = 33,
  anon_sym_STAR = 34,
  anon_sym_SLASH = 35,
  aux_sym_binary_expression_token10 = 36,
  anon_sym_STAR_STAR = 37,
  anon_sym_COMMA = 38,
  sym_function_name = 39,
  sym__atan = 40,
  anon_sym_COLON = 41,
  sym_label_name = 42,
  aux_sym_o_sub_token1 = 43,
  aux_sym_o_endsub_token1 = 44,
  aux_sym_o_call_token1 = 45,
  aux_sym_o_return_token1 = 46,
  aux_sym_o_if_token1 = 47,
  aux_sym_o_elseif_token1 = 48,
  aux_sym_o_else_token1 = 49,
  aux_sym_o_endif_token1 = 50,
  aux_sym_o_while_token1 = 51,
  aux_sym_o_endwhile_token1 = 52,
  aux_sym_o_do_token1 = 53,
  aux_sym_o_repeat_token1 = 54,
  aux_sym_o_endrepeat_token1 = 55,
  aux_sym_o_break_token1 = 56,
  aux_sym_o_continue_token1 = 57,
  aux_sym_fanuc_if_token1 = 58,
  aux_sym_fanuc_if_token2 = 59,
  aux_sym_fanuc_goto_token1 = 60,
  aux_sym_fanuc_while_token1 = 61,
  aux_sym_fanuc_while_token2 = 62,
  aux_sym_fanuc_end_token1 = 63,
  aux_sym_fanuc_print_token1 = 64,
  aux_sym_fanuc_print_token2 = 65,
  aux_sym_fanuc_print_token3 = 66,
  aux_sym_fanuc_print_token4 = 67,
  sym_print_format = 68,
  sym_extended_name = 69,
  sym_extended_parameter = 70,
  sym_grbl_name = 71,
  anon_sym_QMARK = 72,
  anon_sym_TILDE = 73,
  anon_sym_BANG = 74,
  sym_comment = 75,
  sym_message = 76,
  sym_source_file = 77,
  sym_line = 78,
  sym__spindle_word = 79,
  sym_word = 80,
  sym__text_word = 81,
  sym__version_check = 82,
  sym__version_m_word = 83,
  sym__signed_value = 84,
  sym_indirect_parameter = 85,
  sym_parameter_assignment = 86,
  sym_expression = 87,
  sym_unary_expression = 88,
  sym_binary_expression = 89,
  sym_function_call = 90,
  sym_program_number = 91,
  sym__o_label = 92,
  sym_o_sub = 93,
  sym_o_endsub = 94,
  sym_o_call = 95,
  sym_o_return = 96,
  sym_o_if = 97,
  sym_o_elseif = 98,
  sym_o_else = 99,
  sym_o_endif = 100,
  sym_o_while = 101,
  sym_o_endwhile = 102,
  sym_o_do = 103,
  sym_o_repeat = 104,
  sym_o_endrepeat = 105,
  sym_o_break = 106,
  sym_o_continue = 107,
  sym_argument_list = 108,
  sym_fanuc_if = 109,
  sym_fanuc_goto = 110,
  sym_fanuc_while = 111,
  sym_fanuc_do = 112,
  sym_fanuc_end = 113,
  sym_fanuc_print = 114,
  sym_extended_command = 115,
  sym_grbl_command = 116,
  sym_grbl_realtime = 117,
  aux_sym_source_file_repeat1 = 118,
  aux_sym__line_content_repeat1 = 119,
  aux_sym__items_repeat1 = 120,
  aux_sym_argument_list_repeat1 = 121,
  aux_sym_extended_command_repeat1 = 122,
  aux_sym_grbl_command_repeat1 = 123,
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
  [sym__version_m_code] = "number",
  [sym_firmware_version] = "firmware_version",
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
  [sym__version_check] = "_version_check",
  [sym__version_m_word] = "word",
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
  [sym__version_m_code] = sym_number,
  [sym_firmware_version] = sym_firmware_version,
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
  [sym__version_check] = sym__version_check,
  [sym__version_m_word] = sym_word,
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
  [sym__version_m_code] = {
    .visible = true,
    .named = true,
  },
  [sym_firmware_version] = {
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
  [sym__version_check] = {
    .visible = false,
    .named = true,
  },
  [sym__version_m_word] = {
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
  [6] = {.index = 3, .length = 2},
  [8] = {.index = 5, .length = 2},
  [9] = {.index = 7, .length = 1},
  [10] = {.index = 8, .length = 2},
  [11] = {.index = 10, .length = 4},
  [12] = {.index = 14, .length = 1},
  [13] = {.index = 15, .length = 1},
  [14] = {.index = 16, .length = 1},
  [15] = {.index = 17, .length = 2},
  [16] = {.index = 19, .length = 1},
  [17] = {.index = 20, .length = 2},
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
  [7] = {
    [0] = sym_line,
    [1] = sym_line,
  },
  [8] = {
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
  [102] = 99,
  [103] = 95,
  [104] = 96,
  [105] = 97,
  [106] = 106,
  [107] = 107,
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
  [120] = 120,
  [121] = 121,
  [122] = 122,
  [123] = 123,
  [124] = 124,
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
  [186] = 94,
  [187] = 187,
  [188] = 188,
  [189] = 189,
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
  [212] = 198,
  [213] = 213,
  [214] = 198,
  [215] = 215,
  [216] = 216,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 198,
  [221] = 221,
  [222] = 221,
  [223] = 223,
  [224] = 221,
  [225] = 223,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 235,
  [238] = 235,
  [239] = 230,
  [240] = 236,
  [241] = 229,
  [242] = 234,
  [243] = 231,
  [244] = 232,
  [245] = 228,
  [246] = 246,
  [247] = 22,
  [248] = 246,
  [249] = 249,
  [250] = 235,
  [251] = 230,
  [252] = 249,
  [253] = 253,
  [254] = 254,
  [255] = 255,
  [256] = 256,
  [257] = 257,
  [258] = 258,
  [259] = 23,
  [260] = 260,
  [261] = 90,
  [262] = 262,
  [263] = 88,
  [264] = 264,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 91,
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
  [279] = 279,
  [280] = 280,
  [281] = 281,
  [282] = 280,
  [283] = 280,
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
  [390] = 390,
  [391] = 368,
  [392] = 392,
  [393] = 393,
  [394] = 394,
  [395] = 395,
  [396] = 396,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 394,
  [402] = 402,
  [403] = 403,
  [404] = 404,
  [405] = 405,
  [406] = 406,
  [407] = 407,
  [408] = 368,
  [409] = 409,
  [410] = 370,
  [411] = 411,
  [412] = 412,
  [413] = 394,
  [414] = 370,
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
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 430,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 453,
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 430,
  [460] = 460,
  [461] = 461,
  [462] = 462,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == '1') ADVANCE(312);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '<') ADVANCE(61);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(219);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(223);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(238);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(224);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(228);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(226);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(248);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(254);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(258);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(221);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(243);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(229);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(240);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(0)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 1:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(1);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == '1') ADVANCE(312);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '<') ADVANCE(61);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(219);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(223);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(238);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(235);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(224);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(228);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(226);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(248);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(254);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(258);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(221);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(243);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(229);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(240);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(1)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('h' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 2:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '/') ADVANCE(201);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '<') ADVANCE(61);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == '_') ADVANCE(184);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(56);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(209);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(214);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(215);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(211);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(246);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(252);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(257);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(210);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(2)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 3:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(63);
      if (lookahead == '_') ADVANCE(184);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(209);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(214);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(215);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(211);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(246);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(253);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(257);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(210);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(3)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 4:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(310);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(308);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(151);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(84);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(85);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(86);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(94);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(139);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(87);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(140);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(163);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(141);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(166);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(88);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(145);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(90);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(162);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(4)
      END_STATE();
    case 5:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(310);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(308);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(232);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(241);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(249);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(255);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(166);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(240);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(5)
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 6:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '1') ADVANCE(312);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(222);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(242);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(233);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(247);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(239);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(6)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 7:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(222);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(242);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(233);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(247);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(239);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(7)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 8:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '#') ADVANCE(321);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '(') ADVANCE(265);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(8)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(250);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(256);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(260);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(244);
      if (lookahead != 0) ADVANCE(304);
      END_STATE();
    case 9:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(237);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(9)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 10:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(84);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(85);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(86);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(93);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(87);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(88);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(90);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(10)
      END_STATE();
    case 11:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(320);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(335);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(56);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(11)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 12:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(243);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(12)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 13:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(13)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(60);
      END_STATE();
    case 14:
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(14);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(385);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '=') ADVANCE(323);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(14)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(386);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(387);
      END_STATE();
    case 15:
      if (lookahead == '"') ADVANCE(316);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(15);
      END_STATE();
    case 16:
      if (lookahead == '"') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(16);
      END_STATE();
    case 17:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == ',') ADVANCE(55);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(46);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(35);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(43);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 18:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == ',') ADVANCE(55);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 19:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(19);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(23);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(28);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(40);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(49);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(47);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 20:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(55);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 21:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(52);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 22:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(26);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 23:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(42);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 24:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(35);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(45);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 25:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 26:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(24);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 27:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(54);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 28:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(21);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 29:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 30:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 31:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 32:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(17);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 33:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 34:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(37);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(22);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 35:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(41);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 36:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 37:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 38:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(25);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 39:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(20);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 40:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(32);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 41:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(50);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 42:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(48);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 43:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(29);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 44:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(30);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 45:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(31);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 46:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(44);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 47:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(34);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 48:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(51);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 49:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 50:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(27);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 51:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(18);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 52:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(33);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 53:
      if (lookahead == ')') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 54:
      if (lookahead == ')') ADVANCE(393);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(54);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(53);
      END_STATE();
    case 55:
      if (lookahead == ')') ADVANCE(393);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(55);
      END_STATE();
    case 56:
      if (lookahead == '.') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 57:
      if (lookahead == '.') ADVANCE(183);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(57);
      END_STATE();
    case 58:
      if (lookahead == '.') ADVANCE(182);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(58);
      END_STATE();
    case 59:
      if (lookahead == '<') ADVANCE(62);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(317);
      END_STATE();
    case 60:
      if (lookahead == '=') ADVANCE(383);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(60);
      END_STATE();
    case 61:
      if (lookahead == '>') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(61);
      END_STATE();
    case 62:
      if (lookahead == '>') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(62);
      END_STATE();
    case 63:
      if (lookahead == ']') ADVANCE(380);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(63);
      END_STATE();
    case 64:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(371);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 65:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(367);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 66:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(70);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 67:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(69);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 68:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(74);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 69:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(65);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 70:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(377);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 71:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(80);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 72:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(81);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 73:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(365);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 74:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(78);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 75:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(66);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 76:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(71);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 77:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 78:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(379);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 79:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 80:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(375);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 81:
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(373);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 82:
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 83:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(203);
      END_STATE();
    case 84:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(84);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(108);
      END_STATE();
    case 85:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(85);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(91);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(92);
      END_STATE();
    case 86:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(86);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(356);
      END_STATE();
    case 87:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(87);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(350);
      END_STATE();
    case 88:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(88);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(97);
      END_STATE();
    case 89:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(89);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(98);
      END_STATE();
    case 90:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(90);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(99);
      END_STATE();
    case 91:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(91);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(110);
      END_STATE();
    case 92:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(92);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(101);
      END_STATE();
    case 93:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(95);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(96);
      END_STATE();
    case 94:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(93);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(95);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(96);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(329);
      END_STATE();
    case 95:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(95);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(117);
      END_STATE();
    case 96:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(96);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(102);
      END_STATE();
    case 97:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(97);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(123);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(109);
      END_STATE();
    case 98:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(98);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(346);
      END_STATE();
    case 99:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(99);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(119);
      END_STATE();
    case 100:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(100);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(103);
      END_STATE();
    case 101:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(101);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(113);
      END_STATE();
    case 102:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(102);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(107);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(124);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(128);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(133);
      END_STATE();
    case 103:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(103);
      if (lookahead == 'K' ||
          lookahead == 'k') ADVANCE(359);
      END_STATE();
    case 104:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(104);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(131);
      END_STATE();
    case 105:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(105);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(205);
      END_STATE();
    case 106:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(106);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(120);
      END_STATE();
    case 107:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(107);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(353);
      END_STATE();
    case 108:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(108);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(100);
      END_STATE();
    case 109:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(109);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(106);
      END_STATE();
    case 110:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(110);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(348);
      END_STATE();
    case 111:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(111);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(118);
      END_STATE();
    case 112:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(112);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(347);
      END_STATE();
    case 113:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(113);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(111);
      END_STATE();
    case 114:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(114);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(115);
      END_STATE();
    case 115:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(115);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(357);
      END_STATE();
    case 116:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(116);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(351);
      END_STATE();
    case 117:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(117);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(352);
      END_STATE();
    case 118:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(118);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(126);
      END_STATE();
    case 119:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(119);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(125);
      END_STATE();
    case 120:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(120);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(349);
      END_STATE();
    case 121:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(116);
      END_STATE();
    case 122:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(122);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(358);
      END_STATE();
    case 123:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(123);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(114);
      END_STATE();
    case 124:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(124);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(104);
      END_STATE();
    case 125:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(125);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(354);
      END_STATE();
    case 126:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(126);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(360);
      END_STATE();
    case 127:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(127);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(355);
      END_STATE();
    case 128:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(128);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(112);
      END_STATE();
    case 129:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(129);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(122);
      END_STATE();
    case 130:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(130);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(127);
      END_STATE();
    case 131:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(131);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(129);
      END_STATE();
    case 132:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(132);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(130);
      END_STATE();
    case 133:
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(133);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(132);
      END_STATE();
    case 134:
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(153);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(343);
      END_STATE();
    case 135:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(341);
      END_STATE();
    case 136:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(326);
      END_STATE();
    case 137:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(370);
      END_STATE();
    case 138:
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(338);
      END_STATE();
    case 139:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(332);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(177);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(331);
      END_STATE();
    case 140:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(334);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(333);
      END_STATE();
    case 141:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(330);
      END_STATE();
    case 142:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(366);
      END_STATE();
    case 143:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(154);
      END_STATE();
    case 144:
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(155);
      END_STATE();
    case 145:
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(144);
      END_STATE();
    case 146:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      END_STATE();
    case 147:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(173);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(341);
      END_STATE();
    case 148:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(149);
      END_STATE();
    case 149:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(142);
      END_STATE();
    case 150:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(161);
      END_STATE();
    case 151:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(136);
      END_STATE();
    case 152:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(341);
      END_STATE();
    case 153:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(343);
      END_STATE();
    case 154:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(376);
      END_STATE();
    case 155:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(363);
      END_STATE();
    case 156:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(135);
      END_STATE();
    case 157:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(175);
      END_STATE();
    case 158:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(176);
      END_STATE();
    case 159:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(171);
      END_STATE();
    case 160:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(364);
      END_STATE();
    case 161:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(172);
      END_STATE();
    case 162:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(168);
      END_STATE();
    case 163:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(138);
      END_STATE();
    case 164:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(341);
      END_STATE();
    case 165:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(143);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(341);
      END_STATE();
    case 166:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(327);
      END_STATE();
    case 167:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(342);
      END_STATE();
    case 168:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(328);
      END_STATE();
    case 169:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(157);
      END_STATE();
    case 170:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(158);
      END_STATE();
    case 171:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(341);
      END_STATE();
    case 172:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(378);
      END_STATE();
    case 173:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(174);
      END_STATE();
    case 174:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(171);
      END_STATE();
    case 175:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(374);
      END_STATE();
    case 176:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(372);
      END_STATE();
    case 177:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(160);
      END_STATE();
    case 178:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(156);
      END_STATE();
    case 179:
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(341);
      END_STATE();
    case 180:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(341);
      END_STATE();
    case 181:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(315);
      END_STATE();
    case 182:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(306);
      END_STATE();
    case 183:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(58);
      END_STATE();
    case 184:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(381);
      END_STATE();
    case 185:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(2);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '/') ADVANCE(201);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '<') ADVANCE(61);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == '_') ADVANCE(184);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(56);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(209);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(214);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(215);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(211);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(246);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(252);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(257);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(210);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(185)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 186:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(3);
      if (lookahead == '!') ADVANCE(390);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '%') ADVANCE(206);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ':') ADVANCE(344);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '?') ADVANCE(388);
      if (lookahead == '[') ADVANCE(63);
      if (lookahead == '_') ADVANCE(184);
      if (lookahead == '~') ADVANCE(389);
      if (lookahead == '@' ||
          lookahead == '^') ADVANCE(209);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(216);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(214);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(213);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(215);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(211);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(246);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(253);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(257);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(210);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(212);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(186)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(217);
      END_STATE();
    case 187:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(4);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(310);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(308);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(151);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(84);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(85);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(86);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(94);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(139);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(87);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(140);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(163);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(141);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(166);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(88);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(145);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(90);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(162);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(187)
      END_STATE();
    case 188:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(5);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(336);
      if (lookahead == '+') ADVANCE(310);
      if (lookahead == ',') ADVANCE(340);
      if (lookahead == '-') ADVANCE(308);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == ']') ADVANCE(325);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(232);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(241);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(225);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(227);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(249);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(255);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(166);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(240);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(188)
      if (('@' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('b' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 189:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(6);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == '1') ADVANCE(312);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(222);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(242);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(233);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(247);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(239);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(189)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 190:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(7);
      if (lookahead == '"') ADVANCE(15);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '+') ADVANCE(311);
      if (lookahead == '-') ADVANCE(309);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(220);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(222);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(236);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(242);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(231);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(233);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(247);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(239);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(234);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(230);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(218);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(190)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'K') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('d' <= lookahead && lookahead <= 'k') ||
          ('q' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 191:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '#') ADVANCE(321);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '(') ADVANCE(265);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(191)
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(250);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(256);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(260);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(244);
      if (lookahead != 0) ADVANCE(304);
      END_STATE();
    case 192:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(9);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == '/') ADVANCE(337);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '=') ADVANCE(323);
      if (lookahead == '[') ADVANCE(324);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(237);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(192)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 193:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(10);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(84);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(85);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(86);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(93);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(87);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(88);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      if (lookahead == 'W' ||
          lookahead == 'w') ADVANCE(90);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(193)
      END_STATE();
    case 194:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(11);
      if (lookahead == '#') ADVANCE(320);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(335);
      if (lookahead == '.') ADVANCE(181);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(56);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(194)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 195:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(12);
      if (lookahead == '#') ADVANCE(322);
      if (lookahead == '$') ADVANCE(207);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(245);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(251);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(243);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(195)
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(209);
      END_STATE();
    case 196:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(13);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(196)
      if (('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(60);
      END_STATE();
    case 197:
      if (eof) ADVANCE(198);
      if (lookahead == '\n') ADVANCE(199);
      if (lookahead == '\r') ADVANCE(14);
      if (lookahead == '#' ||
          lookahead == '$') ADVANCE(385);
      if (lookahead == '(') ADVANCE(19);
      if (lookahead == '*') ADVANCE(105);
      if (lookahead == ';') ADVANCE(392);
      if (lookahead == '=') ADVANCE(323);
      if (('\t' <= lookahead && lookahead <= '\f') ||
          lookahead == ' ' ||
          lookahead == 65279) SKIP(197)
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(386);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(387);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym__newline);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_block_delete);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_block_delete);
      if (('1' <= lookahead && lookahead <= '9')) ADVANCE(200);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(204);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(202);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(204);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(203);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(204);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_checksum);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(205);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_percent);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym__letter);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(68);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(75);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(362);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(67);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(64);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(369);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(79);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(152);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(171);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(159);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(164);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(136);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(146);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(134);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(171);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(159);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(164);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(146);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(134);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(150);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(165);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(135);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(135);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(169);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(332);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(177);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(331);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(332);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(331);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(334);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(341);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(333);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(334);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(333);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'F' ||
          lookahead == 'f') ADVANCE(361);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'H' ||
          lookahead == 'h') ADVANCE(148);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(167);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(180);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(164);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(136);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(341);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(135);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(178);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(137);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(329);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(147);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(171);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(368);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(368);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(170);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(179);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(168);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(329);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(147);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym__letter);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(57);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym__letter);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym__m);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(180);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(180);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(152);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(138);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym__m);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(138);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym__m);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym__n);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '_') ADVANCE(381);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(83);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(202);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(83);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(330);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(203);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym__n);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(330);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym__n);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym__o);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym__o);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(327);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym__text_m_code);
      if (lookahead == '.') ADVANCE(315);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '\r') ADVANCE(8);
      if (lookahead == '#') ADVANCE(321);
      if (lookahead == '$') ADVANCE(208);
      if (lookahead == '(') ADVANCE(265);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(260);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(250);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(256);
      if (lookahead == 11 ||
          lookahead == '\f' ||
          lookahead == 65279) ADVANCE(260);
      if (('@' <= lookahead && lookahead <= 'L') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          lookahead == '^' ||
          ('a' <= lookahead && lookahead <= 'l') ||
          ('p' <= lookahead && lookahead <= 'z')) ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(393);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(261);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(393);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(55);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(262);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == ',') ADVANCE(262);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(264);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(292);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(281);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == ',') ADVANCE(262);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(264);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(265);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'A' ||
          lookahead == 'a') ADVANCE(269);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(274);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(286);
      if (lookahead == 'M' ||
          lookahead == 'm') ADVANCE(295);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(262);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'B' ||
          lookahead == 'b') ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(281);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'D' ||
          lookahead == 'd') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(283);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(268);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(278);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(296);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == ')') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(53);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(299);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '.') ADVANCE(301);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '0') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '<') ADVANCE(303);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(302);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead == '>') ADVANCE(304);
      if (lookahead == '*' ||
          lookahead == ';') ADVANCE(62);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(303);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_message_text);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym__version_m_code);
      if (lookahead == '.') ADVANCE(315);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_firmware_version);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(306);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_firmware_version);
      if (lookahead == '+' ||
          lookahead == '-' ||
          lookahead == '.' ||
          ('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(307);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '.') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '.') ADVANCE(181);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(315);
      if (lookahead == '1') ADVANCE(313);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(315);
      if (lookahead == '5') ADVANCE(305);
      if (lookahead == '7' ||
          lookahead == '8') ADVANCE(259);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(315);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(314);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(315);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(15);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_numbered_parameter);
      if (lookahead == '.') ADVANCE(318);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(317);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_numbered_parameter);
      if (lookahead == '0') ADVANCE(318);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_named_parameter);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(303);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(302);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '*' &&
          lookahead != ';') ADVANCE(304);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_POUND);
      if (lookahead == '<') ADVANCE(62);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(59);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(317);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(aux_sym_binary_expression_token1);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(aux_sym_binary_expression_token2);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(aux_sym_binary_expression_token3);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(aux_sym_binary_expression_token4);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(aux_sym_binary_expression_token5);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(aux_sym_binary_expression_token6);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(aux_sym_binary_expression_token7);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(aux_sym_binary_expression_token8);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(aux_sym_binary_expression_token9);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '*') ADVANCE(339);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(aux_sym_binary_expression_token10);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(anon_sym_STAR_STAR);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_function_name);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_function_name);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(341);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym__atan);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_label_name);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(aux_sym_o_sub_token1);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(aux_sym_o_endsub_token1);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(aux_sym_o_call_token1);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(aux_sym_o_return_token1);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(aux_sym_o_if_token1);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(aux_sym_o_elseif_token1);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(aux_sym_o_else_token1);
      if (lookahead == '\t' ||
          lookahead == ' ') ADVANCE(121);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(116);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(aux_sym_o_endif_token1);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(aux_sym_o_while_token1);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(aux_sym_o_endwhile_token1);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(aux_sym_o_do_token1);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(aux_sym_o_repeat_token1);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(aux_sym_o_endrepeat_token1);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(aux_sym_o_break_token1);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(aux_sym_o_continue_token1);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token1);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token1);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(aux_sym_fanuc_if_token2);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(aux_sym_fanuc_goto_token1);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(aux_sym_fanuc_goto_token1);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token1);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token1);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token2);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(aux_sym_fanuc_while_token2);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(aux_sym_fanuc_end_token1);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(aux_sym_fanuc_end_token1);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token1);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token1);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token2);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token2);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token3);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token3);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token4);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(aux_sym_fanuc_print_token4);
      if (lookahead == '_') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(82);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_print_format);
      if (lookahead == ']') ADVANCE(380);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(63);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_extended_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          lookahead == '_' ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(381);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_extended_parameter);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_extended_parameter);
      if (lookahead == '"') ADVANCE(16);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != ';') ADVANCE(384);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_extended_parameter);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != ';') ADVANCE(384);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_grbl_name);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(386);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_grbl_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(387);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_comment);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(392);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_message);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0},
  [1] = {.lex_state = 185},
  [2] = {.lex_state = 185},
  [3] = {.lex_state = 185},
  [4] = {.lex_state = 185},
  [5] = {.lex_state = 185},
  [6] = {.lex_state = 185},
  [7] = {.lex_state = 185},
  [8] = {.lex_state = 185},
  [9] = {.lex_state = 185},
  [10] = {.lex_state = 185},
  [11] = {.lex_state = 186},
  [12] = {.lex_state = 186},
  [13] = {.lex_state = 186},
  [14] = {.lex_state = 186},
  [15] = {.lex_state = 186},
  [16] = {.lex_state = 186},
  [17] = {.lex_state = 185},
  [18] = {.lex_state = 185},
  [19] = {.lex_state = 186},
  [20] = {.lex_state = 186},
  [21] = {.lex_state = 186},
  [22] = {.lex_state = 187},
  [23] = {.lex_state = 187},
  [24] = {.lex_state = 185},
  [25] = {.lex_state = 185},
  [26] = {.lex_state = 185},
  [27] = {.lex_state = 185},
  [28] = {.lex_state = 185},
  [29] = {.lex_state = 185},
  [30] = {.lex_state = 185},
  [31] = {.lex_state = 185},
  [32] = {.lex_state = 185},
  [33] = {.lex_state = 185},
  [34] = {.lex_state = 185},
  [35] = {.lex_state = 185},
  [36] = {.lex_state = 185},
  [37] = {.lex_state = 185},
  [38] = {.lex_state = 185},
  [39] = {.lex_state = 185},
  [40] = {.lex_state = 185},
  [41] = {.lex_state = 185},
  [42] = {.lex_state = 185},
  [43] = {.lex_state = 185},
  [44] = {.lex_state = 185},
  [45] = {.lex_state = 185},
  [46] = {.lex_state = 185},
  [47] = {.lex_state = 185},
  [48] = {.lex_state = 185},
  [49] = {.lex_state = 185},
  [50] = {.lex_state = 185},
  [51] = {.lex_state = 185},
  [52] = {.lex_state = 185},
  [53] = {.lex_state = 185},
  [54] = {.lex_state = 185},
  [55] = {.lex_state = 185},
  [56] = {.lex_state = 185},
  [57] = {.lex_state = 185},
  [58] = {.lex_state = 185},
  [59] = {.lex_state = 185},
  [60] = {.lex_state = 185},
  [61] = {.lex_state = 185},
  [62] = {.lex_state = 185},
  [63] = {.lex_state = 185},
  [64] = {.lex_state = 185},
  [65] = {.lex_state = 185},
  [66] = {.lex_state = 185},
  [67] = {.lex_state = 185},
  [68] = {.lex_state = 185},
  [69] = {.lex_state = 185},
  [70] = {.lex_state = 185},
  [71] = {.lex_state = 185},
  [72] = {.lex_state = 185},
  [73] = {.lex_state = 185},
  [74] = {.lex_state = 185},
  [75] = {.lex_state = 185},
  [76] = {.lex_state = 185},
  [77] = {.lex_state = 185},
  [78] = {.lex_state = 185},
  [79] = {.lex_state = 185},
  [80] = {.lex_state = 185},
  [81] = {.lex_state = 185},
  [82] = {.lex_state = 185},
  [83] = {.lex_state = 185},
  [84] = {.lex_state = 185},
  [85] = {.lex_state = 185},
  [86] = {.lex_state = 185},
  [87] = {.lex_state = 185},
  [88] = {.lex_state = 188},
  [89] = {.lex_state = 188},
  [90] = {.lex_state = 188},
  [91] = {.lex_state = 188},
  [92] = {.lex_state = 188},
  [93] = {.lex_state = 188},
  [94] = {.lex_state = 188},
  [95] = {.lex_state = 188},
  [96] = {.lex_state = 188},
  [97] = {.lex_state = 188},
  [98] = {.lex_state = 188},
  [99] = {.lex_state = 188},
  [100] = {.lex_state = 189},
  [101] = {.lex_state = 190},
  [102] = {.lex_state = 187},
  [103] = {.lex_state = 187},
  [104] = {.lex_state = 187},
  [105] = {.lex_state = 187},
  [106] = {.lex_state = 191},
  [107] = {.lex_state = 191},
  [108] = {.lex_state = 191},
  [109] = {.lex_state = 191},
  [110] = {.lex_state = 191},
  [111] = {.lex_state = 191},
  [112] = {.lex_state = 191},
  [113] = {.lex_state = 191},
  [114] = {.lex_state = 191},
  [115] = {.lex_state = 191},
  [116] = {.lex_state = 191},
  [117] = {.lex_state = 191},
  [118] = {.lex_state = 191},
  [119] = {.lex_state = 191},
  [120] = {.lex_state = 192},
  [121] = {.lex_state = 192},
  [122] = {.lex_state = 192},
  [123] = {.lex_state = 192},
  [124] = {.lex_state = 192},
  [125] = {.lex_state = 192},
  [126] = {.lex_state = 192},
  [127] = {.lex_state = 192},
  [128] = {.lex_state = 192},
  [129] = {.lex_state = 192},
  [130] = {.lex_state = 192},
  [131] = {.lex_state = 192},
  [132] = {.lex_state = 192},
  [133] = {.lex_state = 192},
  [134] = {.lex_state = 191},
  [135] = {.lex_state = 191},
  [136] = {.lex_state = 191},
  [137] = {.lex_state = 192},
  [138] = {.lex_state = 192},
  [139] = {.lex_state = 192},
  [140] = {.lex_state = 192},
  [141] = {.lex_state = 192},
  [142] = {.lex_state = 192},
  [143] = {.lex_state = 192},
  [144] = {.lex_state = 192},
  [145] = {.lex_state = 193},
  [146] = {.lex_state = 192},
  [147] = {.lex_state = 192},
  [148] = {.lex_state = 192},
  [149] = {.lex_state = 192},
  [150] = {.lex_state = 192},
  [151] = {.lex_state = 192},
  [152] = {.lex_state = 192},
  [153] = {.lex_state = 192},
  [154] = {.lex_state = 192},
  [155] = {.lex_state = 191},
  [156] = {.lex_state = 192},
  [157] = {.lex_state = 192},
  [158] = {.lex_state = 191},
  [159] = {.lex_state = 192},
  [160] = {.lex_state = 192},
  [161] = {.lex_state = 192},
  [162] = {.lex_state = 192},
  [163] = {.lex_state = 192},
  [164] = {.lex_state = 192},
  [165] = {.lex_state = 192},
  [166] = {.lex_state = 192},
  [167] = {.lex_state = 192},
  [168] = {.lex_state = 192},
  [169] = {.lex_state = 192},
  [170] = {.lex_state = 192},
  [171] = {.lex_state = 191},
  [172] = {.lex_state = 192},
  [173] = {.lex_state = 192},
  [174] = {.lex_state = 192},
  [175] = {.lex_state = 192},
  [176] = {.lex_state = 192},
  [177] = {.lex_state = 192},
  [178] = {.lex_state = 192},
  [179] = {.lex_state = 192},
  [180] = {.lex_state = 192},
  [181] = {.lex_state = 192},
  [182] = {.lex_state = 192},
  [183] = {.lex_state = 192},
  [184] = {.lex_state = 192},
  [185] = {.lex_state = 192},
  [186] = {.lex_state = 187},
  [187] = {.lex_state = 191},
  [188] = {.lex_state = 192},
  [189] = {.lex_state = 192},
  [190] = {.lex_state = 192},
  [191] = {.lex_state = 192},
  [192] = {.lex_state = 192},
  [193] = {.lex_state = 192},
  [194] = {.lex_state = 192},
  [195] = {.lex_state = 192},
  [196] = {.lex_state = 192},
  [197] = {.lex_state = 192},
  [198] = {.lex_state = 187},
  [199] = {.lex_state = 192},
  [200] = {.lex_state = 192},
  [201] = {.lex_state = 192},
  [202] = {.lex_state = 192},
  [203] = {.lex_state = 192},
  [204] = {.lex_state = 192},
  [205] = {.lex_state = 192},
  [206] = {.lex_state = 192},
  [207] = {.lex_state = 192},
  [208] = {.lex_state = 192},
  [209] = {.lex_state = 192},
  [210] = {.lex_state = 192},
  [211] = {.lex_state = 192},
  [212] = {.lex_state = 187},
  [213] = {.lex_state = 192},
  [214] = {.lex_state = 187},
  [215] = {.lex_state = 192},
  [216] = {.lex_state = 192},
  [217] = {.lex_state = 192},
  [218] = {.lex_state = 192},
  [219] = {.lex_state = 192},
  [220] = {.lex_state = 187},
  [221] = {.lex_state = 187},
  [222] = {.lex_state = 187},
  [223] = {.lex_state = 187},
  [224] = {.lex_state = 187},
  [225] = {.lex_state = 187},
  [226] = {.lex_state = 187},
  [227] = {.lex_state = 187},
  [228] = {.lex_state = 190},
  [229] = {.lex_state = 190},
  [230] = {.lex_state = 190},
  [231] = {.lex_state = 190},
  [232] = {.lex_state = 190},
  [233] = {.lex_state = 190},
  [234] = {.lex_state = 190},
  [235] = {.lex_state = 190},
  [236] = {.lex_state = 190},
  [237] = {.lex_state = 190},
  [238] = {.lex_state = 190},
  [239] = {.lex_state = 190},
  [240] = {.lex_state = 190},
  [241] = {.lex_state = 190},
  [242] = {.lex_state = 190},
  [243] = {.lex_state = 190},
  [244] = {.lex_state = 190},
  [245] = {.lex_state = 190},
  [246] = {.lex_state = 190},
  [247] = {.lex_state = 192},
  [248] = {.lex_state = 190},
  [249] = {.lex_state = 190},
  [250] = {.lex_state = 190},
  [251] = {.lex_state = 190},
  [252] = {.lex_state = 190},
  [253] = {.lex_state = 194},
  [254] = {.lex_state = 194},
  [255] = {.lex_state = 191},
  [256] = {.lex_state = 195},
  [257] = {.lex_state = 195},
  [258] = {.lex_state = 191},
  [259] = {.lex_state = 192},
  [260] = {.lex_state = 192},
  [261] = {.lex_state = 192},
  [262] = {.lex_state = 192},
  [263] = {.lex_state = 192},
  [264] = {.lex_state = 190},
  [265] = {.lex_state = 192},
  [266] = {.lex_state = 192},
  [267] = {.lex_state = 192},
  [268] = {.lex_state = 192},
  [269] = {.lex_state = 192},
  [270] = {.lex_state = 192},
  [271] = {.lex_state = 192},
  [272] = {.lex_state = 192},
  [273] = {.lex_state = 192},
  [274] = {.lex_state = 192},
  [275] = {.lex_state = 192},
  [276] = {.lex_state = 185},
  [277] = {.lex_state = 185},
  [278] = {.lex_state = 185},
  [279] = {.lex_state = 192},
  [280] = {.lex_state = 0},
  [281] = {.lex_state = 185},
  [282] = {.lex_state = 0},
  [283] = {.lex_state = 0},
  [284] = {.lex_state = 185},
  [285] = {.lex_state = 196},
  [286] = {.lex_state = 185},
  [287] = {.lex_state = 196},
  [288] = {.lex_state = 196},
  [289] = {.lex_state = 0},
  [290] = {.lex_state = 185},
  [291] = {.lex_state = 197},
  [292] = {.lex_state = 196},
  [293] = {.lex_state = 185},
  [294] = {.lex_state = 187},
  [295] = {.lex_state = 185},
  [296] = {.lex_state = 185},
  [297] = {.lex_state = 185},
  [298] = {.lex_state = 185},
  [299] = {.lex_state = 185},
  [300] = {.lex_state = 185},
  [301] = {.lex_state = 185},
  [302] = {.lex_state = 185},
  [303] = {.lex_state = 185},
  [304] = {.lex_state = 185},
  [305] = {.lex_state = 185},
  [306] = {.lex_state = 185},
  [307] = {.lex_state = 185},
  [308] = {.lex_state = 185},
  [309] = {.lex_state = 185},
  [310] = {.lex_state = 185},
  [311] = {.lex_state = 185},
  [312] = {.lex_state = 185},
  [313] = {.lex_state = 185},
  [314] = {.lex_state = 185},
  [315] = {.lex_state = 185},
  [316] = {.lex_state = 185},
  [317] = {.lex_state = 185},
  [318] = {.lex_state = 185},
  [319] = {.lex_state = 185},
  [320] = {.lex_state = 185},
  [321] = {.lex_state = 185},
  [322] = {.lex_state = 185},
  [323] = {.lex_state = 185},
  [324] = {.lex_state = 185},
  [325] = {.lex_state = 185},
  [326] = {.lex_state = 185},
  [327] = {.lex_state = 185},
  [328] = {.lex_state = 185},
  [329] = {.lex_state = 185},
  [330] = {.lex_state = 0},
  [331] = {.lex_state = 0},
  [332] = {.lex_state = 0},
  [333] = {.lex_state = 0},
  [334] = {.lex_state = 0},
  [335] = {.lex_state = 0},
  [336] = {.lex_state = 0},
  [337] = {.lex_state = 0},
  [338] = {.lex_state = 0},
  [339] = {.lex_state = 0},
  [340] = {.lex_state = 0},
  [341] = {.lex_state = 0},
  [342] = {.lex_state = 0},
  [343] = {.lex_state = 185},
  [344] = {.lex_state = 0},
  [345] = {.lex_state = 0},
  [346] = {.lex_state = 185},
  [347] = {.lex_state = 0},
  [348] = {.lex_state = 0},
  [349] = {.lex_state = 0},
  [350] = {.lex_state = 185},
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
  [390] = {.lex_state = 185},
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
  [416] = {.lex_state = 0},
  [417] = {.lex_state = 185},
  [418] = {.lex_state = 0},
  [419] = {.lex_state = 0},
  [420] = {.lex_state = 0},
  [421] = {.lex_state = 0},
  [422] = {.lex_state = 185},
  [423] = {.lex_state = 0},
  [424] = {.lex_state = 0},
  [425] = {.lex_state = 185},
  [426] = {.lex_state = 0},
  [427] = {.lex_state = 0},
  [428] = {.lex_state = 0},
  [429] = {.lex_state = 0},
  [430] = {.lex_state = 0},
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
  [441] = {.lex_state = 0},
  [442] = {.lex_state = 0},
  [443] = {.lex_state = 0},
  [444] = {.lex_state = 185},
  [445] = {.lex_state = 0},
  [446] = {.lex_state = 0},
  [447] = {.lex_state = 0},
  [448] = {.lex_state = 0},
  [449] = {.lex_state = 0},
  [450] = {.lex_state = 186},
  [451] = {.lex_state = 0},
  [452] = {.lex_state = 0},
  [453] = {.lex_state = 0},
  [454] = {.lex_state = 0},
  [455] = {.lex_state = 0},
  [456] = {.lex_state = 0},
  [457] = {.lex_state = 0},
  [458] = {.lex_state = 0},
  [459] = {.lex_state = 0},
  [460] = {.lex_state = 0},
  [461] = {.lex_state = 0},
  [462] = {.lex_state = 0},
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
    [sym__version_m_code] = ACTIONS(1),
    [sym_firmware_version] = ACTIONS(1),
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
    [sym_source_file] = STATE(452),
    [sym_line] = STATE(2),
    [sym_word] = STATE(149),
    [sym__text_word] = STATE(109),
    [sym__version_check] = STATE(149),
    [sym__version_m_word] = STATE(256),
    [sym_indirect_parameter] = STATE(453),
    [sym_parameter_assignment] = STATE(149),
    [sym_program_number] = STATE(324),
    [sym__o_label] = STATE(226),
    [sym_o_sub] = STATE(324),
    [sym_o_endsub] = STATE(324),
    [sym_o_call] = STATE(324),
    [sym_o_return] = STATE(324),
    [sym_o_if] = STATE(324),
    [sym_o_elseif] = STATE(324),
    [sym_o_else] = STATE(324),
    [sym_o_endif] = STATE(324),
    [sym_o_while] = STATE(324),
    [sym_o_endwhile] = STATE(324),
    [sym_o_do] = STATE(324),
    [sym_o_repeat] = STATE(324),
    [sym_o_endrepeat] = STATE(324),
    [sym_o_break] = STATE(324),
    [sym_o_continue] = STATE(324),
    [sym_fanuc_if] = STATE(324),
    [sym_fanuc_goto] = STATE(324),
    [sym_fanuc_while] = STATE(324),
    [sym_fanuc_do] = STATE(324),
    [sym_fanuc_end] = STATE(324),
    [sym_fanuc_print] = STATE(324),
    [sym_extended_command] = STATE(324),
    [sym_grbl_command] = STATE(324),
    [sym_grbl_realtime] = STATE(324),
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
    [sym_word] = STATE(179),
    [sym__text_word] = STATE(117),
    [sym__version_check] = STATE(179),
    [sym__version_m_word] = STATE(256),
    [sym_indirect_parameter] = STATE(453),
    [sym_parameter_assignment] = STATE(179),
    [sym_program_number] = STATE(319),
    [sym__o_label] = STATE(226),
    [sym_o_sub] = STATE(319),
    [sym_o_endsub] = STATE(319),
    [sym_o_call] = STATE(319),
    [sym_o_return] = STATE(319),
    [sym_o_if] = STATE(319),
    [sym_o_elseif] = STATE(319),
    [sym_o_else] = STATE(319),
    [sym_o_endif] = STATE(319),
    [sym_o_while] = STATE(319),
    [sym_o_endwhile] = STATE(319),
    [sym_o_do] = STATE(319),
    [sym_o_repeat] = STATE(319),
    [sym_o_endrepeat] = STATE(319),
    [sym_o_break] = STATE(319),
    [sym_o_continue] = STATE(319),
    [sym_fanuc_if] = STATE(319),
    [sym_fanuc_goto] = STATE(319),
    [sym_fanuc_while] = STATE(319),
    [sym_fanuc_do] = STATE(319),
    [sym_fanuc_end] = STATE(319),
    [sym_fanuc_print] = STATE(319),
    [sym_extended_command] = STATE(319),
    [sym_grbl_command] = STATE(319),
    [sym_grbl_realtime] = STATE(319),
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
    [sym__text_word] = STATE(158),
    [sym__version_check] = STATE(208),
    [sym__version_m_word] = STATE(256),
    [sym_indirect_parameter] = STATE(453),
    [sym_parameter_assignment] = STATE(208),
    [sym_program_number] = STATE(350),
    [sym__o_label] = STATE(226),
    [sym_o_sub] = STATE(350),
    [sym_o_endsub] = STATE(350),
    [sym_o_call] = STATE(350),
    [sym_o_return] = STATE(350),
    [sym_o_if] = STATE(350),
    [sym_o_elseif] = STATE(350),
    [sym_o_else] = STATE(350),
    [sym_o_endif] = STATE(350),
    [sym_o_while] = STATE(350),
    [sym_o_endwhile] = STATE(350),
    [sym_o_do] = STATE(350),
    [sym_o_repeat] = STATE(350),
    [sym_o_endrepeat] = STATE(350),
    [sym_o_break] = STATE(350),
    [sym_o_continue] = STATE(350),
    [sym_fanuc_if] = STATE(350),
    [sym_fanuc_goto] = STATE(350),
    [sym_fanuc_while] = STATE(350),
    [sym_fanuc_do] = STATE(350),
    [sym_fanuc_end] = STATE(350),
    [sym_fanuc_print] = STATE(350),
    [sym_extended_command] = STATE(350),
    [sym_grbl_command] = STATE(350),
    [sym_grbl_realtime] = STATE(350),
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
    [sym_word] = STATE(122),
    [sym__text_word] = STATE(110),
    [sym__version_check] = STATE(122),
    [sym__version_m_word] = STATE(256),
    [sym_indirect_parameter] = STATE(453),
    [sym_parameter_assignment] = STATE(122),
    [sym_program_number] = STATE(304),
    [sym__o_label] = STATE(226),
    [sym_o_sub] = STATE(304),
    [sym_o_endsub] = STATE(304),
    [sym_o_call] = STATE(304),
    [sym_o_return] = STATE(304),
    [sym_o_if] = STATE(304),
    [sym_o_elseif] = STATE(304),
    [sym_o_else] = STATE(304),
    [sym_o_endif] = STATE(304),
    [sym_o_while] = STATE(304),
    [sym_o_endwhile] = STATE(304),
    [sym_o_do] = STATE(304),
    [sym_o_repeat] = STATE(304),
    [sym_o_endrepeat] = STATE(304),
    [sym_o_break] = STATE(304),
    [sym_o_continue] = STATE(304),
    [sym_fanuc_if] = STATE(304),
    [sym_fanuc_goto] = STATE(304),
    [sym_fanuc_while] = STATE(304),
    [sym_fanuc_do] = STATE(304),
    [sym_fanuc_end] = STATE(304),
    [sym_fanuc_print] = STATE(304),
    [sym_extended_command] = STATE(304),
    [sym_grbl_command] = STATE(304),
    [sym_grbl_realtime] = STATE(304),
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
    [sym_word] = STATE(125),
    [sym__text_word] = STATE(112),
    [sym__version_check] = STATE(125),
    [sym__version_m_word] = STATE(256),
    [sym_indirect_parameter] = STATE(453),
    [sym_parameter_assignment] = STATE(125),
    [sym_program_number] = STATE(307),
    [sym__o_label] = STATE(226),
    [sym_o_sub] = STATE(307),
    [sym_o_endsub] = STATE(307),
    [sym_o_call] = STATE(307),
    [sym_o_return] = STATE(307),
    [sym_o_if] = STATE(307),
    [sym_o_elseif] = STATE(307),
    [sym_o_else] = STATE(307),
    [sym_o_endif] = STATE(307),
    [sym_o_while] = STATE(307),
    [sym_o_endwhile] = STATE(307),
    [sym_o_do] = STATE(307),
    [sym_o_repeat] = STATE(307),
    [sym_o_endrepeat] = STATE(307),
    [sym_o_break] = STATE(307),
    [sym_o_continue] = STATE(307),
    [sym_fanuc_if] = STATE(307),
    [sym_fanuc_goto] = STATE(307),
    [sym_fanuc_while] = STATE(307),
    [sym_fanuc_do] = STATE(307),
    [sym_fanuc_end] = STATE(307),
    [sym_fanuc_print] = STATE(307),
    [sym_extended_command] = STATE(307),
    [sym_grbl_command] = STATE(307),
    [sym_grbl_realtime] = STATE(307),
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
  [0] = 30,
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
    STATE(136), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(199), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(346), 25,
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
  [123] = 29,
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
    STATE(107), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(125), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(307), 25,
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
  [243] = 29,
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
    STATE(113), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(122), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
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
  [363] = 29,
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
    STATE(111), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(127), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(315), 25,
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
  [483] = 29,
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
    STATE(116), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(126), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(306), 25,
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
  [603] = 28,
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
    STATE(106), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(127), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(315), 25,
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
  [720] = 28,
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
    STATE(114), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(122), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
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
  [837] = 28,
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
    STATE(108), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(125), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(307), 25,
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
  [954] = 28,
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
    STATE(118), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(157), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(298), 25,
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
  [1071] = 28,
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
    STATE(115), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(126), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(306), 25,
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
  [1188] = 28,
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
    ACTIONS(200), 1,
      ts_builtin_sym_end,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(204), 1,
      sym_percent,
    STATE(119), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(140), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(321), 25,
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
  [1305] = 28,
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
    STATE(134), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(199), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(346), 25,
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
  [1422] = 28,
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
    ACTIONS(206), 1,
      sym_line_number,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(210), 1,
      sym_percent,
    STATE(187), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(202), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(390), 25,
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
  [1539] = 27,
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
    STATE(135), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(199), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(346), 25,
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
  [1653] = 27,
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
    STATE(171), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(193), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(343), 25,
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
  [1767] = 27,
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
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(210), 1,
      sym_percent,
    STATE(155), 1,
      sym__text_word,
    STATE(226), 1,
      sym__o_label,
    STATE(256), 1,
      sym__version_m_word,
    STATE(453), 1,
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
    ACTIONS(49), 3,
      anon_sym_QMARK,
      anon_sym_TILDE,
      anon_sym_BANG,
    STATE(202), 3,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
    STATE(390), 25,
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
  [1881] = 4,
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
  [1929] = 4,
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
  [1975] = 5,
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
  [2017] = 2,
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
  [2052] = 2,
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
  [2087] = 2,
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
  [2122] = 2,
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
  [2157] = 2,
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
  [2192] = 2,
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
  [2227] = 2,
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
  [2262] = 2,
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
  [2297] = 2,
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
  [2332] = 2,
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
  [2367] = 2,
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
  [2402] = 2,
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
  [2437] = 2,
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
  [2472] = 2,
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
  [2507] = 2,
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
  [2542] = 2,
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
  [2577] = 2,
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
  [2612] = 2,
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
  [2647] = 2,
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
  [2682] = 2,
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
  [2717] = 2,
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
  [2752] = 2,
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
  [2787] = 2,
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
  [2822] = 2,
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
  [2857] = 2,
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
  [2892] = 2,
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
  [2927] = 2,
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
  [2962] = 2,
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
  [2997] = 2,
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
  [3032] = 2,
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
  [3067] = 2,
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
  [3102] = 2,
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
  [3137] = 2,
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
  [3172] = 2,
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
  [3207] = 2,
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
  [3242] = 2,
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
  [3277] = 2,
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
  [3312] = 2,
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
  [3347] = 2,
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
  [3382] = 2,
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
  [3417] = 2,
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
  [3452] = 2,
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
  [3487] = 2,
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
  [3522] = 2,
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
  [3557] = 2,
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
  [3592] = 2,
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
  [3627] = 2,
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
  [3662] = 2,
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
  [3697] = 2,
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
  [3732] = 2,
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
  [3767] = 2,
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
  [3802] = 2,
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
  [3837] = 2,
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
  [3872] = 2,
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
  [3907] = 2,
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
  [3942] = 2,
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
  [3977] = 2,
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
  [4012] = 2,
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
  [4047] = 2,
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
  [4082] = 2,
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
  [4117] = 2,
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
  [4152] = 2,
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
  [4187] = 2,
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
  [4222] = 4,
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
  [4260] = 4,
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
  [4298] = 4,
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
  [4336] = 4,
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
  [4374] = 4,
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
  [4412] = 4,
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
  [4448] = 10,
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
  [4496] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(360), 1,
      anon_sym_STAR_STAR,
    ACTIONS(344), 6,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
      anon_sym_STAR,
    ACTIONS(342), 18,
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
  [4534] = 9,
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
    ACTIONS(344), 5,
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
    ACTIONS(342), 8,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_DOLLAR,
      sym_numbered_parameter,
      sym_named_parameter,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
  [4580] = 7,
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
    ACTIONS(344), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(342), 16,
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
  [4622] = 4,
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
  [4658] = 8,
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
    ACTIONS(344), 5,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
      anon_sym_POUND,
    ACTIONS(342), 14,
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
  [4702] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      sym__text_m_code,
    ACTIONS(368), 1,
      sym__version_m_code,
    ACTIONS(372), 1,
      sym_number,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    ACTIONS(378), 1,
      sym_function_name,
    ACTIONS(380), 1,
      sym__atan,
    STATE(271), 1,
      sym__signed_value,
    ACTIONS(364), 2,
      sym__letter,
      sym__m,
    ACTIONS(370), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(374), 3,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(265), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(362), 5,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__n,
  [4758] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    ACTIONS(378), 1,
      sym_function_name,
    ACTIONS(380), 1,
      sym__atan,
    STATE(269), 1,
      sym__signed_value,
    ACTIONS(364), 2,
      sym__letter,
      sym__m,
    ACTIONS(370), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(265), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(374), 4,
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
  [4806] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(344), 1,
      sym_checksum,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(342), 13,
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
  [4845] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(344), 2,
      sym_checksum,
      anon_sym_STAR,
    ACTIONS(342), 17,
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
  [4878] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(344), 1,
      sym_checksum,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
    ACTIONS(342), 7,
      ts_builtin_sym_end,
      sym__newline,
      anon_sym_RBRACK,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
      anon_sym_COMMA,
  [4919] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(344), 1,
      sym_checksum,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(342), 15,
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
  [4956] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(392), 1,
      ts_builtin_sym_end,
    ACTIONS(394), 1,
      sym__newline,
    ACTIONS(396), 1,
      sym_checksum,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(400), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(178), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5008] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(404), 1,
      ts_builtin_sym_end,
    ACTIONS(406), 1,
      sym__newline,
    ACTIONS(408), 1,
      sym_checksum,
    ACTIONS(410), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(130), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5060] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(404), 1,
      ts_builtin_sym_end,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(414), 1,
      sym_checksum,
    ACTIONS(416), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(132), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5112] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(418), 1,
      ts_builtin_sym_end,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(422), 1,
      sym_checksum,
    ACTIONS(424), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(169), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5164] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(430), 1,
      sym_checksum,
    ACTIONS(432), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(183), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5216] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(392), 1,
      ts_builtin_sym_end,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(436), 1,
      sym_checksum,
    ACTIONS(438), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(143), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5268] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(404), 1,
      ts_builtin_sym_end,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(440), 1,
      sym_checksum,
    ACTIONS(442), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(139), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5320] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(406), 1,
      sym__newline,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(444), 1,
      sym_checksum,
    ACTIONS(446), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(120), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5372] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(426), 1,
      ts_builtin_sym_end,
    ACTIONS(448), 1,
      sym_checksum,
    ACTIONS(450), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(167), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5424] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(394), 1,
      sym__newline,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(452), 1,
      ts_builtin_sym_end,
    ACTIONS(454), 1,
      sym_checksum,
    ACTIONS(456), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(152), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5476] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(452), 1,
      ts_builtin_sym_end,
    ACTIONS(458), 1,
      sym_checksum,
    ACTIONS(460), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(160), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5528] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(462), 1,
      ts_builtin_sym_end,
    ACTIONS(464), 1,
      sym_checksum,
    ACTIONS(466), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(148), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5580] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(468), 1,
      ts_builtin_sym_end,
    ACTIONS(470), 1,
      sym__newline,
    ACTIONS(472), 1,
      sym_checksum,
    ACTIONS(474), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(174), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5632] = 15,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(470), 1,
      sym__newline,
    ACTIONS(476), 1,
      ts_builtin_sym_end,
    ACTIONS(478), 1,
      sym_checksum,
    ACTIONS(480), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(164), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5684] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(484), 1,
      sym__newline,
    ACTIONS(486), 1,
      sym_checksum,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5735] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(496), 1,
      sym__newline,
    ACTIONS(498), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5786] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(180), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5837] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(500), 1,
      ts_builtin_sym_end,
    ACTIONS(502), 1,
      sym__newline,
    ACTIONS(504), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5888] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(506), 1,
      sym__newline,
    ACTIONS(508), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5939] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(128), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [5990] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(150), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6041] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(200), 1,
      ts_builtin_sym_end,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(184), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6092] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6143] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(514), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(153), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6194] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(484), 1,
      sym__newline,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(516), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6245] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(520), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(154), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6296] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(522), 1,
      sym__newline,
    ACTIONS(524), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6347] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(502), 1,
      sym__newline,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(528), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6398] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(406), 1,
      sym__newline,
    ACTIONS(530), 1,
      sym_checksum,
    ACTIONS(532), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(211), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6447] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(412), 1,
      sym__newline,
    ACTIONS(534), 1,
      sym_checksum,
    ACTIONS(536), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(215), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6496] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(428), 1,
      sym__newline,
    ACTIONS(538), 1,
      sym_checksum,
    ACTIONS(540), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(194), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6545] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(542), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(124), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6596] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(546), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(161), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6647] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(550), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6698] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(556), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(162), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6749] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6800] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(560), 1,
      sym__newline,
    ACTIONS(562), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(165), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6851] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(564), 1,
      sym__newline,
    ACTIONS(566), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6902] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(568), 1,
      sym__newline,
    ACTIONS(570), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [6953] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(576), 1,
      aux_sym_o_else_token1,
    ACTIONS(572), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(574), 14,
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
  [6984] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(580), 1,
      sym__newline,
    ACTIONS(582), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7035] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(584), 1,
      ts_builtin_sym_end,
    ACTIONS(586), 1,
      sym__newline,
    ACTIONS(588), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(133), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7086] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(584), 1,
      ts_builtin_sym_end,
    ACTIONS(590), 1,
      sym__newline,
    ACTIONS(592), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7137] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(166), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7188] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(594), 1,
      ts_builtin_sym_end,
    ACTIONS(596), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7239] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(600), 1,
      sym__newline,
    ACTIONS(602), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(170), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7290] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(604), 1,
      sym__newline,
    ACTIONS(606), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7341] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(496), 1,
      sym__newline,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(610), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7392] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(506), 1,
      sym__newline,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(612), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7443] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(394), 1,
      sym__newline,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(614), 1,
      sym_checksum,
    ACTIONS(616), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(190), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7492] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(620), 1,
      anon_sym_DOLLAR,
    ACTIONS(626), 1,
      sym__m,
    ACTIONS(632), 1,
      anon_sym_POUND,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(623), 2,
      sym__letter,
      sym__n,
    ACTIONS(629), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(618), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7539] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(594), 1,
      ts_builtin_sym_end,
    ACTIONS(596), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(172), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7590] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(420), 1,
      sym__newline,
    ACTIONS(635), 1,
      sym_checksum,
    ACTIONS(637), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(217), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7639] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(560), 1,
      sym__newline,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(639), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(175), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7690] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(564), 1,
      sym__newline,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(641), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7741] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(568), 1,
      sym__newline,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(643), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7792] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(645), 1,
      ts_builtin_sym_end,
    ACTIONS(647), 1,
      sym__newline,
    ACTIONS(649), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7843] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(653), 1,
      sym__newline,
    ACTIONS(655), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(176), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7894] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(657), 1,
      sym__newline,
    ACTIONS(659), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7945] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(661), 1,
      sym__newline,
    ACTIONS(663), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [7996] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8047] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(522), 1,
      sym__newline,
    ACTIONS(665), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8098] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(586), 1,
      sym__newline,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(669), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(123), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8149] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(590), 1,
      sym__newline,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(671), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8200] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(580), 1,
      sym__newline,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(675), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8251] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(470), 1,
      sym__newline,
    ACTIONS(677), 1,
      sym_checksum,
    ACTIONS(679), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(206), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8300] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(647), 1,
      sym__newline,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
    ACTIONS(683), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8351] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(653), 1,
      sym__newline,
    ACTIONS(685), 1,
      ts_builtin_sym_end,
    ACTIONS(687), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(177), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8402] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(657), 1,
      sym__newline,
    ACTIONS(685), 1,
      ts_builtin_sym_end,
    ACTIONS(689), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8453] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(661), 1,
      sym__newline,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(691), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8504] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(693), 1,
      ts_builtin_sym_end,
    ACTIONS(695), 1,
      sym__newline,
    ACTIONS(697), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8555] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(695), 1,
      sym__newline,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(701), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8606] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(604), 1,
      sym__newline,
    ACTIONS(703), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8657] = 15,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(141), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8708] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(200), 1,
      ts_builtin_sym_end,
    ACTIONS(202), 1,
      sym_checksum,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8759] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(705), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(121), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8810] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(707), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(144), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8861] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(709), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8912] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(556), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [8963] = 15,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(600), 1,
      sym__newline,
    ACTIONS(711), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(146), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9014] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(348), 1,
      sym_checksum,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(346), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [9055] = 14,
    ACTIONS(23), 1,
      sym__m,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(398), 1,
      anon_sym_DOLLAR,
    ACTIONS(434), 1,
      sym__newline,
    ACTIONS(715), 1,
      sym_checksum,
    ACTIONS(717), 1,
      sym_message_text,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(21), 2,
      sym__letter,
      sym__n,
    ACTIONS(402), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(196), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9104] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(695), 1,
      sym__newline,
    ACTIONS(719), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9152] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(600), 1,
      sym__newline,
    ACTIONS(721), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(203), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9200] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(604), 1,
      sym__newline,
    ACTIONS(723), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9248] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(496), 1,
      sym__newline,
    ACTIONS(725), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9296] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(506), 1,
      sym__newline,
    ACTIONS(727), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9344] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(729), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(204), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9392] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(548), 1,
      sym__newline,
    ACTIONS(731), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9440] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(560), 1,
      sym__newline,
    ACTIONS(733), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(207), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9488] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(564), 1,
      sym__newline,
    ACTIONS(735), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9536] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(568), 1,
      sym__newline,
    ACTIONS(737), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9584] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(739), 1,
      anon_sym_RBRACK,
    ACTIONS(741), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [9624] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(209), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9672] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(208), 1,
      sym_checksum,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9720] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(586), 1,
      sym__newline,
    ACTIONS(743), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(216), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9768] = 14,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(219), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9816] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(580), 1,
      sym__newline,
    ACTIONS(745), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9864] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(647), 1,
      sym__newline,
    ACTIONS(747), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9912] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(653), 1,
      sym__newline,
    ACTIONS(749), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(188), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [9960] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(657), 1,
      sym__newline,
    ACTIONS(751), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10008] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(661), 1,
      sym__newline,
    ACTIONS(753), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10056] = 14,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(200), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10104] = 14,
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
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10152] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(512), 1,
      sym__newline,
    ACTIONS(755), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(191), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10200] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(484), 1,
      sym__newline,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(757), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10248] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(759), 1,
      anon_sym_RBRACK,
    ACTIONS(761), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10288] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(518), 1,
      sym__newline,
    ACTIONS(763), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(192), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10336] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(761), 1,
      anon_sym_COMMA,
    ACTIONS(765), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10376] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(522), 1,
      sym__newline,
    ACTIONS(767), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10424] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(502), 1,
      sym__newline,
    ACTIONS(769), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10472] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(590), 1,
      sym__newline,
    ACTIONS(771), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10520] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(544), 1,
      sym__newline,
    ACTIONS(773), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(197), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10568] = 14,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(488), 1,
      anon_sym_DOLLAR,
    ACTIONS(492), 1,
      sym__m,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(729), 1,
      sym_checksum,
    STATE(256), 1,
      sym__version_m_word,
    STATE(258), 1,
      sym__text_word,
    STATE(266), 1,
      sym__spindle_word,
    STATE(453), 1,
      sym_indirect_parameter,
    ACTIONS(27), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    ACTIONS(490), 2,
      sym__letter,
      sym__n,
    STATE(156), 4,
      sym_word,
      sym__version_check,
      sym_parameter_assignment,
      aux_sym__items_repeat1,
  [10616] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(739), 1,
      anon_sym_RBRACK,
    ACTIONS(761), 1,
      anon_sym_COMMA,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10656] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(765), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10693] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(739), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10730] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(775), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10767] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(759), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10804] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(384), 1,
      anon_sym_STAR,
    ACTIONS(388), 1,
      anon_sym_STAR_STAR,
    ACTIONS(777), 1,
      anon_sym_RBRACK,
    ACTIONS(382), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(386), 2,
      anon_sym_SLASH,
      aux_sym_binary_expression_token10,
    ACTIONS(713), 3,
      aux_sym_binary_expression_token1,
      aux_sym_binary_expression_token2,
      aux_sym_binary_expression_token3,
    ACTIONS(390), 6,
      aux_sym_binary_expression_token4,
      aux_sym_binary_expression_token5,
      aux_sym_binary_expression_token6,
      aux_sym_binary_expression_token7,
      aux_sym_binary_expression_token8,
      aux_sym_binary_expression_token9,
  [10841] = 17,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(779), 1,
      aux_sym_o_sub_token1,
    ACTIONS(781), 1,
      aux_sym_o_endsub_token1,
    ACTIONS(783), 1,
      aux_sym_o_call_token1,
    ACTIONS(785), 1,
      aux_sym_o_return_token1,
    ACTIONS(787), 1,
      aux_sym_o_if_token1,
    ACTIONS(789), 1,
      aux_sym_o_elseif_token1,
    ACTIONS(791), 1,
      aux_sym_o_else_token1,
    ACTIONS(793), 1,
      aux_sym_o_endif_token1,
    ACTIONS(795), 1,
      aux_sym_o_while_token1,
    ACTIONS(797), 1,
      aux_sym_o_endwhile_token1,
    ACTIONS(799), 1,
      aux_sym_o_do_token1,
    ACTIONS(801), 1,
      aux_sym_o_repeat_token1,
    ACTIONS(803), 1,
      aux_sym_o_endrepeat_token1,
    ACTIONS(805), 1,
      aux_sym_o_break_token1,
    ACTIONS(807), 1,
      aux_sym_o_continue_token1,
  [10893] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(576), 1,
      aux_sym_o_else_token1,
    ACTIONS(574), 14,
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
  [10919] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(811), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(103), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10954] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(821), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(89), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [10989] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(823), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(222), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11024] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(825), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(104), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11059] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(827), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(102), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11094] = 10,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    ACTIONS(378), 1,
      sym_function_name,
    ACTIONS(380), 1,
      sym__atan,
    STATE(270), 1,
      sym__signed_value,
    ACTIONS(370), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    STATE(267), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
    ACTIONS(829), 4,
      sym_number,
      sym_string,
      sym_numbered_parameter,
      sym_named_parameter,
  [11131] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
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
  [11166] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(833), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(212), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11201] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(837), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(94), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11236] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(847), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(220), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11271] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(849), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(214), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11306] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(851), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(224), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11341] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(853), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(186), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11376] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(821), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(89), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11411] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(855), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(97), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11446] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(857), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(96), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11481] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(859), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(99), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11516] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
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
  [11551] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(843), 1,
      sym_function_name,
    ACTIONS(845), 1,
      sym__atan,
    ACTIONS(835), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(863), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(92), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11586] = 4,
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
  [11611] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(863), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(92), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11646] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(865), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(225), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11681] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(867), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(198), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11716] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(869), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(221), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11751] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(817), 1,
      sym_function_name,
    ACTIONS(819), 1,
      sym__atan,
    ACTIONS(809), 2,
      anon_sym_DASH,
      anon_sym_PLUS,
    ACTIONS(871), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(223), 5,
      sym_indirect_parameter,
      sym_expression,
      sym_unary_expression,
      sym_binary_expression,
      sym_function_call,
  [11786] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(875), 1,
      sym_checksum,
    STATE(275), 1,
      aux_sym_grbl_command_repeat1,
    STATE(279), 1,
      sym_word,
    ACTIONS(873), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(490), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(877), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11817] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(881), 1,
      sym_checksum,
    STATE(274), 1,
      aux_sym_grbl_command_repeat1,
    STATE(279), 1,
      sym_word,
    ACTIONS(879), 2,
      ts_builtin_sym_end,
      sym__newline,
    ACTIONS(490), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(883), 4,
      anon_sym_DOLLAR,
      sym_number,
      anon_sym_POUND,
      anon_sym_STAR,
  [11848] = 3,
    ACTIONS(885), 1,
      ts_builtin_sym_end,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(887), 10,
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
  [11868] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(893), 1,
      sym_firmware_version,
    ACTIONS(891), 2,
      sym__letter,
      anon_sym_POUND,
    ACTIONS(889), 8,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11892] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(897), 2,
      sym__letter,
      anon_sym_POUND,
    ACTIONS(895), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__m,
      sym__n,
      sym_firmware_version,
      sym_numbered_parameter,
      sym_named_parameter,
  [11914] = 4,
    ACTIONS(899), 1,
      ts_builtin_sym_end,
    ACTIONS(903), 1,
      sym_message_text,
    ACTIONS(3), 2,
      sym_comment,
      sym_message,
    ACTIONS(901), 9,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
      anon_sym_POUND,
  [11936] = 4,
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
  [11958] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(907), 1,
      anon_sym_POUND,
    ACTIONS(905), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [11979] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(336), 1,
      anon_sym_POUND,
    ACTIONS(334), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12000] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(911), 1,
      anon_sym_POUND,
    ACTIONS(909), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12021] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(328), 1,
      anon_sym_POUND,
    ACTIONS(326), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12042] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    ACTIONS(378), 1,
      sym_function_name,
    ACTIONS(380), 1,
      sym__atan,
    ACTIONS(913), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(260), 3,
      sym_indirect_parameter,
      sym_expression,
      sym_function_call,
  [12071] = 4,
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
  [12092] = 4,
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
  [12113] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(921), 1,
      anon_sym_POUND,
    ACTIONS(919), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12134] = 4,
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
  [12155] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(925), 1,
      anon_sym_POUND,
    ACTIONS(923), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12176] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(929), 1,
      anon_sym_POUND,
    ACTIONS(927), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12197] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(925), 1,
      anon_sym_POUND,
    ACTIONS(923), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12218] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(933), 1,
      anon_sym_POUND,
    ACTIONS(931), 9,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      anon_sym_DOLLAR,
      sym__letter,
      sym__m,
      sym__n,
      sym_numbered_parameter,
      sym_named_parameter,
  [12239] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(273), 1,
      aux_sym_grbl_command_repeat1,
    STATE(279), 1,
      sym_word,
    ACTIONS(935), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
    ACTIONS(937), 3,
      sym__letter,
      sym__m,
      sym__n,
  [12262] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(273), 1,
      aux_sym_grbl_command_repeat1,
    STATE(279), 1,
      sym_word,
    ACTIONS(490), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(940), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12285] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    STATE(273), 1,
      aux_sym_grbl_command_repeat1,
    STATE(279), 1,
      sym_word,
    ACTIONS(490), 3,
      sym__letter,
      sym__m,
      sym__n,
    ACTIONS(942), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12308] = 7,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(944), 1,
      sym_number,
    STATE(227), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(946), 3,
      sym_numbered_parameter,
      sym_named_parameter,
      sym_label_name,
  [12333] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(327), 1,
      sym_argument_list,
    STATE(284), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(948), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12355] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(328), 2,
      sym_indirect_parameter,
      sym_expression,
    ACTIONS(950), 3,
      sym_number,
      sym_numbered_parameter,
      sym_named_parameter,
  [12377] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(952), 6,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym__letter,
      sym__m,
      sym__n,
  [12392] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(839), 1,
      anon_sym_POUND,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    ACTIONS(954), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(93), 2,
      sym_indirect_parameter,
      sym_expression,
  [12413] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(958), 1,
      anon_sym_LBRACK,
    STATE(281), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(956), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12432] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    ACTIONS(961), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(259), 2,
      sym_indirect_parameter,
      sym_expression,
  [12453] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(813), 1,
      anon_sym_POUND,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    ACTIONS(963), 2,
      sym_numbered_parameter,
      sym_named_parameter,
    STATE(23), 2,
      sym_indirect_parameter,
      sym_expression,
  [12474] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(281), 2,
      sym_expression,
      aux_sym_argument_list_repeat1,
    ACTIONS(965), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12493] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(969), 1,
      sym_extended_parameter,
    STATE(288), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(967), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12511] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(310), 1,
      sym_expression,
    ACTIONS(971), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12529] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(975), 1,
      sym_extended_parameter,
    STATE(287), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(973), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12547] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(969), 1,
      sym_extended_parameter,
    STATE(287), 1,
      aux_sym_extended_command_repeat1,
    ACTIONS(978), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12565] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(29), 1,
      anon_sym_POUND,
    STATE(301), 1,
      sym_parameter_assignment,
    STATE(454), 1,
      sym_indirect_parameter,
    ACTIONS(980), 2,
      sym_numbered_parameter,
      sym_named_parameter,
  [12585] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(322), 1,
      sym_expression,
    ACTIONS(982), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12603] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(986), 1,
      anon_sym_EQ,
    ACTIONS(988), 1,
      sym_grbl_name,
    ACTIONS(984), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12621] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(990), 4,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
      sym_extended_parameter,
  [12634] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(994), 1,
      anon_sym_EQ,
    ACTIONS(992), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12649] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(996), 1,
      aux_sym_fanuc_if_token2,
    ACTIONS(998), 1,
      aux_sym_fanuc_goto_token1,
    STATE(320), 1,
      sym_fanuc_goto,
  [12665] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1000), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12677] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1002), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12689] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1004), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12701] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(594), 1,
      ts_builtin_sym_end,
    ACTIONS(596), 1,
      sym_checksum,
  [12717] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1006), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12729] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1008), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12741] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1010), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12753] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1012), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12765] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1014), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12777] = 5,
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
  [12793] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1016), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12805] = 5,
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
  [12821] = 5,
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
  [12837] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1018), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12849] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1020), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12861] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1022), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12873] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1024), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12885] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1026), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12897] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1028), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12909] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1030), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12921] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(200), 1,
      ts_builtin_sym_end,
    ACTIONS(202), 1,
      sym_checksum,
  [12937] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1032), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12949] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1034), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12961] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1036), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [12973] = 5,
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
  [12989] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1038), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13001] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(556), 1,
      sym_checksum,
  [13017] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1040), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13029] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1042), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13041] = 5,
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
  [13057] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1044), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13069] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(572), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13081] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1046), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13093] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1048), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13105] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1050), 3,
      ts_builtin_sym_end,
      sym__newline,
      sym_checksum,
  [13117] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(174), 1,
      ts_builtin_sym_end,
    ACTIONS(176), 1,
      sym__newline,
  [13130] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(1052), 1,
      sym__newline,
  [13143] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(647), 1,
      sym__newline,
    ACTIONS(681), 1,
      ts_builtin_sym_end,
  [13156] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(1054), 1,
      sym__newline,
  [13169] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1056), 1,
      sym__newline,
  [13182] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(1058), 1,
      sym__newline,
  [13195] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1060), 1,
      ts_builtin_sym_end,
    ACTIONS(1062), 1,
      sym__newline,
  [13208] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1060), 1,
      ts_builtin_sym_end,
    ACTIONS(1064), 1,
      sym__newline,
  [13221] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(1052), 1,
      sym__newline,
  [13234] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(1066), 1,
      sym__newline,
  [13247] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(449), 1,
      sym_expression,
  [13260] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(584), 1,
      ts_builtin_sym_end,
    ACTIONS(1068), 1,
      sym__newline,
  [13273] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(1070), 1,
      sym__newline,
  [13286] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(729), 1,
      sym_checksum,
  [13299] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(200), 1,
      ts_builtin_sym_end,
  [13312] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(526), 1,
      ts_builtin_sym_end,
    ACTIONS(1072), 1,
      sym__newline,
  [13325] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(208), 1,
      sym_checksum,
  [13338] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(685), 1,
      ts_builtin_sym_end,
    ACTIONS(1074), 1,
      sym__newline,
  [13351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(1066), 1,
      sym__newline,
  [13364] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(1076), 1,
      sym__newline,
  [13377] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(170), 1,
      sym_checksum,
  [13390] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(673), 1,
      ts_builtin_sym_end,
    ACTIONS(1078), 1,
      sym__newline,
  [13403] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1060), 1,
      ts_builtin_sym_end,
    ACTIONS(1080), 1,
      sym__newline,
  [13416] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1082), 1,
      ts_builtin_sym_end,
    ACTIONS(1084), 1,
      sym__newline,
  [13429] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(295), 1,
      sym_expression,
  [13442] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(296), 1,
      sym_expression,
  [13455] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(693), 1,
      ts_builtin_sym_end,
    ACTIONS(1086), 1,
      sym__newline,
  [13468] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1088), 1,
      ts_builtin_sym_end,
    ACTIONS(1090), 1,
      sym__newline,
  [13481] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(693), 1,
      ts_builtin_sym_end,
    ACTIONS(1092), 1,
      sym__newline,
  [13494] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1094), 1,
      sym__newline,
  [13507] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(297), 1,
      sym_expression,
  [13520] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1096), 1,
      ts_builtin_sym_end,
    ACTIONS(1098), 1,
      sym__newline,
  [13533] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1064), 1,
      sym__newline,
    ACTIONS(1100), 1,
      ts_builtin_sym_end,
  [13546] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(554), 1,
      sym__newline,
    ACTIONS(594), 1,
      ts_builtin_sym_end,
  [13559] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(299), 1,
      sym_expression,
  [13572] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1102), 1,
      sym__newline,
  [13585] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1104), 1,
      ts_builtin_sym_end,
    ACTIONS(1106), 1,
      sym__newline,
  [13598] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1056), 1,
      sym__newline,
  [13611] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1108), 1,
      anon_sym_LBRACK,
    STATE(263), 1,
      sym_expression,
  [13624] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1076), 1,
      sym__newline,
  [13637] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1108), 1,
      anon_sym_LBRACK,
    STATE(430), 1,
      sym_expression,
  [13650] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1084), 1,
      sym__newline,
    ACTIONS(1110), 1,
      ts_builtin_sym_end,
  [13663] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(1086), 1,
      sym__newline,
  [13676] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(500), 1,
      ts_builtin_sym_end,
    ACTIONS(1072), 1,
      sym__newline,
  [13689] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1112), 1,
      sym__newline,
  [13702] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1098), 1,
      sym__newline,
    ACTIONS(1104), 1,
      ts_builtin_sym_end,
  [13715] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(192), 1,
      ts_builtin_sym_end,
    ACTIONS(194), 1,
      sym__newline,
  [13728] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(1114), 1,
      sym__newline,
  [13741] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1078), 1,
      sym__newline,
  [13754] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1116), 1,
      ts_builtin_sym_end,
    ACTIONS(1118), 1,
      sym__newline,
  [13767] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1120), 1,
      sym__newline,
  [13780] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(510), 1,
      ts_builtin_sym_end,
    ACTIONS(1122), 1,
      sym__newline,
  [13793] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1118), 1,
      sym__newline,
    ACTIONS(1124), 1,
      ts_builtin_sym_end,
  [13806] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
    ACTIONS(156), 1,
      ts_builtin_sym_end,
  [13819] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
    ACTIONS(184), 1,
      ts_builtin_sym_end,
  [13832] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(667), 1,
      ts_builtin_sym_end,
    ACTIONS(1068), 1,
      sym__newline,
  [13845] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1080), 1,
      sym__newline,
    ACTIONS(1100), 1,
      ts_builtin_sym_end,
  [13858] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1090), 1,
      sym__newline,
    ACTIONS(1126), 1,
      ts_builtin_sym_end,
  [13871] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    STATE(294), 1,
      sym_expression,
  [13884] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(140), 1,
      ts_builtin_sym_end,
    ACTIONS(142), 1,
      sym__newline,
  [13897] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
    ACTIONS(212), 1,
      sym_checksum,
  [13910] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1128), 1,
      anon_sym_LBRACK,
    STATE(88), 1,
      sym_expression,
  [13923] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(608), 1,
      ts_builtin_sym_end,
    ACTIONS(1130), 1,
      sym__newline,
  [13936] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(1114), 1,
      sym__newline,
  [13949] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(815), 1,
      anon_sym_LBRACK,
    STATE(90), 1,
      sym_expression,
  [13962] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(482), 1,
      ts_builtin_sym_end,
    ACTIONS(1122), 1,
      sym__newline,
  [13975] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1120), 1,
      sym__newline,
  [13988] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1102), 1,
      sym__newline,
  [14001] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(598), 1,
      ts_builtin_sym_end,
    ACTIONS(1132), 1,
      sym__newline,
  [14014] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1094), 1,
      sym__newline,
  [14027] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(552), 1,
      ts_builtin_sym_end,
    ACTIONS(554), 1,
      sym__newline,
  [14040] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(376), 1,
      anon_sym_LBRACK,
    STATE(261), 1,
      sym_expression,
  [14053] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1130), 1,
      sym__newline,
  [14066] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(494), 1,
      ts_builtin_sym_end,
    ACTIONS(1112), 1,
      sym__newline,
  [14079] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(645), 1,
      ts_builtin_sym_end,
    ACTIONS(647), 1,
      sym__newline,
  [14092] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(558), 1,
      ts_builtin_sym_end,
    ACTIONS(1132), 1,
      sym__newline,
  [14105] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1054), 1,
      sym__newline,
  [14118] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(578), 1,
      ts_builtin_sym_end,
    ACTIONS(1058), 1,
      sym__newline,
  [14131] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1134), 1,
      anon_sym_LBRACK,
    STATE(88), 1,
      sym_expression,
  [14144] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1096), 1,
      ts_builtin_sym_end,
    ACTIONS(1106), 1,
      sym__newline,
  [14157] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1136), 1,
      anon_sym_LBRACK,
    STATE(441), 1,
      sym_expression,
  [14170] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(500), 1,
      ts_builtin_sym_end,
    ACTIONS(1070), 1,
      sym__newline,
  [14183] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1062), 1,
      sym__newline,
    ACTIONS(1100), 1,
      ts_builtin_sym_end,
  [14196] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(841), 1,
      anon_sym_LBRACK,
    STATE(90), 1,
      sym_expression,
  [14209] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1136), 1,
      anon_sym_LBRACK,
    STATE(459), 1,
      sym_expression,
  [14222] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(651), 1,
      ts_builtin_sym_end,
    ACTIONS(1074), 1,
      sym__newline,
  [14235] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(699), 1,
      ts_builtin_sym_end,
    ACTIONS(1092), 1,
      sym__newline,
  [14248] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1138), 1,
      sym_number,
  [14258] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(142), 1,
      sym__newline,
  [14268] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1118), 1,
      sym__newline,
  [14278] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1056), 1,
      sym__newline,
  [14288] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(647), 1,
      sym__newline,
  [14298] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1140), 1,
      sym_number,
  [14308] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1054), 1,
      sym__newline,
  [14318] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1072), 1,
      sym__newline,
  [14328] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1142), 1,
      sym_number,
  [14338] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1058), 1,
      sym__newline,
  [14348] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(194), 1,
      sym__newline,
  [14358] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1062), 1,
      sym__newline,
  [14368] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1064), 1,
      sym__newline,
  [14378] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1144), 1,
      anon_sym_SLASH,
  [14388] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1074), 1,
      sym__newline,
  [14398] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1120), 1,
      sym__newline,
  [14408] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1090), 1,
      sym__newline,
  [14418] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1076), 1,
      sym__newline,
  [14428] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1132), 1,
      sym__newline,
  [14438] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1078), 1,
      sym__newline,
  [14448] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1102), 1,
      sym__newline,
  [14458] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1080), 1,
      sym__newline,
  [14468] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1122), 1,
      sym__newline,
  [14478] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1070), 1,
      sym__newline,
  [14488] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1146), 1,
      anon_sym_SLASH,
  [14498] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1114), 1,
      sym__newline,
  [14508] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1068), 1,
      sym__newline,
  [14518] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1148), 1,
      sym_number,
  [14528] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(176), 1,
      sym__newline,
  [14538] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1066), 1,
      sym__newline,
  [14548] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1094), 1,
      sym__newline,
  [14558] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1112), 1,
      sym__newline,
  [14568] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1150), 1,
      aux_sym_fanuc_while_token2,
  [14578] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1152), 1,
      sym_print_format,
  [14588] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1130), 1,
      sym__newline,
  [14598] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1154), 1,
      ts_builtin_sym_end,
  [14608] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1156), 1,
      anon_sym_EQ,
  [14618] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1158), 1,
      anon_sym_EQ,
  [14628] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1106), 1,
      sym__newline,
  [14638] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1084), 1,
      sym__newline,
  [14648] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1086), 1,
      sym__newline,
  [14658] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(554), 1,
      sym__newline,
  [14668] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1160), 1,
      anon_sym_SLASH,
  [14678] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1092), 1,
      sym__newline,
  [14688] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1098), 1,
      sym__newline,
  [14698] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(5), 1,
      sym_message,
    ACTIONS(1052), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 123,
  [SMALL_STATE(8)] = 243,
  [SMALL_STATE(9)] = 363,
  [SMALL_STATE(10)] = 483,
  [SMALL_STATE(11)] = 603,
  [SMALL_STATE(12)] = 720,
  [SMALL_STATE(13)] = 837,
  [SMALL_STATE(14)] = 954,
  [SMALL_STATE(15)] = 1071,
  [SMALL_STATE(16)] = 1188,
  [SMALL_STATE(17)] = 1305,
  [SMALL_STATE(18)] = 1422,
  [SMALL_STATE(19)] = 1539,
  [SMALL_STATE(20)] = 1653,
  [SMALL_STATE(21)] = 1767,
  [SMALL_STATE(22)] = 1881,
  [SMALL_STATE(23)] = 1929,
  [SMALL_STATE(24)] = 1975,
  [SMALL_STATE(25)] = 2017,
  [SMALL_STATE(26)] = 2052,
  [SMALL_STATE(27)] = 2087,
  [SMALL_STATE(28)] = 2122,
  [SMALL_STATE(29)] = 2157,
  [SMALL_STATE(30)] = 2192,
  [SMALL_STATE(31)] = 2227,
  [SMALL_STATE(32)] = 2262,
  [SMALL_STATE(33)] = 2297,
  [SMALL_STATE(34)] = 2332,
  [SMALL_STATE(35)] = 2367,
  [SMALL_STATE(36)] = 2402,
  [SMALL_STATE(37)] = 2437,
  [SMALL_STATE(38)] = 2472,
  [SMALL_STATE(39)] = 2507,
  [SMALL_STATE(40)] = 2542,
  [SMALL_STATE(41)] = 2577,
  [SMALL_STATE(42)] = 2612,
  [SMALL_STATE(43)] = 2647,
  [SMALL_STATE(44)] = 2682,
  [SMALL_STATE(45)] = 2717,
  [SMALL_STATE(46)] = 2752,
  [SMALL_STATE(47)] = 2787,
  [SMALL_STATE(48)] = 2822,
  [SMALL_STATE(49)] = 2857,
  [SMALL_STATE(50)] = 2892,
  [SMALL_STATE(51)] = 2927,
  [SMALL_STATE(52)] = 2962,
  [SMALL_STATE(53)] = 2997,
  [SMALL_STATE(54)] = 3032,
  [SMALL_STATE(55)] = 3067,
  [SMALL_STATE(56)] = 3102,
  [SMALL_STATE(57)] = 3137,
  [SMALL_STATE(58)] = 3172,
  [SMALL_STATE(59)] = 3207,
  [SMALL_STATE(60)] = 3242,
  [SMALL_STATE(61)] = 3277,
  [SMALL_STATE(62)] = 3312,
  [SMALL_STATE(63)] = 3347,
  [SMALL_STATE(64)] = 3382,
  [SMALL_STATE(65)] = 3417,
  [SMALL_STATE(66)] = 3452,
  [SMALL_STATE(67)] = 3487,
  [SMALL_STATE(68)] = 3522,
  [SMALL_STATE(69)] = 3557,
  [SMALL_STATE(70)] = 3592,
  [SMALL_STATE(71)] = 3627,
  [SMALL_STATE(72)] = 3662,
  [SMALL_STATE(73)] = 3697,
  [SMALL_STATE(74)] = 3732,
  [SMALL_STATE(75)] = 3767,
  [SMALL_STATE(76)] = 3802,
  [SMALL_STATE(77)] = 3837,
  [SMALL_STATE(78)] = 3872,
  [SMALL_STATE(79)] = 3907,
  [SMALL_STATE(80)] = 3942,
  [SMALL_STATE(81)] = 3977,
  [SMALL_STATE(82)] = 4012,
  [SMALL_STATE(83)] = 4047,
  [SMALL_STATE(84)] = 4082,
  [SMALL_STATE(85)] = 4117,
  [SMALL_STATE(86)] = 4152,
  [SMALL_STATE(87)] = 4187,
  [SMALL_STATE(88)] = 4222,
  [SMALL_STATE(89)] = 4260,
  [SMALL_STATE(90)] = 4298,
  [SMALL_STATE(91)] = 4336,
  [SMALL_STATE(92)] = 4374,
  [SMALL_STATE(93)] = 4412,
  [SMALL_STATE(94)] = 4448,
  [SMALL_STATE(95)] = 4496,
  [SMALL_STATE(96)] = 4534,
  [SMALL_STATE(97)] = 4580,
  [SMALL_STATE(98)] = 4622,
  [SMALL_STATE(99)] = 4658,
  [SMALL_STATE(100)] = 4702,
  [SMALL_STATE(101)] = 4758,
  [SMALL_STATE(102)] = 4806,
  [SMALL_STATE(103)] = 4845,
  [SMALL_STATE(104)] = 4878,
  [SMALL_STATE(105)] = 4919,
  [SMALL_STATE(106)] = 4956,
  [SMALL_STATE(107)] = 5008,
  [SMALL_STATE(108)] = 5060,
  [SMALL_STATE(109)] = 5112,
  [SMALL_STATE(110)] = 5164,
  [SMALL_STATE(111)] = 5216,
  [SMALL_STATE(112)] = 5268,
  [SMALL_STATE(113)] = 5320,
  [SMALL_STATE(114)] = 5372,
  [SMALL_STATE(115)] = 5424,
  [SMALL_STATE(116)] = 5476,
  [SMALL_STATE(117)] = 5528,
  [SMALL_STATE(118)] = 5580,
  [SMALL_STATE(119)] = 5632,
  [SMALL_STATE(120)] = 5684,
  [SMALL_STATE(121)] = 5735,
  [SMALL_STATE(122)] = 5786,
  [SMALL_STATE(123)] = 5837,
  [SMALL_STATE(124)] = 5888,
  [SMALL_STATE(125)] = 5939,
  [SMALL_STATE(126)] = 5990,
  [SMALL_STATE(127)] = 6041,
  [SMALL_STATE(128)] = 6092,
  [SMALL_STATE(129)] = 6143,
  [SMALL_STATE(130)] = 6194,
  [SMALL_STATE(131)] = 6245,
  [SMALL_STATE(132)] = 6296,
  [SMALL_STATE(133)] = 6347,
  [SMALL_STATE(134)] = 6398,
  [SMALL_STATE(135)] = 6447,
  [SMALL_STATE(136)] = 6496,
  [SMALL_STATE(137)] = 6545,
  [SMALL_STATE(138)] = 6596,
  [SMALL_STATE(139)] = 6647,
  [SMALL_STATE(140)] = 6698,
  [SMALL_STATE(141)] = 6749,
  [SMALL_STATE(142)] = 6800,
  [SMALL_STATE(143)] = 6851,
  [SMALL_STATE(144)] = 6902,
  [SMALL_STATE(145)] = 6953,
  [SMALL_STATE(146)] = 6984,
  [SMALL_STATE(147)] = 7035,
  [SMALL_STATE(148)] = 7086,
  [SMALL_STATE(149)] = 7137,
  [SMALL_STATE(150)] = 7188,
  [SMALL_STATE(151)] = 7239,
  [SMALL_STATE(152)] = 7290,
  [SMALL_STATE(153)] = 7341,
  [SMALL_STATE(154)] = 7392,
  [SMALL_STATE(155)] = 7443,
  [SMALL_STATE(156)] = 7492,
  [SMALL_STATE(157)] = 7539,
  [SMALL_STATE(158)] = 7590,
  [SMALL_STATE(159)] = 7639,
  [SMALL_STATE(160)] = 7690,
  [SMALL_STATE(161)] = 7741,
  [SMALL_STATE(162)] = 7792,
  [SMALL_STATE(163)] = 7843,
  [SMALL_STATE(164)] = 7894,
  [SMALL_STATE(165)] = 7945,
  [SMALL_STATE(166)] = 7996,
  [SMALL_STATE(167)] = 8047,
  [SMALL_STATE(168)] = 8098,
  [SMALL_STATE(169)] = 8149,
  [SMALL_STATE(170)] = 8200,
  [SMALL_STATE(171)] = 8251,
  [SMALL_STATE(172)] = 8300,
  [SMALL_STATE(173)] = 8351,
  [SMALL_STATE(174)] = 8402,
  [SMALL_STATE(175)] = 8453,
  [SMALL_STATE(176)] = 8504,
  [SMALL_STATE(177)] = 8555,
  [SMALL_STATE(178)] = 8606,
  [SMALL_STATE(179)] = 8657,
  [SMALL_STATE(180)] = 8708,
  [SMALL_STATE(181)] = 8759,
  [SMALL_STATE(182)] = 8810,
  [SMALL_STATE(183)] = 8861,
  [SMALL_STATE(184)] = 8912,
  [SMALL_STATE(185)] = 8963,
  [SMALL_STATE(186)] = 9014,
  [SMALL_STATE(187)] = 9055,
  [SMALL_STATE(188)] = 9104,
  [SMALL_STATE(189)] = 9152,
  [SMALL_STATE(190)] = 9200,
  [SMALL_STATE(191)] = 9248,
  [SMALL_STATE(192)] = 9296,
  [SMALL_STATE(193)] = 9344,
  [SMALL_STATE(194)] = 9392,
  [SMALL_STATE(195)] = 9440,
  [SMALL_STATE(196)] = 9488,
  [SMALL_STATE(197)] = 9536,
  [SMALL_STATE(198)] = 9584,
  [SMALL_STATE(199)] = 9624,
  [SMALL_STATE(200)] = 9672,
  [SMALL_STATE(201)] = 9720,
  [SMALL_STATE(202)] = 9768,
  [SMALL_STATE(203)] = 9816,
  [SMALL_STATE(204)] = 9864,
  [SMALL_STATE(205)] = 9912,
  [SMALL_STATE(206)] = 9960,
  [SMALL_STATE(207)] = 10008,
  [SMALL_STATE(208)] = 10056,
  [SMALL_STATE(209)] = 10104,
  [SMALL_STATE(210)] = 10152,
  [SMALL_STATE(211)] = 10200,
  [SMALL_STATE(212)] = 10248,
  [SMALL_STATE(213)] = 10288,
  [SMALL_STATE(214)] = 10336,
  [SMALL_STATE(215)] = 10376,
  [SMALL_STATE(216)] = 10424,
  [SMALL_STATE(217)] = 10472,
  [SMALL_STATE(218)] = 10520,
  [SMALL_STATE(219)] = 10568,
  [SMALL_STATE(220)] = 10616,
  [SMALL_STATE(221)] = 10656,
  [SMALL_STATE(222)] = 10693,
  [SMALL_STATE(223)] = 10730,
  [SMALL_STATE(224)] = 10767,
  [SMALL_STATE(225)] = 10804,
  [SMALL_STATE(226)] = 10841,
  [SMALL_STATE(227)] = 10893,
  [SMALL_STATE(228)] = 10919,
  [SMALL_STATE(229)] = 10954,
  [SMALL_STATE(230)] = 10989,
  [SMALL_STATE(231)] = 11024,
  [SMALL_STATE(232)] = 11059,
  [SMALL_STATE(233)] = 11094,
  [SMALL_STATE(234)] = 11131,
  [SMALL_STATE(235)] = 11166,
  [SMALL_STATE(236)] = 11201,
  [SMALL_STATE(237)] = 11236,
  [SMALL_STATE(238)] = 11271,
  [SMALL_STATE(239)] = 11306,
  [SMALL_STATE(240)] = 11341,
  [SMALL_STATE(241)] = 11376,
  [SMALL_STATE(242)] = 11411,
  [SMALL_STATE(243)] = 11446,
  [SMALL_STATE(244)] = 11481,
  [SMALL_STATE(245)] = 11516,
  [SMALL_STATE(246)] = 11551,
  [SMALL_STATE(247)] = 11586,
  [SMALL_STATE(248)] = 11611,
  [SMALL_STATE(249)] = 11646,
  [SMALL_STATE(250)] = 11681,
  [SMALL_STATE(251)] = 11716,
  [SMALL_STATE(252)] = 11751,
  [SMALL_STATE(253)] = 11786,
  [SMALL_STATE(254)] = 11817,
  [SMALL_STATE(255)] = 11848,
  [SMALL_STATE(256)] = 11868,
  [SMALL_STATE(257)] = 11892,
  [SMALL_STATE(258)] = 11914,
  [SMALL_STATE(259)] = 11936,
  [SMALL_STATE(260)] = 11958,
  [SMALL_STATE(261)] = 11979,
  [SMALL_STATE(262)] = 12000,
  [SMALL_STATE(263)] = 12021,
  [SMALL_STATE(264)] = 12042,
  [SMALL_STATE(265)] = 12071,
  [SMALL_STATE(266)] = 12092,
  [SMALL_STATE(267)] = 12113,
  [SMALL_STATE(268)] = 12134,
  [SMALL_STATE(269)] = 12155,
  [SMALL_STATE(270)] = 12176,
  [SMALL_STATE(271)] = 12197,
  [SMALL_STATE(272)] = 12218,
  [SMALL_STATE(273)] = 12239,
  [SMALL_STATE(274)] = 12262,
  [SMALL_STATE(275)] = 12285,
  [SMALL_STATE(276)] = 12308,
  [SMALL_STATE(277)] = 12333,
  [SMALL_STATE(278)] = 12355,
  [SMALL_STATE(279)] = 12377,
  [SMALL_STATE(280)] = 12392,
  [SMALL_STATE(281)] = 12413,
  [SMALL_STATE(282)] = 12432,
  [SMALL_STATE(283)] = 12453,
  [SMALL_STATE(284)] = 12474,
  [SMALL_STATE(285)] = 12493,
  [SMALL_STATE(286)] = 12511,
  [SMALL_STATE(287)] = 12529,
  [SMALL_STATE(288)] = 12547,
  [SMALL_STATE(289)] = 12565,
  [SMALL_STATE(290)] = 12585,
  [SMALL_STATE(291)] = 12603,
  [SMALL_STATE(292)] = 12621,
  [SMALL_STATE(293)] = 12634,
  [SMALL_STATE(294)] = 12649,
  [SMALL_STATE(295)] = 12665,
  [SMALL_STATE(296)] = 12677,
  [SMALL_STATE(297)] = 12689,
  [SMALL_STATE(298)] = 12701,
  [SMALL_STATE(299)] = 12717,
  [SMALL_STATE(300)] = 12729,
  [SMALL_STATE(301)] = 12741,
  [SMALL_STATE(302)] = 12753,
  [SMALL_STATE(303)] = 12765,
  [SMALL_STATE(304)] = 12777,
  [SMALL_STATE(305)] = 12793,
  [SMALL_STATE(306)] = 12805,
  [SMALL_STATE(307)] = 12821,
  [SMALL_STATE(308)] = 12837,
  [SMALL_STATE(309)] = 12849,
  [SMALL_STATE(310)] = 12861,
  [SMALL_STATE(311)] = 12873,
  [SMALL_STATE(312)] = 12885,
  [SMALL_STATE(313)] = 12897,
  [SMALL_STATE(314)] = 12909,
  [SMALL_STATE(315)] = 12921,
  [SMALL_STATE(316)] = 12937,
  [SMALL_STATE(317)] = 12949,
  [SMALL_STATE(318)] = 12961,
  [SMALL_STATE(319)] = 12973,
  [SMALL_STATE(320)] = 12989,
  [SMALL_STATE(321)] = 13001,
  [SMALL_STATE(322)] = 13017,
  [SMALL_STATE(323)] = 13029,
  [SMALL_STATE(324)] = 13041,
  [SMALL_STATE(325)] = 13057,
  [SMALL_STATE(326)] = 13069,
  [SMALL_STATE(327)] = 13081,
  [SMALL_STATE(328)] = 13093,
  [SMALL_STATE(329)] = 13105,
  [SMALL_STATE(330)] = 13117,
  [SMALL_STATE(331)] = 13130,
  [SMALL_STATE(332)] = 13143,
  [SMALL_STATE(333)] = 13156,
  [SMALL_STATE(334)] = 13169,
  [SMALL_STATE(335)] = 13182,
  [SMALL_STATE(336)] = 13195,
  [SMALL_STATE(337)] = 13208,
  [SMALL_STATE(338)] = 13221,
  [SMALL_STATE(339)] = 13234,
  [SMALL_STATE(340)] = 13247,
  [SMALL_STATE(341)] = 13260,
  [SMALL_STATE(342)] = 13273,
  [SMALL_STATE(343)] = 13286,
  [SMALL_STATE(344)] = 13299,
  [SMALL_STATE(345)] = 13312,
  [SMALL_STATE(346)] = 13325,
  [SMALL_STATE(347)] = 13338,
  [SMALL_STATE(348)] = 13351,
  [SMALL_STATE(349)] = 13364,
  [SMALL_STATE(350)] = 13377,
  [SMALL_STATE(351)] = 13390,
  [SMALL_STATE(352)] = 13403,
  [SMALL_STATE(353)] = 13416,
  [SMALL_STATE(354)] = 13429,
  [SMALL_STATE(355)] = 13442,
  [SMALL_STATE(356)] = 13455,
  [SMALL_STATE(357)] = 13468,
  [SMALL_STATE(358)] = 13481,
  [SMALL_STATE(359)] = 13494,
  [SMALL_STATE(360)] = 13507,
  [SMALL_STATE(361)] = 13520,
  [SMALL_STATE(362)] = 13533,
  [SMALL_STATE(363)] = 13546,
  [SMALL_STATE(364)] = 13559,
  [SMALL_STATE(365)] = 13572,
  [SMALL_STATE(366)] = 13585,
  [SMALL_STATE(367)] = 13598,
  [SMALL_STATE(368)] = 13611,
  [SMALL_STATE(369)] = 13624,
  [SMALL_STATE(370)] = 13637,
  [SMALL_STATE(371)] = 13650,
  [SMALL_STATE(372)] = 13663,
  [SMALL_STATE(373)] = 13676,
  [SMALL_STATE(374)] = 13689,
  [SMALL_STATE(375)] = 13702,
  [SMALL_STATE(376)] = 13715,
  [SMALL_STATE(377)] = 13728,
  [SMALL_STATE(378)] = 13741,
  [SMALL_STATE(379)] = 13754,
  [SMALL_STATE(380)] = 13767,
  [SMALL_STATE(381)] = 13780,
  [SMALL_STATE(382)] = 13793,
  [SMALL_STATE(383)] = 13806,
  [SMALL_STATE(384)] = 13819,
  [SMALL_STATE(385)] = 13832,
  [SMALL_STATE(386)] = 13845,
  [SMALL_STATE(387)] = 13858,
  [SMALL_STATE(388)] = 13871,
  [SMALL_STATE(389)] = 13884,
  [SMALL_STATE(390)] = 13897,
  [SMALL_STATE(391)] = 13910,
  [SMALL_STATE(392)] = 13923,
  [SMALL_STATE(393)] = 13936,
  [SMALL_STATE(394)] = 13949,
  [SMALL_STATE(395)] = 13962,
  [SMALL_STATE(396)] = 13975,
  [SMALL_STATE(397)] = 13988,
  [SMALL_STATE(398)] = 14001,
  [SMALL_STATE(399)] = 14014,
  [SMALL_STATE(400)] = 14027,
  [SMALL_STATE(401)] = 14040,
  [SMALL_STATE(402)] = 14053,
  [SMALL_STATE(403)] = 14066,
  [SMALL_STATE(404)] = 14079,
  [SMALL_STATE(405)] = 14092,
  [SMALL_STATE(406)] = 14105,
  [SMALL_STATE(407)] = 14118,
  [SMALL_STATE(408)] = 14131,
  [SMALL_STATE(409)] = 14144,
  [SMALL_STATE(410)] = 14157,
  [SMALL_STATE(411)] = 14170,
  [SMALL_STATE(412)] = 14183,
  [SMALL_STATE(413)] = 14196,
  [SMALL_STATE(414)] = 14209,
  [SMALL_STATE(415)] = 14222,
  [SMALL_STATE(416)] = 14235,
  [SMALL_STATE(417)] = 14248,
  [SMALL_STATE(418)] = 14258,
  [SMALL_STATE(419)] = 14268,
  [SMALL_STATE(420)] = 14278,
  [SMALL_STATE(421)] = 14288,
  [SMALL_STATE(422)] = 14298,
  [SMALL_STATE(423)] = 14308,
  [SMALL_STATE(424)] = 14318,
  [SMALL_STATE(425)] = 14328,
  [SMALL_STATE(426)] = 14338,
  [SMALL_STATE(427)] = 14348,
  [SMALL_STATE(428)] = 14358,
  [SMALL_STATE(429)] = 14368,
  [SMALL_STATE(430)] = 14378,
  [SMALL_STATE(431)] = 14388,
  [SMALL_STATE(432)] = 14398,
  [SMALL_STATE(433)] = 14408,
  [SMALL_STATE(434)] = 14418,
  [SMALL_STATE(435)] = 14428,
  [SMALL_STATE(436)] = 14438,
  [SMALL_STATE(437)] = 14448,
  [SMALL_STATE(438)] = 14458,
  [SMALL_STATE(439)] = 14468,
  [SMALL_STATE(440)] = 14478,
  [SMALL_STATE(441)] = 14488,
  [SMALL_STATE(442)] = 14498,
  [SMALL_STATE(443)] = 14508,
  [SMALL_STATE(444)] = 14518,
  [SMALL_STATE(445)] = 14528,
  [SMALL_STATE(446)] = 14538,
  [SMALL_STATE(447)] = 14548,
  [SMALL_STATE(448)] = 14558,
  [SMALL_STATE(449)] = 14568,
  [SMALL_STATE(450)] = 14578,
  [SMALL_STATE(451)] = 14588,
  [SMALL_STATE(452)] = 14598,
  [SMALL_STATE(453)] = 14608,
  [SMALL_STATE(454)] = 14618,
  [SMALL_STATE(455)] = 14628,
  [SMALL_STATE(456)] = 14638,
  [SMALL_STATE(457)] = 14648,
  [SMALL_STATE(458)] = 14658,
  [SMALL_STATE(459)] = 14668,
  [SMALL_STATE(460)] = 14678,
  [SMALL_STATE(461)] = 14688,
  [SMALL_STATE(462)] = 14698,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [7] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(276),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(278),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(450),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(323),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(4),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [55] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(5),
  [67] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [69] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2),
  [71] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(59),
  [74] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(17),
  [77] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(19),
  [80] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(418),
  [83] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(350),
  [86] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(291),
  [89] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(101),
  [92] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(100),
  [95] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(276),
  [98] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(453),
  [101] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(282),
  [104] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(425),
  [107] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(388),
  [110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(278),
  [113] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(340),
  [116] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(417),
  [119] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(444),
  [122] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(450),
  [125] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(323),
  [128] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(285),
  [131] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(300),
  [134] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [137] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2), SHIFT_REPEAT(6),
  [140] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 1),
  [142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [146] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 20),
  [158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [160] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [174] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 7),
  [176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [184] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 41),
  [186] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 54),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 22),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_expression, 3),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_expression, 3),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirect_parameter, 2, .production_id = 14),
  [222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirect_parameter, 2, .production_id = 14),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [226] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2),
  [228] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(24),
  [231] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__line_content_repeat1, 2), SHIFT_REPEAT(24),
  [234] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7),
  [236] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7),
  [238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 24),
  [240] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 24),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4),
  [244] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4),
  [246] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 45),
  [248] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 45),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 24),
  [252] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 24),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 4, .production_id = 6),
  [256] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 4, .production_id = 6),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3, .production_id = 6),
  [260] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3, .production_id = 6),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2),
  [264] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 45),
  [272] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 45),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 24),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 24),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 6),
  [280] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 6),
  [282] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 2, .production_id = 6),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 2, .production_id = 6),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 5, .production_id = 69),
  [288] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 5, .production_id = 69),
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
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 3),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 3),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 7, .production_id = 69),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 7, .production_id = 69),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_line, 8, .production_id = 69),
  [324] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_line, 8, .production_id = 69),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 2, .production_id = 30),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [332] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, .production_id = 29),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 4, .production_id = 63),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_function_call, 6, .production_id = 78),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, .production_id = 62),
  [346] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [348] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parameter_assignment, 3, .production_id = 31),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 1, .production_id = 2),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 1, .production_id = 2),
  [366] = {.entry = {.count = 1, .reusable = false}}, SHIFT(255),
  [368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(257),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(264),
  [372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(265),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [384] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 23),
  [394] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [398] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(185),
  [402] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [404] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 42),
  [406] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [410] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [414] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, .production_id = 5),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 8),
  [428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(26),
  [430] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [432] = {.entry = {.count = 1, .reusable = false}}, SHIFT(182),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [436] = {.entry = {.count = 1, .reusable = false}}, SHIFT(393),
  [438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(142),
  [440] = {.entry = {.count = 1, .reusable = false}}, SHIFT(381),
  [442] = {.entry = {.count = 1, .reusable = false}}, SHIFT(138),
  [444] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [446] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [448] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [450] = {.entry = {.count = 1, .reusable = false}}, SHIFT(137),
  [452] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 55),
  [454] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(159),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 21),
  [464] = {.entry = {.count = 1, .reusable = false}}, SHIFT(341),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(147),
  [468] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 68),
  [470] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [474] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [476] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 58),
  [478] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [480] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 25),
  [484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 47),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 36),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [508] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 56),
  [512] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [522] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [524] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 57),
  [528] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [530] = {.entry = {.count = 1, .reusable = false}}, SHIFT(462),
  [532] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [534] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [536] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [538] = {.entry = {.count = 1, .reusable = false}}, SHIFT(439),
  [540] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [542] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [552] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 44),
  [554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 46),
  [560] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [562] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [566] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [570] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [572] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_program_number, 2, .production_id = 12),
  [574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__o_label, 2, .production_id = 13),
  [576] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__o_label, 2, .production_id = 13),
  [578] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 60),
  [580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [582] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [584] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 3, .production_id = 43),
  [586] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [590] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [592] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [594] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 64),
  [596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [598] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 65),
  [600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 66),
  [610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [612] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [614] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [616] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2),
  [620] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(233),
  [623] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(101),
  [626] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(100),
  [629] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(453),
  [632] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2), SHIFT_REPEAT(282),
  [635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(443),
  [637] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 59),
  [647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 70),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [667] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 2, .production_id = 18),
  [669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [673] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 73),
  [675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [677] = {.entry = {.count = 1, .reusable = false}}, SHIFT(431),
  [679] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [681] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 72),
  [683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [685] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 75),
  [687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [693] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 77),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [699] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 81),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [715] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [717] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [751] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [765] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [791] = {.entry = {.count = 1, .reusable = false}}, SHIFT(311),
  [793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [795] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [803] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [809] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [813] = {.entry = {.count = 1, .reusable = false}}, SHIFT(283),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [835] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [839] = {.entry = {.count = 1, .reusable = false}}, SHIFT(280),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [857] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [859] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [863] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [873] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2),
  [875] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 2),
  [877] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [879] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 9),
  [881] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_grbl_command, 3, .production_id = 9),
  [883] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [885] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__text_word, 2, .production_id = 10),
  [887] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__text_word, 2, .production_id = 10),
  [889] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__version_check, 1, .production_id = 6),
  [891] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__version_check, 1, .production_id = 6),
  [893] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [895] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__version_m_word, 2, .production_id = 10),
  [897] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__version_m_word, 2, .production_id = 10),
  [899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 6),
  [901] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 1, .production_id = 6),
  [903] = {.entry = {.count = 1, .reusable = false}}, SHIFT(272),
  [905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [907] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__signed_value, 2, .production_id = 29),
  [909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__version_check, 2, .production_id = 6),
  [911] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__version_check, 2, .production_id = 6),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 10),
  [917] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 10),
  [919] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [921] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 34),
  [923] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_word, 2, .production_id = 11),
  [925] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_word, 2, .production_id = 11),
  [927] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [929] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__spindle_word, 2, .production_id = 35),
  [931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 6),
  [933] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__items_repeat1, 2, .production_id = 6),
  [935] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48),
  [937] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 2, .production_id = 48), SHIFT_REPEAT(101),
  [940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 50),
  [942] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 28),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [946] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [948] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 2, .production_id = 19),
  [950] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_grbl_command_repeat1, 1, .production_id = 27),
  [954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [956] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2),
  [958] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2), SHIFT_REPEAT(230),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [965] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 1),
  [967] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 1, .production_id = 4),
  [969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [971] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 2, .production_id = 19),
  [973] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33),
  [975] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 2, .production_id = 33), SHIFT_REPEAT(292),
  [978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extended_command, 2, .production_id = 17),
  [980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [982] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 2, .production_id = 19),
  [984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 1),
  [986] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [988] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extended_command_repeat1, 1, .production_id = 16),
  [992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 2, .production_id = 9),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [998] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [1000] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_if, 3, .production_id = 39),
  [1002] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_elseif, 3, .production_id = 39),
  [1004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_while, 3, .production_id = 39),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_repeat, 3, .production_id = 40),
  [1008] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_realtime, 1),
  [1010] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 4, .production_id = 51),
  [1012] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_while, 4, .production_id = 52),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 2, .production_id = 15),
  [1016] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_do, 2, .production_id = 13),
  [1018] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_sub, 2, .production_id = 19),
  [1020] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 3, .production_id = 26),
  [1022] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_return, 3, .production_id = 37),
  [1024] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_else, 2, .production_id = 19),
  [1026] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endif, 2, .production_id = 19),
  [1028] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endwhile, 2, .production_id = 19),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_do, 2, .production_id = 19),
  [1032] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endrepeat, 2, .production_id = 19),
  [1034] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_break, 2, .production_id = 19),
  [1036] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_continue, 2, .production_id = 19),
  [1038] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_if, 3, .production_id = 32),
  [1040] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_endsub, 3, .production_id = 37),
  [1042] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_print, 1, .production_id = 3),
  [1044] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_grbl_command, 4, .production_id = 49),
  [1046] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_o_call, 3, .production_id = 38),
  [1048] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_goto, 2, .production_id = 13),
  [1050] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fanuc_end, 2, .production_id = 13),
  [1052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [1054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [1058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1060] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 74),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1064] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1074] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1078] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1082] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 76),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1088] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 4, .production_id = 53),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1096] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 6, .production_id = 71),
  [1098] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 61),
  [1102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(51),
  [1104] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 79),
  [1106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1110] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 80),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1116] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 7, .production_id = 82),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1124] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 8, .production_id = 83),
  [1126] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 5, .production_id = 67),
  [1128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [1142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [1148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1154] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
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
