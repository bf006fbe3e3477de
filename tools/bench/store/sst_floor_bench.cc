// The floor of a bulk load's SST writing: the sorted keys a bulk load of N default-graph
// triples writes (SPO with its one-byte value, GSPO, POS, GPOS, OSP, GOSP, then id2term and
// term2id for T terms), pushed through rocksdb::SstFileWriter alone with the store's own
// column-family options (read back from the OPTIONS file of a freshly created store: ZSTD at
// the bottommost level, 16 KiB blocks, bloom filters on spo/gspo/term2id/id2term). No parsing,
// no dictionary, no sorting in the timed part: what is left is RocksDB's cost per key.
//
//   store_sst_floor_bench [--triples 1160000] [--terms 0 (= triples / 4)] [--repeat 1]
//                         [--variants store,marsad,zstd1,lz4,nocomp,nocomp-nobloom,par2]
//
// Prints per variant: CPU seconds per million triples on one thread (every file in turn), the
// wall and CPU seconds on two threads (the files split as the bulk loader splits them) and the
// bytes written. Variants change only how the files are written, never what they hold:
//   store           the store's options as they are
//   zstd1           bottommost ZSTD at level 1 instead of the default level 3
//   lz4             LZ4 at the bottommost level as well (bigger files)
//   nocomp          no compression (floor of the builder, bloom filters kept)
//   nocomp-nobloom  no compression, no filters: the per-Put floor of SstFileWriter itself
//   crc32c          block checksums CRC32c instead of the default XXH3
//   par2            ZSTD with CompressionOptions::parallel_threads = 2
//   marsad          the bulk loader's own writer (store/table_file_writer.h) instead of
//                   SstFileWriter, with what it takes from the store's options (Bloom
//                   filters included, ZSTD level 3)
// The keys are synthetic but LUBM-shaped (subjects with ~4 triples each, 18 predicates,
// objects half references to other subjects, half literals), so the compressors see similar
// redundancy; ids are built like the dictionary's (tag byte, then a first-seen counter).
#include <rocksdb/convenience.h>
#include <rocksdb/sst_file_writer.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/options_util.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "marsad/database.h"
#include "store/table_file_writer.h"

