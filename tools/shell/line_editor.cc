#include "tools/shell/line_editor.h"

#include <histedit.h>
#include <langinfo.h>

#include <cerrno>
#include <cstdio>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "text/utf8.h"

namespace marsad::shell {
namespace {

constexpr int kHistorySize = 2000;
// Candidates listed under the line at most; the rest are counted.
constexpr std::size_t kMaxListed = 60;

void ListCandidates(const std::vector<std::string>& candidates) {
  std::fputc('\n', stdout);
  for (std::size_t i = 0; i < candidates.size() && i < kMaxListed; ++i) {
    std::fprintf(stdout, "%s%s", candidates[i].c_str(), i + 1 < candidates.size() ? "  " : "");
  }
  if (candidates.size() > kMaxListed) {
    std::fprintf(stdout, "\xE2\x80\xA6 %zu more", candidates.size() - kMaxListed);
  }
  std::fputc('\n', stdout);
  std::fflush(stdout);
}

bool CharacterLocaleIsUtf8() {
  const char* codeset = nl_langinfo(CODESET);
  return codeset != nullptr &&
         (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
}

// libedit decodes keystrokes with mbrtowc(), which follows the LC_CTYPE locale. A program
// starts in the "C" locale, where every byte of a UTF-8 Arabic letter is an invalid sequence
// that libedit silently drops: typed Arabic never reached the statement. Take the user's
// locale, and fall back to a UTF-8 one when it is not UTF-8 (the shell reads and prints UTF-8
// whatever the environment says). Only LC_CTYPE changes: number formatting stays "C".
void UseUtf8CharacterLocale() {
  if (std::setlocale(LC_CTYPE, "") != nullptr && CharacterLocaleIsUtf8()) return;
  for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
    if (std::setlocale(LC_CTYPE, name) != nullptr && CharacterLocaleIsUtf8()) return;
  }
}

}  // namespace

std::string DefaultHistoryPath() {
  if (const char* data = std::getenv("XDG_DATA_HOME"); data != nullptr && *data != '\0') {
    return std::string(data) + "/marsad/history";
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    return std::string(home) + "/.local/share/marsad/history";
  }
  return "";
}

struct LineEditor::Impl {
  EditLine* editor = nullptr;
  History* history = nullptr;
  HistEvent event;
  Completer* completer = nullptr;
  std::function<bool()> statement_pending;
  std::string history_path;
  std::string prompt;

  static char* Prompt(EditLine* el) { return const_cast<char*>(Self(el)->prompt.c_str()); }

  static Impl* Self(EditLine* el) {
    void* data = nullptr;
    el_get(el, EL_CLIENTDATA, &data);
    return static_cast<Impl*>(data);
  }

  // Tab: one candidate replaces the word; several extend it to their common prefix, or are
  // listed under the line when they share nothing more.
  static unsigned char Complete(EditLine* el, int /*ch*/) {
    Impl* self = Self(el);
    const LineInfo* info = el_line(el);
    const std::string_view before(info->buffer, static_cast<std::size_t>(info->cursor - info->buffer));
    const Completion completion = self->completer->Complete(before, self->statement_pending());
    if (completion.candidates.empty()) return CC_REFRESH_BEEP;
    const std::string_view typed = before.substr(completion.start);
    std::string replacement = completion.candidates.size() == 1
                                  ? completion.candidates[0]
                                  : CommonPrefix(completion.candidates);
    if (completion.candidates.size() == 1 && !replacement.ends_with(':') &&
        !replacement.ends_with('/')) {
      replacement.push_back(' ');
    }
    if (replacement.size() <= typed.size() && completion.candidates.size() > 1) {
      ListCandidates(completion.candidates);
      return CC_REDISPLAY;
    }
    // libedit deletes characters, not bytes.
    el_deletestr(el, static_cast<int>(text::CodePointLength(typed)));
    el_insertstr(el, replacement.c_str());
    return CC_REFRESH;
  }
};

LineEditor::LineEditor(const char* program, Completer* completer,
                       std::function<bool()> statement_pending, std::string history_path)
    : impl_(std::make_unique<Impl>()) {
  impl_->completer = completer;
  impl_->statement_pending = std::move(statement_pending);
  impl_->history_path = std::move(history_path);
  impl_->history = history_init();
  history(impl_->history, &impl_->event, H_SETSIZE, kHistorySize);
  history(impl_->history, &impl_->event, H_SETUNIQUE, 1);
  if (!impl_->history_path.empty()) {
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(impl_->history_path).parent_path(),
                                        error);
    history(impl_->history, &impl_->event, H_LOAD, impl_->history_path.c_str());
  }
  UseUtf8CharacterLocale();
  impl_->editor = el_init(program, stdin, stdout, stderr);
  el_set(impl_->editor, EL_CLIENTDATA, impl_.get());
  el_set(impl_->editor, EL_EDITOR, "emacs");
  el_set(impl_->editor, EL_PROMPT, &Impl::Prompt);
  el_set(impl_->editor, EL_HIST, history, impl_->history);
  el_set(impl_->editor, EL_ADDFN, "marsad-complete", "complete a word", &Impl::Complete);
  el_set(impl_->editor, EL_BIND, "^I", "marsad-complete", nullptr);
  el_source(impl_->editor, nullptr);  // ~/.editrc may change the bindings
}

LineEditor::~LineEditor() {
  el_end(impl_->editor);
  history_end(impl_->history);
}

LineEditor::ReadStatus LineEditor::ReadLine(const std::string& prompt, std::string* line) {
  impl_->prompt = prompt;
  int count = 0;
  errno = 0;
  const char* text = el_gets(impl_->editor, &count);
  if (text == nullptr) {
    if (count < 0 && errno == EINTR) {
      el_reset(impl_->editor);
      return ReadStatus::kInterrupted;
    }
    return ReadStatus::kEnd;
  }
  line->assign(text, static_cast<std::size_t>(count));
  while (!line->empty() && (line->back() == '\n' || line->back() == '\r')) line->pop_back();
  return ReadStatus::kLine;
}

void LineEditor::AddHistory(const std::string& entry) {
  history(impl_->history, &impl_->event, H_ENTER, entry.c_str());
  if (!impl_->history_path.empty()) {
    history(impl_->history, &impl_->event, H_SAVE, impl_->history_path.c_str());
  }
}

}  // namespace marsad::shell
