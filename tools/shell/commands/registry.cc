#include "tools/shell/commands/registry.h"

#include <ostream>

#include "tools/shell/statement_splitter.h"

namespace marsad::shell {

std::span<const DotCommand> DotCommands() {
  static const std::vector<DotCommand>* commands = [] {
    auto* all = new std::vector<DotCommand>();
    for (auto group : {SessionCommands(), OutputCommands(), CatalogCommands()}) {
      all->insert(all->end(), group.begin(), group.end());
    }
    return all;
  }();
  return *commands;
}

const DotCommand* FindDotCommand(std::string_view name) {
  for (const DotCommand& command : DotCommands()) {
    if (name == command.name) return &command;
  }
  return nullptr;
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i == text.size()) break;
    std::string word;
    while (i < text.size() && text[i] != ' ' && text[i] != '\t') {
      if (text[i] == '"' || text[i] == '\'') {
        const char quote = text[i++];
        while (i < text.size() && text[i] != quote) word.push_back(text[i++]);
        if (i < text.size()) ++i;  // the closing quote
      } else {
        word.push_back(text[i++]);
      }
    }
    words.push_back(std::move(word));
  }
  return words;
}

CommandOutcome UsageError(ShellState& state, const DotCommand& command) {
  state.err() << "usage: " << command.usage << '\n';
  return CommandOutcome::kError;
}

CommandOutcome RunDotCommand(ShellState& state, std::string_view line) {
  std::string_view body = TrimWhitespace(line);
  if (body.starts_with('.')) body.remove_prefix(1);
  const std::size_t name_end = body.find_first_of(" \t");
  const std::string_view name = body.substr(0, name_end);
  const DotCommand* command = FindDotCommand(name);
  if (command == nullptr) {
    state.err() << "error: unknown command '." << name << "' (see .help)\n";
    return CommandOutcome::kError;
  }
  CommandArgs args;
  if (name_end != std::string_view::npos) {
    args.rest = std::string(TrimWhitespace(body.substr(name_end)));
    args.words = SplitWords(args.rest);
  }
  const CommandOutcome outcome = command->run(state, args);
  if (outcome == CommandOutcome::kQuit) state.quit_requested = true;
  return outcome;
}

}  // namespace marsad::shell
