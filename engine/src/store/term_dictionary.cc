// Dictionary reads: term -> id (term2id) and id -> term (id2term), batched and cached.
#include <string>
#include <vector>

#include "store/rocksdb_status.h"
#include "store/store_core.h"
#include "store/term_codec.h"

namespace marsad::store {

Status LookupIds(Store::Core& core, const rocksdb::ReadOptions& read, std::span<const Term> terms,
                 std::vector<TermId>* ids, std::vector<std::string>* encoded) {
  ids->assign(terms.size(), kNoTerm);
  encoded->assign(terms.size(), std::string());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (auto inline_id = InlineIdOf(terms[i])) {
      (*ids)[i] = *inline_id;
      continue;
    }
    Status status = EncodeTerm(terms[i], &(*encoded)[i]);
    if (!status.ok()) return status;
    if (auto cached = core.cache.FindId((*encoded)[i])) {
      (*ids)[i] = *cached;
    } else {
      missing.push_back(i);
    }
  }
  if (missing.empty()) return Status();
  std::vector<rocksdb::Slice> keys;
  keys.reserve(missing.size());
  for (std::size_t i : missing) keys.emplace_back((*encoded)[i]);
  std::vector<rocksdb::PinnableSlice> values(missing.size());
  std::vector<rocksdb::Status> statuses(missing.size());
  core.db->MultiGet(read, core.term2id, keys.size(), keys.data(), values.data(), statuses.data());
  for (std::size_t k = 0; k < missing.size(); ++k) {
    std::size_t i = missing[k];
    if (statuses[k].IsNotFound()) continue;
    if (!statuses[k].ok()) return FromRocksDb(statuses[k], "reading the term dictionary");
    auto id = DecodeFixed64(values[k].ToStringView());
    if (!id) {
      return Status(StatusCode::kCorruption,
                    "term2id entry with a bad id for " + terms[i].ToNTriples());
    }
    (*ids)[i] = *id;
    core.cache.Add((*encoded)[i], *id, terms[i]);
  }
  return Status();
}

Status DecodeIds(Store::Core& core, std::span<const TermId> ids, std::vector<Term>* terms) {
  terms->assign(ids.size(), Term());
  std::vector<std::size_t> missing;
  std::vector<std::string> keys_storage;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    TermId id = ids[i];
    if (IsInlineId(id)) {
      auto term = DecodeInlineId(id);
      if (!term) return Status(StatusCode::kCorruption, "bad inline term id " + std::to_string(id));
      (*terms)[i] = std::move(*term);
    } else if (!IsDictionaryId(id)) {
      return Status(StatusCode::kInvalidArgument,
                    "term id " + std::to_string(id) + " does not name a term");
    } else if (auto cached = core.cache.FindTerm(id)) {
      (*terms)[i] = std::move(*cached);
    } else {
      missing.push_back(i);
      keys_storage.push_back(EncodeFixed64(id));
    }
  }
  if (missing.empty()) return Status();
  std::vector<rocksdb::Slice> keys(keys_storage.begin(), keys_storage.end());
  std::vector<rocksdb::PinnableSlice> values(missing.size());
  std::vector<rocksdb::Status> statuses(missing.size());
  core.db->MultiGet(rocksdb::ReadOptions(), core.id2term, keys.size(), keys.data(), values.data(),
                    statuses.data());
  for (std::size_t k = 0; k < missing.size(); ++k) {
    std::size_t i = missing[k];
    if (statuses[k].IsNotFound()) {
      return Status(StatusCode::kNotFound,
                    "term id " + std::to_string(ids[i]) + " is not in the dictionary");
    }
    if (!statuses[k].ok()) return FromRocksDb(statuses[k], "reading the term dictionary");
    auto term = DecodeTerm(values[k].ToStringView());
    if (!term) {
      return Status(StatusCode::kCorruption,
                    "undecodable id2term entry for id " + std::to_string(ids[i]));
    }
    core.cache.Add(std::string(values[k].ToStringView()), ids[i], *term);
    (*terms)[i] = std::move(*term);
  }
  return Status();
}

}  // namespace marsad::store
