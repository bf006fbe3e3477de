// Lexical rules shared by the RDF syntaxes (N-Triples, N-Quads, Turtle) and SPARQL, as PEGTL 3.x
// rules named after the W3C productions (RDF 1.1 Turtle §6.5, SPARQL 1.1 §19.8), in snake_case.
//
// Contract: rules only, header-only, no actions. Every character class matches whole UTF-8 code
// points, so a rule never splits a multi-byte character; invalid UTF-8 simply does not match
// (callers that want a precise "invalid UTF-8" message validate the input first, see
// grammar/common/utf8.h). Where a production is greedy over '.' but may not end with one
// (PN_PREFIX, PN_LOCAL, BLANK_NODE_LABEL), the rule only consumes dots that are followed by a
// character that may end the name, which is what the W3C grammar means.
//
// Signs: Turtle's INTEGER/DECIMAL/DOUBLE carry an optional sign, SPARQL's do not (SPARQL has
// separate *_POSITIVE/*_NEGATIVE productions). The unsigned forms are `integer`, `decimal` and
// `double_`; the Turtle forms are `signed_integer`, `signed_decimal` and `signed_double`.
#pragma once

#include <array>
#include <cstddef>
#include <tao/pegtl.hpp>

namespace marsad::grammar {

namespace pegtl = tao::pegtl;

// [163s] PN_CHARS_BASE. ASCII letters first: they are by far the most frequent.
struct pn_chars_base
    : pegtl::sor<
          pegtl::ascii::alpha,
          pegtl::utf8::ranges<0x00C0, 0x00D6, 0x00D8, 0x00F6, 0x00F8, 0x02FF, 0x0370, 0x037D,
                              0x037F, 0x1FFF, 0x200C, 0x200D, 0x2070, 0x218F, 0x2C00, 0x2FEF,
                              0x3001, 0xD7FF, 0xF900, 0xFDCF, 0xFDF0, 0xFFFD, 0x10000, 0xEFFFF>> {};
// [164s] PN_CHARS_U
struct pn_chars_u : pegtl::sor<pn_chars_base, pegtl::one<'_'>> {};
// [166s] PN_CHARS
struct pn_chars : pegtl::sor<pn_chars_u, pegtl::one<'-'>, pegtl::ascii::digit,
                             pegtl::utf8::ranges<0x00B7, 0x00B7, 0x0300, 0x036F, 0x203F, 0x2040>> {
};

// [171s] HEX
struct hex : pegtl::ascii::xdigit {};
// [26] UCHAR
struct uchar : pegtl::sor<pegtl::seq<pegtl::string<'\\', 'u'>, pegtl::rep<4, hex>>,
                          pegtl::seq<pegtl::string<'\\', 'U'>, pegtl::rep<8, hex>>> {};
// [159s] ECHAR
struct echar : pegtl::seq<pegtl::one<'\\'>, pegtl::one<'t', 'b', 'n', 'r', 'f', '"', '\'', '\\'>> {
};

// [18] IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'
// byte_run<Table>: one or more bytes whose entry in `Table` is true, matched in a plain loop
// instead of one PEGTL rule per byte. The hot paths (IRI and string bodies) use it for ASCII;
// tables never admit bytes >= 0x80 (those go through the UTF-8 rules, so invalid UTF-8 never
// matches) nor line breaks (so the input's line bookkeeping stays right).
using ByteTable = std::array<bool, 256>;

template <const ByteTable& Table>
struct byte_run {
  using rule_t = pegtl::ascii::any::rule_t;  // for analyze<>: consumes input when it succeeds
  using subs_t = pegtl::empty_list;

  template <typename ParseInput>
  static bool match(ParseInput& in) {
    const char* const begin = in.current();
    const char* p = begin;
    const char* const end = in.end();
    // Eight bytes per step while all of them match: the lookups are independent and there is
    // one branch per step instead of one per byte (IRIs and literals are long runs; parsing
    // was the slowest stage of a bulk import).
    while (end - p >= 8 && (In(p[0]) & In(p[1]) & In(p[2]) & In(p[3]) & In(p[4]) & In(p[5]) &
                            In(p[6]) & In(p[7]))) {
      p += 8;
    }
    while (p != end && In(*p)) ++p;
    if (p == begin) return false;
    in.bump_in_this_line(static_cast<std::size_t>(p - begin));
    return true;
  }

