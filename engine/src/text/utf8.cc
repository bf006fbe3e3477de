#include "text/utf8.h"

#include <cstdio>
#include <limits>

#include <unicode/utf8.h>

namespace marsad::text {
namespace {

enum class Defect { kNone, kNul, kStrayContinuation, kBadLead, kTruncated, kOverlong,
                    kSurrogate, kTooLarge };

struct Decoded {
  std::int32_t cp = -1;  // -1 when ill-formed
  std::size_t length = 1;  // bytes consumed: the code point, or the maximal ill-formed subpart
  Defect defect = Defect::kNone;
};

// Well-formed byte sequences per Unicode 15, table 3-7. On error `length` is the maximal
// subpart (the bytes that could still have started a valid sequence), at least 1, so that
// replacement follows the W3C/Unicode "U+FFFD per maximal subpart" practice.
Decoded DecodeAt(const unsigned char* p, std::size_t n) {
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {static_cast<std::int32_t>(b0), 1, Defect::kNone};
  if (b0 < 0xC2) return {-1, 1, b0 < 0xC0 ? Defect::kStrayContinuation : Defect::kOverlong};
  if (b0 > 0xF4) return {-1, 1, b0 < 0xF8 ? Defect::kTooLarge : Defect::kBadLead};
  const std::size_t need = b0 < 0xE0 ? 2 : (b0 < 0xF0 ? 3 : 4);
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  Defect second_defect = Defect::kTruncated;
  if (b0 == 0xE0) { lo = 0xA0; second_defect = Defect::kOverlong; }
  if (b0 == 0xED) { hi = 0x9F; second_defect = Defect::kSurrogate; }
  if (b0 == 0xF0) { lo = 0x90; second_defect = Defect::kOverlong; }
  if (b0 == 0xF4) { hi = 0x8F; second_defect = Defect::kTooLarge; }
  std::uint32_t cp = b0 & (need == 2 ? 0x1F : (need == 3 ? 0x0F : 0x07));
  for (std::size_t i = 1; i < need; ++i) {
    if (i >= n) return {-1, i, Defect::kTruncated};
    const unsigned b = p[i];
    const bool in_range = i == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!in_range) {
      const bool continuation = b >= 0x80 && b <= 0xBF;
      return {-1, i, i == 1 && continuation ? second_defect : Defect::kTruncated};
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  return {static_cast<std::int32_t>(cp), need, Defect::kNone};
}

const char* DefectText(Defect d) {
  switch (d) {
    case Defect::kNone: return "no error";
    case Defect::kNul: return "NUL byte";
    case Defect::kStrayContinuation: return "unexpected continuation byte";
    case Defect::kBadLead: return "byte that never occurs in UTF-8";
    case Defect::kTruncated: return "truncated multi-byte sequence";
    case Defect::kOverlong: return "overlong encoding";
    case Defect::kSurrogate: return "encoded UTF-16 surrogate (lone surrogate / CESU-8)";
    case Defect::kTooLarge: return "code point above U+10FFFF";
  }
  return "invalid byte";
}

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

}  // namespace

std::int32_t DecodeUtf8(std::string_view s, std::size_t* pos) {
  const Decoded d = DecodeAt(Bytes(s) + *pos, s.size() - *pos);
  *pos += d.cp < 0 ? 1 : d.length;
  return d.cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char buf[U8_MAX_LENGTH];
  std::int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, static_cast<UChar32>(cp));
  out->append(buf, static_cast<std::size_t>(len));
}

std::size_t FindInvalidUtf8(std::string_view bytes, bool allow_nul) {
  const unsigned char* p = Bytes(bytes);
  std::size_t i = 0;
  while (i < bytes.size()) {
    if (p[i] < 0x80) {  // ASCII fast path
      if (p[i] == 0 && !allow_nul) return i;
      ++i;
      continue;
    }
    const Decoded d = DecodeAt(p + i, bytes.size() - i);
    if (d.cp < 0) return i;
    i += d.length;
  }
  return std::string_view::npos;
}

Status ValidateUtf8(std::string_view bytes, const Utf8Options& options) {
  if (bytes.size() > std::numeric_limits<std::uint32_t>::max()) {
    return Status(StatusCode::kInvalidArgument, "text larger than 4 GiB is not supported");
  }
  const std::size_t bad = FindInvalidUtf8(bytes, options.allow_nul);
  if (bad == std::string_view::npos) return Status::Ok();
  Defect defect = Defect::kNul;
  if (bytes[bad] != '\0') defect = DecodeAt(Bytes(bytes) + bad, bytes.size() - bad).defect;
  SourceLocation where;
  where.source = std::string(options.source_name);
  where.offset = bad;
  where.line = 1;
  where.column = 1;
  for (std::size_t i = 0; i < bad;) {  // prefix is valid: count lines and code points
    const char c = bytes[i];
    i += DecodeAt(Bytes(bytes) + i, bytes.size() - i).length;
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  char byte_hex[8];
  std::snprintf(byte_hex, sizeof byte_hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
  return Status(StatusCode::kInvalidArgument,
                std::string("invalid UTF-8: ") + DefectText(defect) + " (" + byte_hex +
                    ") at byte offset " + std::to_string(bad),
                std::move(where));
}

std::string SanitizeUtf8(std::string_view bytes, bool allow_nul) {
  std::string out;
  out.reserve(bytes.size());
  const unsigned char* p = Bytes(bytes);
  std::size_t i = 0;
  while (i < bytes.size()) {
    const Decoded d = DecodeAt(p + i, bytes.size() - i);
    if (d.cp < 0 || (d.cp == 0 && !allow_nul)) {
      AppendUtf8(U'\uFFFD', &out);
    } else {
      out.append(bytes.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::size_t CodePointLength(std::string_view s) {
  std::size_t n = 0;
  for (const char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::size_t ByteOffsetOfCodePoint(std::string_view s, std::size_t cp_index) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == cp_index) return i;
      ++seen;
    }
  }
  return s.size();
}

std::size_t CodePointIndexOfByte(std::string_view s, std::size_t byte_offset) {
  if (byte_offset >= s.size()) return CodePointLength(s);
  // Lead bytes up to and including `byte_offset`: the containing character is the last one.
  return CodePointLength(s.substr(0, byte_offset + 1)) - 1;
}

std::string_view CodePointSubstr(std::string_view s, std::size_t start, std::size_t count) {
  const std::size_t begin = ByteOffsetOfCodePoint(s, start);
  if (begin >= s.size()) return s.substr(s.size());
  if (count == std::string_view::npos) return s.substr(begin);
  const std::size_t len = ByteOffsetOfCodePoint(s.substr(begin), count);
  return s.substr(begin, len);
}

}  // namespace marsad::text
