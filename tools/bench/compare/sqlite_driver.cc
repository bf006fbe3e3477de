// marsad-compare-sqlite: the SQLite side of the comparison benchmark, through the SQLite C API
// so that query times are measured inside one process like the other stores'.
//
//   marsad-compare-sqlite load  --db FILE --nt FILE
//   marsad-compare-sqlite query --db FILE --queries DIR --out DIR [--runs N]
//
// Schema (dictionary-encoded, as a user would build a triple store on SQLite):
//   terms(id INTEGER PRIMARY KEY, value TEXT UNIQUE)  -- value: the term in N-Triples syntax
//   triples(s, p, o) WITHOUT ROWID, primary key (s,p,o), indexes (p,o,s) and (o,s,p).
// load: parses FILE (Marsad's N-Triples reader, so both stores parse at the same speed),
// assigns ids in first-seen order, inserts terms, then the triples in (s,p,o) order (appends
// to the primary-key B-tree), builds the value and pos/osp indexes and runs ANALYZE so the
// planner has statistics; all of that is the timed load. Journal and fsync are off, as for a
// bulk load. query: prepares and steps each *.sql to the end, reading every column as text.
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "compare_common.h"
#include "io/rdf_reader.h"

namespace compare = marsad::bench::compare;

namespace {

int Fail(const std::string& what, const std::string& message) {
  std::fprintf(stderr, "marsad-compare-sqlite: %s: %s\n", what.c_str(), message.c_str());
  return 1;
}

bool Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) == SQLITE_OK) return true;
  Fail(sql, error != nullptr ? error : "failed");
  sqlite3_free(error);
  return false;
}

class Loader {
 public:
  explicit Loader(sqlite3* db) : db_(db) {}
  ~Loader() { sqlite3_finalize(insert_term_); }

  bool Prepare() {
    return sqlite3_prepare_v2(db_, "INSERT INTO terms(id, value) VALUES (?, ?)", -1, &insert_term_,
                              nullptr) == SQLITE_OK;
  }

  // Dictionary-encodes the quad's terms (inserting new ones) and keeps the id triple.
  bool Add(const marsad::Quad& quad) {
    std::array<sqlite3_int64, 3> ids{};
    const marsad::Term* terms[] = {&quad.subject, &quad.predicate, &quad.object};
    for (int i = 0; i < 3; ++i) {
      auto [it, inserted] = ids_.try_emplace(terms[i]->ToNTriples(), ids_.size() + 1);
      if (inserted) {
        sqlite3_bind_int64(insert_term_, 1, it->second);
        sqlite3_bind_text(insert_term_, 2, it->first.data(), static_cast<int>(it->first.size()),
                          SQLITE_STATIC);
        if (sqlite3_step(insert_term_) != SQLITE_DONE) return false;
        sqlite3_reset(insert_term_);
      }
      ids[i] = it->second;
    }
    triples_.push_back(ids);
    return true;
  }

  bool InsertTriples() {
    std::sort(triples_.begin(), triples_.end());
    triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db_, "INSERT INTO triples(s, p, o) VALUES (?, ?, ?)", -1, &insert,
                           nullptr) != SQLITE_OK) {
      return false;
    }
    bool ok = true;
    for (const auto& t : triples_) {
      for (int i = 0; i < 3; ++i) sqlite3_bind_int64(insert, i + 1, t[i]);
      ok = ok && sqlite3_step(insert) == SQLITE_DONE;
      sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    return ok;
  }

  std::size_t triples() const { return triples_.size(); }

 private:
  sqlite3* db_;
  sqlite3_stmt* insert_term_ = nullptr;
  std::unordered_map<std::string, sqlite3_int64> ids_;
  std::vector<std::array<sqlite3_int64, 3>> triples_;
};

