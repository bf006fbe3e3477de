// Batched decoding of query results: ExecContext::DecodeBatch agrees with Decode id by id,
// and results pulled through the cursor in batches keep every row, the max_rows contract,
// cancellation and the fresh blank nodes of CONSTRUCT.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "marsad/database.h"
#include "query/exec/context.h"
#include "store/store.h"
#include "support/test_util.h"

namespace marsad::query {
namespace {

using ::testing::HasSubstr;

// --- ExecContext ---------------------------------------------------------------------------

class DecodeBatchContextTest : public ::testing::Test {
 protected:
  virtual Options StoreOptions() const { return Options(); }

  void SetUp() override {
    auto store = store::Store::Open(dir_.Sub("db"), StoreOptions());
    ASSERT_OK(store);
    store_ = std::move(*store);
    for (int i = 0; i < 100; ++i) {
      stored_.push_back(Term::Iri("http://ex/item/" + std::to_string(i)));
      stored_.push_back(Term::LangLiteral("a label long enough for the dictionary " +
                                              std::to_string(i),
                                          "ar"));
    }
    auto writer = store_->NewBatchWriter();
    ASSERT_OK(writer);
    auto ids = (*writer)->Encode(stored_);
    ASSERT_OK(ids);
    ASSERT_OK((*writer)->Commit());
    stored_ids_ = *ids;
  }

  exec::ExecContext NewContext() { return exec::ExecContext(store_.get(), store_->GetSnapshot()); }

  // Puts in ids_ one id of every kind a batch can hold (kNoTerm, two local ids, three inline
  // ones, the dictionary ids in reverse order, each twice with an unbound slot between),
  // interned alike in two fresh contexts, one_by_one_ and batched_; then checks that one
  // DecodeBatch of them in batched_ (into terms_) gives what Decode gives id by id.
  void DecodeEveryKindOfId() {
    one_by_one_ = std::make_unique<exec::ExecContext>(store_.get(), store_->GetSnapshot());
    batched_ = std::make_unique<exec::ExecContext>(store_.get(), store_->GetSnapshot());
    exec::ExecContext& one_by_one = *one_by_one_;
    exec::ExecContext& batched = *batched_;
    // The same never-stored terms get local ids, interned in the same order in both contexts.
    const std::vector<Term> fresh = {Term::Literal("computed by BIND, not in the store"),
                                     Term::Iri("http://ex/not-stored")};
    std::vector<store::TermId>& ids = ids_;
    ids = {exec::kNoTerm};
    for (const Term& t : fresh) {
      ids.push_back(one_by_one.Intern(t));
      ASSERT_EQ(batched.Intern(t), ids.back());
      ASSERT_EQ(static_cast<std::uint8_t>(store::TagOf(ids.back())), exec::kLocalTag);
    }
    for (const Term& t : {Term::Integer(-42), Term::Literal("short"), Term::Boolean(true)}) {
      ids.push_back(one_by_one.Intern(t));  // inline ids
      ASSERT_TRUE(store::IsInlineId(ids.back()));
    }
    // Dictionary ids in reverse order, each twice, with unbound slots between them.
    for (auto it = stored_ids_.rbegin(); it != stored_ids_.rend(); ++it) {
      ids.insert(ids.end(), {*it, exec::kNoTerm, *it});
    }
    std::vector<const Term*>& terms = terms_;
    ASSERT_TRUE(batched.DecodeBatch(ids, &terms));
    ASSERT_EQ(terms.size(), ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i) {
      SCOPED_TRACE(i);
      const Term* expected = one_by_one.Decode(ids[i]);
      ASSERT_TRUE(one_by_one.ok()) << one_by_one.status().ToString();
      if (expected == nullptr) {
        EXPECT_EQ(terms[i], nullptr);
        continue;
      }
      ASSERT_NE(terms[i], nullptr);
      EXPECT_EQ(*terms[i], *expected);
    }
  }

