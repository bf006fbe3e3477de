#include "compare_common.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <utility>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace marsad::bench::compare {

std::vector<QueryFile> ReadQueryFiles(const std::string& dir, std::string_view extension) {
  std::vector<QueryFile> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != extension) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    files.push_back({entry.path().stem().string(), text.str()});
  }
  std::sort(files.begin(), files.end(), [](const QueryFile& a, const QueryFile& b) {
    return std::make_pair(a.id.size(), a.id) < std::make_pair(b.id.size(), b.id);
  });
  return files;
}

bool WriteRows(const std::string& path, std::vector<std::string> rows) {
  std::sort(rows.begin(), rows.end());
  std::ofstream out(path, std::ios::binary);
  for (const std::string& row : rows) out << row << '\n';
  out.close();
  return static_cast<bool>(out);
}

double Median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::string JsonEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", c);
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

double WallNowMs() {
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

double CpuNowMs() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

void AppendArray(std::ostringstream& json, const std::vector<double>& values) {
  json << '[';
  for (std::size_t i = 0; i < values.size(); ++i) json << (i ? "," : "") << values[i];
  json << ']';
}

}  // namespace

Stopwatch::Stopwatch() : wall_start_ms_(WallNowMs()), cpu_start_ms_(CpuNowMs()) {}
double Stopwatch::WallMs() const { return WallNowMs() - wall_start_ms_; }
double Stopwatch::CpuMs() const { return CpuNowMs() - cpu_start_ms_; }

std::string TimingJson(std::string_view store, std::string_view query, std::size_t rows,
                       const std::vector<double>& runs_ms, const std::vector<double>& cpu_ms) {
  std::ostringstream json;
  json.precision(6);
  json << "{\"store\":\"" << JsonEscape(store) << "\",\"query\":\"" << JsonEscape(query)
       << "\",\"rows\":" << rows << ",\"median_ms\":" << Median(runs_ms)
       << ",\"median_cpu_ms\":" << Median(cpu_ms) << ",\"runs_ms\":";
  AppendArray(json, runs_ms);
  json << ",\"cpu_runs_ms\":";
  AppendArray(json, cpu_ms);
  json << '}';
  return json.str();
}

int DriverMain(int argc, char** argv, const DriverCommands& commands) {
  const std::string mode = argc > 1 ? argv[1] : "";
  std::string db, nt, queries, out, runs = "5";
  const std::pair<std::string_view, std::string*> flags[] = {
      {"--db", &db}, {"--nt", &nt}, {"--queries", &queries}, {"--out", &out}, {"--runs", &runs}};
  bool ok = true;
  for (int i = 2; ok && i < argc; ++i) {
    auto flag = std::find_if(std::begin(flags), std::end(flags),
                             [&](const auto& f) { return f.first == argv[i]; });
    ok = flag != std::end(flags) && i + 1 < argc;
    if (ok) *flag->second = argv[++i];
  }
  if (ok && mode == "load" && !db.empty() && !nt.empty()) return commands.load(db, nt);
  if (ok && mode == "query" && !db.empty() && !queries.empty() && !out.empty()) {
    return commands.query(db, queries, out, std::max(1, std::atoi(runs.c_str())));
  }
  std::fprintf(stderr,
               "usage: %s load --db PATH --nt FILE\n"
               "       %s query --db PATH --queries DIR --out DIR [--runs N]\n",
               commands.program, commands.program);
  return 2;
}

}  // namespace marsad::bench::compare