int Load(const std::string& db_path, const std::string& nt_path) {
  std::ifstream in(nt_path, std::ios::binary);
  if (!in) return Fail(nt_path, "cannot read");
  std::filesystem::remove(db_path);
  const compare::Stopwatch load;
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) return Fail(db_path, sqlite3_errmsg(db));
  int rc = 1;
  Loader loader(db);
  if (Exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-524288;"
               "PRAGMA temp_store=MEMORY; PRAGMA locking_mode=EXCLUSIVE;"
               "CREATE TABLE terms(id INTEGER PRIMARY KEY, value TEXT NOT NULL);"
               "CREATE TABLE triples(s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL,"
               " PRIMARY KEY (s, p, o)) WITHOUT ROWID; BEGIN") &&
      loader.Prepare()) {
    marsad::io::ReaderOptions options;
    options.source_name = nt_path;
    const marsad::Status read = marsad::io::ReadRdf(in, options, [&](marsad::Quad& quad) {
      return loader.Add(quad) ? marsad::Status()
                              : marsad::Status(marsad::StatusCode::kIOError, sqlite3_errmsg(db));
    });
    if (!read.ok()) {
      Fail(nt_path, read.ToString());
    } else if (!loader.InsertTriples()) {
      Fail("insert triples", sqlite3_errmsg(db));
    } else if (Exec(db, "CREATE UNIQUE INDEX terms_value ON terms(value);"
                        "CREATE INDEX triples_pos ON triples(p, o, s);"
                        "CREATE INDEX triples_osp ON triples(o, s, p); COMMIT; ANALYZE")) {
      rc = 0;
    }
  }
  sqlite3_close(db);
  if (rc == 0) {
    std::printf("{\"store\":\"sqlite\",\"triples\":%zu,\"load_s\":%.4f,\"load_cpu_s\":%.4f}\n",
                loader.triples(), load.WallMs() / 1e3, load.CpuMs() / 1e3);
  }
  return rc;
}

// Prepares and steps `sql` to the end; appends the rows in normal form when `rows` is given.
bool RunQuery(sqlite3* db, const std::string& sql, std::vector<std::string>* rows,
              std::size_t* count) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) return false;
  const int columns = sqlite3_column_count(statement);
  int step;
  *count = 0;
  std::string line;
  while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
    ++*count;
    line.clear();
    for (int c = 0; c < columns; ++c) {
      const unsigned char* text = sqlite3_column_text(statement, c);  // NULL -> unbound
      if (c > 0) line += '\t';
      if (text != nullptr) line += reinterpret_cast<const char*>(text);
    }
    if (rows != nullptr) rows->push_back(line);
  }
  sqlite3_finalize(statement);
  return step == SQLITE_DONE;
}

int Query(const std::string& db_path, const std::string& query_dir, const std::string& out_dir,
          int runs) {
  const auto queries = compare::ReadQueryFiles(query_dir, ".sql");
  if (queries.empty()) return Fail(query_dir, "no .sql files");
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    return Fail(db_path, sqlite3_errmsg(db));
  }
  Exec(db, "PRAGMA cache_size=-524288");
  for (const auto& query : queries) {
    std::vector<std::string> rows;
    std::size_t count = 0;
    if (!RunQuery(db, query.text, &rows, &count)) {
      const std::string message = sqlite3_errmsg(db);
      sqlite3_close(db);
      return Fail(query.id, message);
    }
    if (!compare::WriteRows(out_dir + "/" + query.id + ".tsv", std::move(rows))) {
      sqlite3_close(db);
      return Fail(out_dir, "cannot write rows");
    }
    std::vector<double> wall_ms, cpu_ms;
    for (int r = 0; r < runs; ++r) {
      const compare::Stopwatch watch;
      std::size_t again = 0;
      RunQuery(db, query.text, nullptr, &again);
      wall_ms.push_back(watch.WallMs());
      cpu_ms.push_back(watch.CpuMs());
    }
    std::printf("%s\n", compare::TimingJson("sqlite", query.id, count, wall_ms, cpu_ms).c_str());
    std::fflush(stdout);
  }
  sqlite3_close(db);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  return compare::DriverMain(argc, argv, {"marsad-compare-sqlite", Load, Query});
}