  testing::TempDir dir_;
  std::unique_ptr<store::Store> store_;
  std::vector<Term> stored_;
  std::vector<store::TermId> stored_ids_;
  std::unique_ptr<exec::ExecContext> one_by_one_;
  std::unique_ptr<exec::ExecContext> batched_;
  std::vector<store::TermId> ids_;
  std::vector<const Term*> terms_;
};

TEST_F(DecodeBatchContextTest, BatchGivesTheTermsDecodeGivesForEveryKindOfId) {
  DecodeEveryKindOfId();
  if (HasFailure()) return;
  EXPECT_EQ(*terms_.back(), stored_.front());
  // With the store's shared term cache, a batch this large (203 store ids) is decoded by the
  // store alone, every time: the query's table stays empty and the terms stay right.
  EXPECT_EQ(batched_->decoded_terms(), 0u);
  std::vector<const Term*> again;
  ASSERT_TRUE(batched_->DecodeBatch(ids_, &again));
  EXPECT_EQ(batched_->decoded_terms(), 0u);
  for (std::size_t i = 0; i < ids_.size(); ++i) {
    if (terms_[i] == nullptr) {
      EXPECT_EQ(again[i], nullptr) << i;
    } else {
      ASSERT_NE(again[i], nullptr) << i;
      EXPECT_EQ(*again[i], *one_by_one_->Decode(ids_[i])) << i;
    }
  }
}

// Without a shared cache the query's own table answers repeated ids, behind an admission
// filter for large batches.
class DecodeBatchWithoutSharedCacheTest : public DecodeBatchContextTest {
 protected:
  Options StoreOptions() const override {
    Options options;
    options.term_cache_bytes = 0;
    return options;
  }
};

TEST_F(DecodeBatchWithoutSharedCacheTest, LargeBatchesAdmitAnIdOnItsSecondFetch) {
  ASSERT_FALSE(store_->caches_terms());
  DecodeEveryKindOfId();
  if (HasFailure()) return;
  // A batch this large (203 store ids) keeps its terms out of the query's table the first
  // time; the second fetch admits each id once, however often the batch names it, and from
  // then on the batch and Decode are table hits giving the same term object.
  EXPECT_EQ(batched_->decoded_terms(), 0u);
  ASSERT_TRUE(batched_->DecodeBatch(ids_, &terms_));
  EXPECT_EQ(batched_->decoded_terms(), stored_ids_.size() + 3);
  std::vector<const Term*> again;
  ASSERT_TRUE(batched_->DecodeBatch(ids_, &again));
  EXPECT_EQ(again, terms_);
  for (std::size_t i = 0; i < ids_.size(); ++i) {
    if (terms_[i] != nullptr && store::IsDictionaryId(ids_[i])) {
      EXPECT_EQ(batched_->Decode(ids_[i]), terms_[i]) << i;
    }
  }
}

TEST_F(DecodeBatchContextTest, SmallBatchesKeepTheirTermsAtOnce) {
  exec::ExecContext ctx = NewContext();
  const std::vector<store::TermId> ids(stored_ids_.begin(), stored_ids_.begin() + 40);
  std::vector<const Term*> terms;
  ASSERT_TRUE(ctx.DecodeBatch(ids, &terms));
  EXPECT_EQ(ctx.decoded_terms(), ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_NE(terms[i], nullptr);
    EXPECT_EQ(*terms[i], stored_[i]);
    EXPECT_EQ(ctx.Decode(ids[i]), terms[i]);
  }
}

TEST_F(DecodeBatchContextTest, LargeBatchPointersStayValidUntilTheNextCall) {
  exec::ExecContext ctx = NewContext();
  std::vector<const Term*> first;
  ASSERT_TRUE(ctx.DecodeBatch(stored_ids_, &first));
  std::vector<Term> copies;
  for (const Term* t : first) copies.push_back(*t);
  EXPECT_EQ(copies, stored_);
  // A second, different batch reuses the first one's storage; its own terms are right.
  std::vector<store::TermId> reversed(stored_ids_.rbegin(), stored_ids_.rend());
  std::vector<const Term*> second;
  ASSERT_TRUE(ctx.DecodeBatch(reversed, &second));
  for (std::size_t i = 0; i < reversed.size(); ++i) {
    EXPECT_EQ(*second[i], stored_[stored_.size() - 1 - i]) << i;
  }
}

TEST_F(DecodeBatchContextTest, UnknownDictionaryIdFailsTheBatchWithItsStatus) {
  exec::ExecContext ctx = NewContext();
  const store::TermId unknown = store::MakeId(store::IdTag::kIri, 1u << 30);
  std::vector<store::TermId> ids = stored_ids_;
  ids.push_back(unknown);
  EXPECT_FALSE(ctx.DecodeBatch(ids));
  EXPECT_STATUS(ctx.status(), StatusCode::kNotFound, HasSubstr(std::to_string(unknown)));
}

TEST(TermTableTest, AddressesStayPutWhileTheTableGrows) {
  exec::TermTable table;
  const Term* first = table.Insert(store::MakeId(store::IdTag::kIri, 1), Term::Iri("http://a"));
  for (store::TermId payload = 2; payload < 5000; ++payload) {
    table.Insert(store::MakeId(store::IdTag::kIri, payload),
                 Term::Iri("http://a/" + std::to_string(payload)));
  }
  EXPECT_EQ(table.Find(store::MakeId(store::IdTag::kIri, 1)), first);
  EXPECT_EQ(first->value(), "http://a");
  for (store::TermId payload = 1; payload < 5000; payload += 499) {
    const Term* t = table.Find(store::MakeId(store::IdTag::kIri, payload));
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->value(), payload == 1 ? "http://a" : "http://a/" + std::to_string(payload));
  }
  EXPECT_EQ(table.Find(store::MakeId(store::IdTag::kLiteral, 1)), nullptr);
  EXPECT_EQ(table.size(), 4999u);
  EXPECT_GT(table.bytes(), 4999 * sizeof(Term));
}

TEST(TermTableTest, ClearEmptiesTheTableAndItsByteCount) {
  exec::TermTable table;
  EXPECT_EQ(table.Find(7), nullptr);  // empty, never allocated
  table.Insert(7, Term::Literal("seven"));
  ASSERT_NE(table.Find(7), nullptr);
  table.Clear();
  EXPECT_EQ(table.Find(7), nullptr);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.bytes(), 0u);
  EXPECT_EQ(table.Insert(7, Term::Literal("again"))->value(), "again");
}

