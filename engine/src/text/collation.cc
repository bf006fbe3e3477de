#include "text/collation.h"

#include <map>
#include <memory>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "base/status_macros.h"
#include "text/icu_status.h"

namespace marsad::text {
namespace {

constexpr std::size_t kMaxCachedCollators = 64;  // per thread; languages in use are few

// The calling thread's collator for `language`. ICU collators are cheap to use but not
// documented as safe for concurrent use of one instance, so each thread keeps its own.
Result<icu::Collator*> ThreadCollator(std::string_view language) {
  thread_local std::map<std::string, std::unique_ptr<icu::Collator>, std::less<>> cache;
  if (auto it = cache.find(language); it != cache.end()) return it->second.get();
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::getRoot();
  if (!language.empty()) {
    locale = icu::Locale::forLanguageTag(
        icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), err);
    if (U_FAILURE(err) || locale.isBogus()) {
      return Status(StatusCode::kInvalidArgument,
                    "malformed language tag '" + std::string(language) + "'");
    }
  }
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, err));
  MARSAD_RETURN_IF_ERROR(
      internal::IcuStatus(err, "creating the collator for '" + std::string(language) + "'"));
  if (cache.size() >= kMaxCachedCollators) cache.clear();
  icu::Collator* raw = collator.get();
  cache.emplace(std::string(language), std::move(collator));
  return raw;
}

icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

Result<int> Collate(std::string_view language, std::string_view a, std::string_view b) {
  MARSAD_ASSIGN_OR_RETURN(icu::Collator * collator, ThreadCollator(language));
  UErrorCode err = U_ZERO_ERROR;
  const UCollationResult r = collator->compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), err);
  MARSAD_RETURN_IF_ERROR(internal::IcuStatus(err, "collating"));
  return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

Result<std::string> CollationKey(std::string_view language, std::string_view s) {
  MARSAD_ASSIGN_OR_RETURN(icu::Collator * collator, ThreadCollator(language));
  const icu::UnicodeString u = FromUtf8(s);
  std::string key(static_cast<std::size_t>(u.length()) * 4 + 16, '\0');
  auto* bytes = reinterpret_cast<uint8_t*>(key.data());
  int32_t needed = collator->getSortKey(u, bytes, static_cast<int32_t>(key.size()));
  if (needed > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<std::size_t>(needed));
    needed = collator->getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), needed);
  }
  if (needed <= 0) return Status(StatusCode::kInternal, "collation key failed");
  key.resize(static_cast<std::size_t>(needed) - 1);  // drop the terminating 0x00
  return key;
}

std::string CaseFold(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  u.foldCase(U_FOLD_CASE_DEFAULT);
  return ToUtf8(u);
}

std::string ToLower(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  u.toLower(icu::Locale::getRoot());
  return ToUtf8(u);
}

std::string ToUpper(std::string_view utf8) {
  icu::UnicodeString u = FromUtf8(utf8);
  u.toUpper(icu::Locale::getRoot());
  return ToUtf8(u);
}

}  // namespace marsad::text
