#include "grammar/query/text_columns.h"

#include <cstddef>

namespace marsad::grammar::query {
namespace {

bool IsContinuationByte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the code point starting at text[*pos] and advances *pos past it. A malformed byte
// decodes as itself and advances by one.
char32_t DecodeNext(std::string_view text, std::size_t* pos) {
  const auto lead = static_cast<unsigned char>(text[*pos]);
  std::size_t length = 1;
  char32_t value = lead;
  if (lead >= 0xF0) {
    length = 4;
    value = lead & 0x07;
  } else if (lead >= 0xE0) {
    length = 3;
    value = lead & 0x0F;
  } else if (lead >= 0xC0) {
    length = 2;
    value = lead & 0x1F;
  }
  if (length == 1 || *pos + length > text.size()) {
    *pos += 1;
    return lead;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const auto byte = static_cast<unsigned char>(text[*pos + i]);
    if (!IsContinuationByte(byte)) {
      *pos += 1;
      return lead;
    }
    value = (value << 6) | (byte & 0x3F);
  }
  *pos += length;
  return value;
}

}  // namespace

std::uint64_t TextColumns::ColumnAt(std::uint64_t offset) {
  if (offset > text_.size()) offset = text_.size();
  if (offset < last_offset_) {  // walking backwards: restart from the line start
    last_offset_ = offset;
    while (last_offset_ > 0 && text_[last_offset_ - 1] != '\n') --last_offset_;
    last_column_ = 1;
  }
  for (std::uint64_t i = last_offset_; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte == '\n') {
      last_column_ = 1;
    } else if (!IsContinuationByte(byte)) {
      ++last_column_;
    }
  }
  last_offset_ = offset;
  return last_column_;
}

bool IsZeroWidth(char32_t code_point) {
  return (code_point >= 0x064B && code_point <= 0x065F) || code_point == 0x0670 ||
         (code_point >= 0x06D6 && code_point <= 0x06ED && code_point != 0x06DD &&
          code_point != 0x06DE && code_point != 0x06E5 && code_point != 0x06E6 &&
          code_point != 0x06E9) ||
         (code_point >= 0x0300 && code_point <= 0x036F);
}

std::uint64_t DisplayWidth(std::string_view text) {
  std::uint64_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!IsZeroWidth(DecodeNext(text, &pos))) ++width;
  }
  return width;
}

std::string CaretPadding(std::string_view prefix) {
  std::string padding;
  std::size_t pos = 0;
  while (pos < prefix.size()) {
    const char32_t cp = DecodeNext(prefix, &pos);
    if (cp == '\t') {
      padding.push_back('\t');
    } else if (!IsZeroWidth(cp)) {
      padding.push_back(' ');
    }
  }
  return padding;
}

}  // namespace marsad::grammar::query