// --- Cursor over a database ----------------------------------------------------------------

constexpr int kItems = 4000;  // several full batches

class DecodeBatchQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = Database::Open(dir_.Sub("db"));
    ASSERT_OK(db);
    db_ = std::move(*db);
    std::vector<Quad> quads;
    for (int i = 0; i < kItems; ++i) {
      const Term item = Term::Iri("http://ex/i" + std::to_string(i));
      quads.push_back({item, Term::Iri("http://ex/value"), Term::Integer(i), {}});
      quads.push_back({item, Term::Iri("http://ex/label"), Label(i), {}});
      if (i % 3 == 0) quads.push_back({item, Term::Iri("http://ex/tag"), Tag(i), {}});
    }
    ASSERT_OK(db_->Insert(quads));
  }

  static Term Label(int i) { return Term::Literal("label number " + std::to_string(i)); }
  static Term Tag(int i) { return Term::Literal("t" + std::to_string(i % 7)); }  // inline

  // Every row of `query`, and the final status.
  std::pair<std::vector<std::vector<Term>>, Status> Rows(const std::string& query,
                                                         const QueryOptions& options = {},
                                                         CancelToken* cancel = nullptr,
                                                         std::size_t cancel_after = 0) {
    std::vector<std::vector<Term>> rows;
    auto result = db_->Query("PREFIX ex: <http://ex/> " + query, options, cancel);
    if (!result.ok()) return {rows, result.status()};
    while ((*result)->Next()) {
      rows.emplace_back((*result)->row().begin(), (*result)->row().end());
      if (cancel != nullptr && rows.size() == cancel_after) cancel->Cancel();
    }
    return {rows, (*result)->status()};
  }

  testing::TempDir dir_;
  std::unique_ptr<Database> db_;
};