namespace {

namespace fs = std::filesystem;
using Id = std::uint64_t;

constexpr int kPayloadBits = 56;
Id MakeId(std::uint8_t tag, Id counter) { return Id{tag} << kPayloadBits | counter; }
constexpr std::uint8_t kIriTag = 1;
constexpr std::uint8_t kLiteralTag = 3;

struct Triple {
  Id s, p, o;
};

double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
double ProcessCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

void Check(const rocksdb::Status& s, const char* what) {
  if (s.ok()) return;
  std::fprintf(stderr, "error %s: %s\n", what, s.ToString().c_str());
  std::exit(1);
}

// The data of one synthetic load: triples in the three orders and the dictionary entries.
struct Data {
  std::vector<Triple> spo, pos, osp;
  std::vector<std::pair<Id, std::string>> by_id;     // id2term order
  std::vector<std::pair<std::string, Id>> by_bytes;  // term2id order
};

Data Generate(std::size_t triples, std::size_t terms) {
  std::mt19937_64 rng(42);
  Data data;
  const std::size_t subjects = std::max<std::size_t>(1, triples / 4);
  const std::size_t literals = terms > subjects + 18 ? terms - subjects - 18 : 1;
  data.by_id.reserve(subjects + 18 + literals);
  Id counter = 1000;
  for (int p = 0; p < 18; ++p) {
    data.by_id.emplace_back(MakeId(kIriTag, counter++),
                            "\x01http://swat.cse.lehigh.edu/onto/univ-bench.owl#property" +
                                std::to_string(p));
  }
  const Id first_subject = counter;
  for (std::size_t i = 0; i < subjects; ++i) {
    data.by_id.emplace_back(MakeId(kIriTag, counter++),
                            "\x01http://www.Department" + std::to_string(i % 15) + ".University" +
                                std::to_string(i / 20000) + ".edu/GraduateStudent" +
                                std::to_string(i % 20000));
  }
  const Id first_literal = counter;
  for (std::size_t i = 0; i < literals; ++i) {
    data.by_id.emplace_back(MakeId(kLiteralTag, counter++),
                            "\x03GraduateStudent" + std::to_string(i) + "@Department" +
                                std::to_string(i % 15) + ".University" + std::to_string(i / 20000) +
                                ".edu");
  }
  data.spo.reserve(triples);
  for (std::size_t i = 0; i < triples; ++i) {
    const Id s = MakeId(kIriTag, first_subject + i / 4);
    const Id p = MakeId(kIriTag, 1000 + rng() % 18);
    const Id o = rng() % 2 == 0 ? MakeId(kIriTag, first_subject + rng() % subjects)
                                : MakeId(kLiteralTag, first_literal + rng() % literals);
    data.spo.push_back({s, p, o});
  }
  auto sort_unique = [](std::vector<Triple>* v, auto key) {
    std::sort(v->begin(), v->end(), [&](const Triple& a, const Triple& b) { return key(a) < key(b); });
    v->erase(std::unique(v->begin(), v->end(),
                         [&](const Triple& a, const Triple& b) { return key(a) == key(b); }),
             v->end());
  };
  sort_unique(&data.spo, [](const Triple& t) { return std::tie(t.s, t.p, t.o); });
  data.pos = data.spo;
  sort_unique(&data.pos, [](const Triple& t) { return std::tie(t.p, t.o, t.s); });
  data.osp = data.spo;
  sort_unique(&data.osp, [](const Triple& t) { return std::tie(t.o, t.s, t.p); });
  for (const auto& [id, bytes] : data.by_id) data.by_bytes.emplace_back(bytes, id);
  std::sort(data.by_bytes.begin(), data.by_bytes.end());
  return data;
}

void PutId(Id id, char* out) {
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(id >> (8 * (7 - i)));
}

// Adds one key/value pair to the file being written.
using Put = std::function<void(std::string_view key, std::string_view value)>;

// One SST file: which column family's options, and how to produce its keys in order.
struct FileJob {
  std::string cf;
  std::function<void(const Put&)> write;
  std::size_t entries = 0;
};

// The eight files; `a` / `b` are the bulk loader's two threads (bulk_loader.cc).
std::vector<FileJob> Jobs(const Data& data, std::vector<int>* thread_of) {
  auto triple_job = [](const std::vector<Triple>* v, std::array<int, 3> order, bool graph,
                       bool value) {
    return [=](const Put& put) {
      char key[32];
      const std::string one(1, '\x01');  // EncodeTripleValue({0, in_default = true})
      for (const Triple& t : *v) {
        const Id parts[3] = {t.s, t.p, t.o};
        char* at = key;
        if (graph) {
          PutId(0, at);
          at += 8;
        }
        for (int c : order) {
          PutId(parts[c], at);
          at += 8;
        }
        put(std::string_view(key, at - key), value ? std::string_view(one) : std::string_view());
      }
    };
  };
  std::vector<FileJob> jobs = {
      {"spo", triple_job(&data.spo, {0, 1, 2}, false, true), data.spo.size()},
      {"gspo", triple_job(&data.spo, {0, 1, 2}, true, false), data.spo.size()},
      {"pos", triple_job(&data.pos, {1, 2, 0}, false, false), data.pos.size()},
      {"gpos", triple_job(&data.pos, {1, 2, 0}, true, false), data.pos.size()},
      {"osp", triple_job(&data.osp, {2, 0, 1}, false, false), data.osp.size()},
      {"gosp", triple_job(&data.osp, {2, 0, 1}, true, false), data.osp.size()},
      {"id2term",
       [&data](const Put& put) {
         char key[8];
         for (const auto& [id, bytes] : data.by_id) {
           PutId(id, key);
           put(std::string_view(key, 8), bytes);
         }
       },
       data.by_id.size()},
      {"term2id",
       [&data](const Put& put) {
         char value[8];
         for (const auto& [bytes, id] : data.by_bytes) {
           PutId(id, value);
           put(bytes, std::string_view(value, 8));
         }
       },
       data.by_bytes.size()},
  };
  *thread_of = {1, 1, 0, 0, 0, 0, 1, 1};
  return jobs;
}

// The store's column-family options, read back from a freshly created store's OPTIONS file.
std::map<std::string, rocksdb::Options> StoreOptions(const std::string& dir) {
  fs::remove_all(dir);
  {
    auto db = marsad::Database::Open(dir, marsad::Options());
    if (!db.ok()) {
      std::fprintf(stderr, "error: %s\n", db.status().ToString().c_str());
      std::exit(1);
    }
  }
  rocksdb::ConfigOptions config;
  rocksdb::DBOptions db_options;
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  Check(rocksdb::LoadLatestOptions(config, dir, &db_options, &cfs), "loading the OPTIONS file");
  std::map<std::string, rocksdb::Options> out;
  for (const auto& cf : cfs) out[cf.name] = rocksdb::Options(db_options, cf.options);
  fs::remove_all(dir);
  return out;
}

rocksdb::BlockBasedTableOptions* TableOptions(rocksdb::Options& o) {
  return o.table_factory->GetOptions<rocksdb::BlockBasedTableOptions>();
}

// Applies a variant to a copy of the options; false for an unknown name.
bool ApplyVariant(const std::string& variant, rocksdb::Options* o) {
  if (variant == "store" || variant == "marsad") return true;
  if (variant == "zstd1") {
    o->bottommost_compression_opts = o->compression_opts;
    o->bottommost_compression_opts.level = 1;
    o->bottommost_compression_opts.enabled = true;
    return true;
  }
  if (variant == "lz4") {
    o->bottommost_compression = rocksdb::kLZ4Compression;
    return true;
  }
  if (variant == "nocomp" || variant == "nocomp-nobloom") {
    o->bottommost_compression = rocksdb::kNoCompression;
    o->compression = rocksdb::kNoCompression;
    if (variant == "nocomp-nobloom") {
      rocksdb::BlockBasedTableOptions table = *TableOptions(*o);
      table.filter_policy.reset();
      o->table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    }
    return true;
  }
  if (variant == "crc32c") {
    rocksdb::BlockBasedTableOptions table = *TableOptions(*o);
    table.checksum = rocksdb::kCRC32c;
    o->table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    return true;
  }
  if (variant == "par2") {
    o->bottommost_compression_opts = o->compression_opts;
    o->bottommost_compression_opts.parallel_threads = 2;
    o->bottommost_compression_opts.enabled = true;
    return true;
  }
  return false;
}

struct JobResult {
  double cpu = 0;
  std::uint64_t bytes = 0;
};

// The bulk loader's writer, set up as store/bulk_sst.cc sets it up for a column family.
JobResult RunTableFileWriter(const FileJob& job, rocksdb::Options& options,
                             const std::string& file) {
  JobResult result;
  const double start = ThreadCpuSeconds();
  marsad::store::TableFileOptions table;
  if (const auto* t = TableOptions(options)) {
    table.block_size = t->block_size;
    table.restart_interval = t->block_restart_interval;
    table.index_restart_interval = t->index_block_restart_interval;
  }
  table.compress = options.bottommost_compression == rocksdb::kZSTD;
  if (const auto* t = TableOptions(options); t != nullptr && t->filter_policy != nullptr) {
    table.bloom_bits_per_key = 10;  // the store's kBloomBitsPerKey
    table.expected_entries = job.entries;
  }
  marsad::store::TableFileWriter writer(table);
  if (marsad::Status s = writer.Open(rocksdb::Env::Default(), file); !s.ok()) {
    std::fprintf(stderr, "error: %s\n", s.ToString().c_str());
    std::exit(1);
  }
  job.write([&writer](std::string_view key, std::string_view value) { writer.Add(key, value); });
  if (marsad::Status s = writer.Finish(); !s.ok()) {
    std::fprintf(stderr, "error: %s\n", s.ToString().c_str());
    std::exit(1);
  }
  result.cpu = ThreadCpuSeconds() - start;
  result.bytes = fs::file_size(file);
  fs::remove(file);
  return result;
}

JobResult RunJob(const std::string& variant, const FileJob& job, rocksdb::Options options,
                 const std::string& file) {
  if (variant == "marsad") return RunTableFileWriter(job, options, file);
  JobResult result;
  const double start = ThreadCpuSeconds();
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, nullptr,
                                /*invalidate_page_cache=*/false);
  Check(writer.Open(file), "open");
  job.write([&writer](std::string_view key, std::string_view value) {
    Check(writer.Put(rocksdb::Slice(key), rocksdb::Slice(value)), "put");
  });
  rocksdb::ExternalSstFileInfo info;
  Check(writer.Finish(&info), "finish");
  result.cpu = ThreadCpuSeconds() - start;
  result.bytes = info.file_size;
  fs::remove(file);
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t triples = 1160000;
  std::size_t terms = 0;
  int repeat = 1;
  std::string variants = "store,marsad,zstd1,lz4,nocomp,nocomp-nobloom,crc32c,par2";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--triples") triples = std::strtoull(argv[i + 1], nullptr, 10);
    if (arg == "--terms") terms = std::strtoull(argv[i + 1], nullptr, 10);
    if (arg == "--repeat") repeat = std::atoi(argv[i + 1]);
    if (arg == "--variants") variants = argv[i + 1];
  }
  if (terms == 0) terms = triples / 4;
  const std::string dir = (fs::temp_directory_path() / "marsad-sst-floor").string();
  std::map<std::string, rocksdb::Options> options = StoreOptions(dir);
  const Data data = Generate(triples, terms);
  std::vector<int> thread_of;
  const std::vector<FileJob> jobs = Jobs(data, &thread_of);
  fs::create_directories(dir);
  std::printf("%zu distinct triples, %zu terms: %zu index keys + %zu dictionary keys\n",
              data.spo.size(), data.by_id.size(), 6 * data.spo.size(), 2 * data.by_id.size());
  const double mtriples = double(data.spo.size()) / 1e6;
  std::stringstream list(variants);
  for (std::string variant; std::getline(list, variant, ',');) {
    for (int r = 0; r < repeat; ++r) {
      // One thread: every file in turn.
      std::map<std::string, JobResult> one;
      double cpu_one = 0;
      std::uint64_t bytes = 0;
      for (const FileJob& job : jobs) {
        rocksdb::Options o = options.at(job.cf);
        if (!ApplyVariant(variant, &o)) {
          std::fprintf(stderr, "unknown variant %s\n", variant.c_str());
          return 2;
        }
        one[job.cf] = RunJob(variant, job, o, dir + "/" + job.cf + ".sst");
        cpu_one += one[job.cf].cpu;
        bytes += one[job.cf].bytes;
      }
      // Two threads, split as the bulk loader splits the files.
      const double cpu_start = ProcessCpuSeconds();
      const auto wall_start = std::chrono::steady_clock::now();
      std::array<double, 2> thread_cpu{};
      auto run_thread = [&](int t) {
        for (std::size_t j = 0; j < jobs.size(); ++j) {
          if (thread_of[j] != t) continue;
          rocksdb::Options o = options.at(jobs[j].cf);
          ApplyVariant(variant, &o);
          thread_cpu[t] += RunJob(variant, jobs[j], o, dir + "/t_" + jobs[j].cf + ".sst").cpu;
        }
      };
      std::thread second(run_thread, 0);
      run_thread(1);
      second.join();
      const double wall_two =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start).count();
      const double cpu_two = ProcessCpuSeconds() - cpu_start;
      std::printf(
          "%-15s 1 thread: %.2f CPU s = %.2f CPU s per M triples; 2 threads: %.2f s wall, "
          "%.2f CPU s (threads %.2f / %.2f); %.1f MB (%.1f B/triple)\n",
          variant.c_str(), cpu_one, cpu_one / mtriples, wall_two, cpu_two, thread_cpu[0],
          thread_cpu[1], double(bytes) / 1e6, double(bytes) / double(data.spo.size()));
      std::printf("   per file CPU s:");
      for (const FileJob& job : jobs) std::printf(" %s %.3f", job.cf.c_str(), one[job.cf].cpu);
      std::printf("\n");
    }
  }
  fs::remove_all(dir);
  return 0;
}
