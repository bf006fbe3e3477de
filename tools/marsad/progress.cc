#include "progress.h"

#include <cstdio>
#include <ostream>

namespace marsad::cli {

std::string FormatSeconds(double seconds) {
  char buf[64];
  if (seconds < 60) {
    std::snprintf(buf, sizeof buf, "%.2f s", seconds);
  } else {
    std::snprintf(buf, sizeof buf, "%d min %d s", static_cast<int>(seconds) / 60,
                  static_cast<int>(seconds) % 60);
  }
  return buf;
}

std::string FormatRate(std::uint64_t count, double seconds) {
  const double rate = seconds > 0 ? count / seconds : 0;
  char buf[64];
  if (rate >= 1e6) {
    std::snprintf(buf, sizeof buf, "%.2fM", rate / 1e6);
  } else if (rate >= 1e3) {
    std::snprintf(buf, sizeof buf, "%.0fk", rate / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%.0f", rate);
  }
  return buf;
}

ProgressLine::ProgressLine(std::ostream& out, bool enabled)
    : out_(out), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

void ProgressLine::Update(const std::string& what, const ImportProgress& progress) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  // Redrawing more than a few times a second costs time and flickers.
  if (drawn_ && now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  out_ << "\r\033[K" << what << ": " << progress.quads << " quads, "
       << FormatRate(progress.quads, seconds) << " quads/s";
  if (progress.total_bytes > 0) {
    out_ << ", " << (100 * progress.bytes_read / progress.total_bytes) << '%';
  }
  out_.flush();
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (drawn_) out_ << "\r\033[K";
  drawn_ = false;
}

}  // namespace marsad::cli