// Inline ids (?v, ?t), dictionary ids (?i, ?l), local ids from BIND (?c) and unbound slots
// (?t where the OPTIONAL does not match), over more rows than the largest batch.
constexpr const char* kMixedQuery =
    "SELECT ?i ?v ?l ?t ?c WHERE { ?i ex:value ?v ; ex:label ?l . OPTIONAL { ?i ex:tag ?t } "
    "BIND(CONCAT(?l, \"!\") AS ?c) }";

std::vector<Term> ExpectedRow(int i) {
  return {Term::Iri("http://ex/i" + std::to_string(i)), Term::Integer(i),
          Term::Literal("label number " + std::to_string(i)),
          i % 3 == 0 ? Term::Literal("t" + std::to_string(i % 7)) : Term(),
          Term::Literal("label number " + std::to_string(i) + "!")};
}

TEST_F(DecodeBatchQueryTest, BatchedRowsEqualTheRowsOfTheData) {
  for (const std::string suffix : {"", " ORDER BY ?v"}) {
    SCOPED_TRACE(suffix);
    auto [rows, status] = Rows(kMixedQuery + suffix);
    ASSERT_OK(status);
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(kItems));
    if (suffix.empty()) {
      std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return std::stoi(a[1].value()) < std::stoi(b[1].value());
      });
    }
    for (int i = 0; i < kItems; ++i) ASSERT_EQ(rows[i], ExpectedRow(i)) << "row " << i;
  }
}

TEST_F(DecodeBatchQueryTest, MaxRowsHoldsAcrossBatchBoundaries) {
  struct Case {
    std::uint64_t max_rows;
    std::size_t rows;
    bool exceeded;
  };
  const Case kCases[] = {{1, 1, true},           {16, 16, true},         {17, 17, true},
                         {1000, 1000, true},     {kItems - 1, kItems - 1, true},
                         {kItems, kItems, false}, {kItems + 1, kItems, false}};
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.max_rows);
    QueryOptions options;
    options.max_rows = c.max_rows;
    auto [rows, status] = Rows("SELECT ?i ?l WHERE { ?i ex:label ?l }", options);
    EXPECT_EQ(rows.size(), c.rows);
    if (c.exceeded) {
      EXPECT_STATUS(status, StatusCode::kResourceExhausted,
                    HasSubstr("more than " + std::to_string(c.max_rows) + " rows"));
    } else {
      EXPECT_OK(status);
    }
  }
}

TEST_F(DecodeBatchQueryTest, CancellingMidResultEndsWithCancelled) {
  CancelToken cancel;
  auto [rows, status] = Rows(kMixedQuery, {}, &cancel, /*cancel_after=*/100);
  EXPECT_STATUS(status, StatusCode::kCancelled, HasSubstr("cancelled"));
  EXPECT_GE(rows.size(), 100u);
  EXPECT_LT(rows.size(), static_cast<std::size_t>(kItems));
  for (const auto& row : rows) {  // the rows delivered before the error are whole and right
    ASSERT_EQ(row, ExpectedRow(std::stoi(row[1].value())));
  }
}

TEST_F(DecodeBatchQueryTest, ConstructBlankNodesStayFreshPerSolutionAcrossBatches) {
  auto result = db_->Query(
      "PREFIX ex: <http://ex/> CONSTRUCT { _:b ex:of ?i ; ex:says ?l } WHERE { ?i ex:label ?l }");
  ASSERT_OK(result);
  std::set<std::string> blanks;
  std::set<std::string> items;
  std::size_t quads = 0;
  while ((*result)->Next()) {
    const auto row = (*result)->row();
    ++quads;
    ASSERT_TRUE(row[0].is_blank());
    blanks.insert(row[0].value());
    if (row[1].value() == "http://ex/of") items.insert(row[2].value());
  }
  ASSERT_OK((*result)->status());
  EXPECT_EQ(quads, 2u * kItems);
  EXPECT_EQ(blanks.size(), static_cast<std::size_t>(kItems));
  EXPECT_EQ(items.size(), static_cast<std::size_t>(kItems));
}

}  // namespace
}  // namespace marsad::query
