// Embedding Marsad: open a database, add facts, match a pattern, read statistics.
// Usage: embed_example DB_DIR
#include <iostream>
#include <sstream>

#include <marsad/marsad.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: embed_example DB_DIR\n";
    return 2;
  }
  auto opened = marsad::Database::Open(argv[1]);
  if (!opened.ok()) {
    std::cerr << opened.status().ToString() << '\n';
    return 1;
  }
  std::unique_ptr<marsad::Database> db = std::move(opened).value();

  const auto rouhani = marsad::Term::Iri("http://marsad.dev/entity/person/rouhani");
  const auto putin = marsad::Term::Iri("http://marsad.dev/entity/person/putin");
  const auto label = marsad::Term::Iri("http://www.w3.org/2000/01/rdf-schema#label");
  const auto phoned = marsad::Term::Iri("http://marsad.dev/ns#phoned");
  const marsad::Quad facts[] = {
      {rouhani, label, marsad::Term::LangLiteral("حسن روحاني", "ar"), {}},
      {putin, label, marsad::Term::LangLiteral("فلاديمير بوتين", "ar"), {}},
      {rouhani, phoned, putin, {}},
  };
  if (auto added = db->Insert(facts); !added.ok()) {
    std::cerr << added.status().ToString() << '\n';
    return 1;
  }

  {
    // Whom did Rouhani phone? A cursor pins a snapshot: it must be gone before Close().
    marsad::QuadPattern pattern;
    pattern.subject = rouhani;
    pattern.predicate = phoned;
    auto cursor = db->Match(pattern);
    if (!cursor.ok()) {
      std::cerr << cursor.status().ToString() << '\n';
      return 1;
    }
    while ((*cursor)->Next()) std::cout << "phoned: " << (*cursor)->quad().object.ToNTriples() << '\n';
    if (!(*cursor)->status().ok()) return 1;
  }

  // Import a little N-Triples from a stream.
  std::istringstream nt("<http://marsad.dev/entity/country/iran> "
                        "<http://www.w3.org/2000/01/rdf-schema#label> \"إيران\"@ar .\n");
  marsad::ImportOptions import_options;
  import_options.source_name = "inline.nt";
  if (auto report = db->Import(nt, import_options); !report.ok()) {
    std::cerr << report.status().ToString() << '\n';
    return 1;
  }

  auto stats = db->GetStatistics();
  if (!stats.ok()) return 1;
  std::cout << "quads: " << stats->quads << '\n';
  return db->Close().ok() ? 0 : 1;
}