 private:
  // 0 or 1, as an integer: the eight-byte test combines them with `&`, without branches.
  static unsigned In(char c) {
    return static_cast<unsigned>(Table[static_cast<unsigned char>(c)]);
  }
};

// IRIREF's ASCII characters: everything but controls, space and <>"{}|^`\.
constexpr ByteTable MakeIriAsciiTable() {
  ByteTable table{};
  for (int c = 0x21; c < 0x7F; ++c) table[c] = true;
  for (char c : {'<', '>', '"', '{', '}', '|', '^', '`', '\\'})
    table[static_cast<unsigned char>(c)] = false;
  return table;
}
inline constexpr ByteTable kIriAsciiTable = MakeIriAsciiTable();

// Short string bodies: ASCII except the quote `q`, backslash, LF and CR.
constexpr ByteTable MakeShortStringAsciiTable(char q) {
  ByteTable table{};
  for (int c = 0; c < 0x80; ++c) table[c] = true;
  for (char c : {q, '\\', '\n', '\r'}) table[static_cast<unsigned char>(c)] = false;
  return table;
}
template <char Q>
inline constexpr ByteTable kShortStringAsciiTable = MakeShortStringAsciiTable(Q);

struct iriref_char
    : pegtl::sor<byte_run<kIriAsciiTable>, pegtl::utf8::range<0x80, 0x10FFFF>, uchar> {};
struct iriref_body : pegtl::star<iriref_char> {};
struct iriref : pegtl::seq<pegtl::one<'<'>, iriref_body, pegtl::one<'>'>> {};

// [167s] PN_PREFIX: PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?
struct pn_prefix
    : pegtl::seq<pn_chars_base,
                 pegtl::star<pegtl::sor<
                     pn_chars, pegtl::seq<pegtl::plus<pegtl::one<'.'>>, pegtl::at<pn_chars>>>>> {};
// [139s] PNAME_NS: PN_PREFIX? ':'
struct pname_ns : pegtl::seq<pegtl::opt<pn_prefix>, pegtl::one<':'>> {};

// [170s] PERCENT, [172s] PN_LOCAL_ESC, [169s] PLX
struct percent : pegtl::seq<pegtl::one<'%'>, hex, hex> {};
struct pn_local_esc
    : pegtl::seq<pegtl::one<'\\'>, pegtl::one<'_', '~', '.', '-', '!', '$', '&', '\'', '(', ')',
                                              '*', '+', ',', ';', '=', '/', '?', '#', '@', '%'>> {};
struct plx : pegtl::sor<percent, pn_local_esc> {};
// [168s] PN_LOCAL: (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS |
// ':' | PLX))?
struct pn_local_tail_char : pegtl::sor<pn_chars, pegtl::one<':'>, plx> {};
struct pn_local
    : pegtl::seq<
          pegtl::sor<pn_chars_u, pegtl::one<':'>, pegtl::ascii::digit, plx>,
          pegtl::star<pegtl::sor<pn_local_tail_char, pegtl::seq<pegtl::plus<pegtl::one<'.'>>,
                                                                pegtl::at<pn_local_tail_char>>>>> {
};
// [140s] PNAME_LN: PNAME_NS PN_LOCAL
struct pname_ln : pegtl::seq<pname_ns, pn_local> {};

// [141s] BLANK_NODE_LABEL: '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
struct blank_node_label_name
    : pegtl::seq<pegtl::sor<pn_chars_u, pegtl::ascii::digit>,
                 pegtl::star<pegtl::sor<
                     pn_chars, pegtl::seq<pegtl::plus<pegtl::one<'.'>>, pegtl::at<pn_chars>>>>> {};
struct blank_node_label : pegtl::seq<pegtl::string<'_', ':'>, blank_node_label_name> {};

// [144s] LANGTAG: '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
struct langtag_name : pegtl::seq<pegtl::plus<pegtl::ascii::alpha>,
                                 pegtl::star<pegtl::one<'-'>, pegtl::plus<pegtl::ascii::alnum>>> {};
struct langtag : pegtl::seq<pegtl::one<'@'>, langtag_name> {};

// Numbers. [154s] EXPONENT: [eE] [+-]? [0-9]+
struct sign : pegtl::one<'+', '-'> {};
struct exponent
    : pegtl::seq<pegtl::one<'e', 'E'>, pegtl::opt<sign>, pegtl::plus<pegtl::ascii::digit>> {};
struct integer : pegtl::plus<pegtl::ascii::digit> {};
struct decimal : pegtl::seq<pegtl::star<pegtl::ascii::digit>, pegtl::one<'.'>,
                            pegtl::plus<pegtl::ascii::digit>> {};
struct double_ : pegtl::sor<pegtl::seq<pegtl::plus<pegtl::ascii::digit>, pegtl::one<'.'>,
                                       pegtl::star<pegtl::ascii::digit>, exponent>,
                            pegtl::seq<pegtl::one<'.'>, pegtl::plus<pegtl::ascii::digit>, exponent>,
                            pegtl::seq<pegtl::plus<pegtl::ascii::digit>, exponent>> {};
// Turtle [19] INTEGER, [20] DECIMAL, [21] DOUBLE (signed).
struct signed_integer : pegtl::seq<pegtl::opt<sign>, integer> {};
struct signed_decimal : pegtl::seq<pegtl::opt<sign>, decimal> {};
struct signed_double : pegtl::seq<pegtl::opt<sign>, double_> {};

// Strings. The *_body rules match the text between the quotes (still escaped).
// [22] STRING_LITERAL_QUOTE: '"' ([^#x22#x5C#xA#xD] | ECHAR | UCHAR)* '"'
struct string_literal_quote_body
    : pegtl::star<pegtl::sor<pegtl::utf8::not_one<'"', '\\', '\n', '\r'>, echar, uchar>> {};
struct string_literal_quote
    : pegtl::seq<pegtl::one<'"'>, string_literal_quote_body, pegtl::one<'"'>> {};
// [23] STRING_LITERAL_SINGLE_QUOTE: "'" ([^#x27#x5C#xA#xD] | ECHAR | UCHAR)* "'"
struct string_literal_single_quote_body
    : pegtl::star<pegtl::sor<pegtl::utf8::not_one<'\'', '\\', '\n', '\r'>, echar, uchar>> {};
struct string_literal_single_quote
    : pegtl::seq<pegtl::one<'\''>, string_literal_single_quote_body, pegtl::one<'\''>> {};
// [24] STRING_LITERAL_LONG_SINGLE_QUOTE: "'''" (("'" | "''")? ([^'\] | ECHAR | UCHAR))* "'''"
template <char Q>
struct long_string_body : pegtl::star<pegtl::opt<pegtl::one<Q>, pegtl::opt<pegtl::one<Q>>>,
                                      pegtl::sor<pegtl::utf8::not_one<Q, '\\'>, echar, uchar>> {};
struct string_literal_long_single_quote_body : long_string_body<'\''> {};
struct string_literal_long_single_quote
    : pegtl::seq<pegtl::string<'\'', '\'', '\''>, string_literal_long_single_quote_body,
                 pegtl::string<'\'', '\'', '\''>> {};
// [25] STRING_LITERAL_LONG_QUOTE: '"""' (('"' | '""')? ([^"\] | ECHAR | UCHAR))* '"""'
struct string_literal_long_quote_body : long_string_body<'"'> {};
struct string_literal_long_quote
    : pegtl::seq<pegtl::string<'"', '"', '"'>, string_literal_long_quote_body,
                 pegtl::string<'"', '"', '"'>> {};

// Whitespace and comments. [161s] WS: #x20 | #x9 | #xD | #xA. A comment runs from '#' to the
// end of the line (the line break itself is whitespace).
struct ws : pegtl::one<' ', '\t', '\r', '\n'> {};
struct comment : pegtl::seq<pegtl::one<'#'>, pegtl::star<pegtl::utf8::not_one<'\r', '\n'>>> {};
// Any run of whitespace and comments (possibly empty): the "skip" between tokens.
struct skip : pegtl::star<pegtl::sor<ws, comment>> {};
// [162s] ANON: '[' WS* ']'
struct anon : pegtl::seq<pegtl::one<'['>, skip, pegtl::one<']'>> {};

}  // namespace marsad::grammar
