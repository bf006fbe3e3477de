// Shared fixture for store tests: a fresh store per test, and helpers over the id API.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/term_codec.h"
#include "support/test_util.h"

namespace marsad::store {

// The dictionary bytes of `term` (EncodeTerm's output), for tests of the term caches.
inline std::string EncodedTerm(const Term& term) {
  std::string bytes;
  EXPECT_TRUE(EncodeTerm(term, &bytes).ok()) << term.ToNTriples();
  return bytes;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override { Reopen(); }

  static Options FastOptions() {
    Options options;
    options.sync_writes = false;
    return options;
  }

  void Reopen(const Options& options = FastOptions()) {
    store_.reset();
    auto opened = Store::Open(dir_.Sub("db"), options);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    store_ = std::move(opened).value();
  }

  // Ids for IRIs http://t/<name>, created on demand (committed).
  std::vector<TermId> Ids(const std::vector<std::string>& names) {
    std::vector<Term> terms;
    for (const std::string& name : names) terms.push_back(Term::Iri("http://t/" + name));
    auto writer = store_->NewBatchWriter();
    EXPECT_TRUE(writer.ok());
    auto ids = (*writer)->Encode(terms);
    EXPECT_TRUE(ids.ok()) << ids.status().ToString();
    EXPECT_TRUE((*writer)->Commit().ok());
    return *ids;
  }

  std::uint64_t InsertAll(const std::vector<IdQuad>& quads) {
    auto writer = store_->NewBatchWriter();
    EXPECT_TRUE(writer.ok());
    std::uint64_t added = 0;
    for (const IdQuad& q : quads) {
      auto changed = (*writer)->Insert(q);
      EXPECT_TRUE(changed.ok()) << changed.status().ToString();
      added += changed.ok() && *changed ? 1 : 0;
    }
    EXPECT_TRUE((*writer)->Commit().ok());
    return added;
  }

  std::vector<IdQuad> ScanAll(const IdPattern& pattern, std::uint64_t* keys_read = nullptr) {
    std::vector<IdQuad> out;
    auto it = store_->Scan(nullptr, pattern);
    EXPECT_TRUE(it.ok()) << it.status().ToString();
    if (!it.ok()) return out;
    while ((*it)->Next()) out.push_back((*it)->quad());
    EXPECT_TRUE((*it)->status().ok()) << (*it)->status().ToString();
    if (keys_read != nullptr) *keys_read = (*it)->keys_read();
    return out;
  }

  void ExpectStatisticsMatchIndexes() {
    auto counted = store_->CountFromIndexes();
    ASSERT_TRUE(counted.ok()) << counted.status().ToString();
    StoreStatistics kept = store_->GetStatistics();
    EXPECT_EQ(kept.quads, counted->quads);
    EXPECT_EQ(kept.triples, counted->triples);
    EXPECT_EQ(kept.terms, counted->terms);
    EXPECT_EQ(kept.graphs, counted->graphs);
    EXPECT_EQ(kept.predicates, counted->predicates);
  }

  marsad::testing::TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace marsad::store
