#include "lubm_generator.h"

#include <cstdint>
#include <string>

namespace marsad::gen {
namespace {

constexpr std::string_view kUb = "http://swat.cse.lehigh.edu/onto/univ-bench.owl#";
constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// splitmix64: tiny, fast, and identical on every platform (std distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + static_cast<int>(Next() % (hi - lo + 1)); }

 private:
  std::uint64_t state_;
};

class Writer {
 public:
  Writer(const LineSink& sink) : sink_(sink) {}

  void Iri(const std::string& s, std::string_view pred, const std::string& o) {
    line_.clear();
    line_ += '<'; line_ += s; line_ += "> <"; AppendPredicate(pred);
    line_ += "> <"; line_ += o; line_ += "> .\n";
    Emit();
  }
  void Literal(const std::string& s, std::string_view pred, const std::string& value) {
    line_.clear();
    line_ += '<'; line_ += s; line_ += "> <"; AppendPredicate(pred);
    line_ += "> \""; line_ += value; line_ += "\" .\n";
    Emit();
  }
  void Type(const std::string& s, std::string_view cls) {
    line_.clear();
    line_ += '<'; line_ += s; line_ += "> <"; line_ += kRdfType; line_ += "> <";
    line_ += kUb; line_ += cls; line_ += "> .\n";
    Emit();
  }
  std::uint64_t count() const { return count_; }

 private:
  void AppendPredicate(std::string_view pred) { line_ += kUb; line_ += pred; }
  void Emit() { sink_(line_); ++count_; }

  const LineSink& sink_;
  std::string line_;
  std::uint64_t count_ = 0;
};

std::string UniversityIri(int u) { return "http://www.University" + std::to_string(u) + ".edu"; }

struct Department {
  std::string iri;
  int index;
  int university;
};

std::string Person(const Department& d, std::string_view kind, int i) {
  return d.iri + "/" + std::string(kind) + std::to_string(i);
}

class DepartmentGenerator {
 public:
  DepartmentGenerator(const Department& dept, int universities, Random& random, Writer& out)
      : d_(dept), universities_(universities), random_(random), out_(out) {}

  void Run() {
    out_.Type(d_.iri, "Department");
    out_.Literal(d_.iri, "name", "Department" + std::to_string(d_.index));
    out_.Iri(d_.iri, "subOrganizationOf", UniversityIri(d_.university));
    for (int g = 0, n = random_.Between(10, 20); g < n; ++g) {
      const std::string group = d_.iri + "/ResearchGroup" + std::to_string(g);
      out_.Type(group, "ResearchGroup");
      out_.Iri(group, "subOrganizationOf", d_.iri);
    }
    Faculty("FullProfessor", random_.Between(7, 10), true);
    Faculty("AssociateProfessor", random_.Between(10, 14), false);
    Faculty("AssistantProfessor", random_.Between(8, 11), false);
    Faculty("Lecturer", random_.Between(5, 7), false);
    Students();
  }

 private:
  void Faculty(std::string_view kind, int count, bool heads) {
    for (int i = 0; i < count; ++i) {
      const std::string person = Person(d_, kind, i);
      professors_.push_back(person);
      out_.Type(person, kind);
      Contact(person, std::string(kind) + std::to_string(i));
      out_.Iri(person, "worksFor", d_.iri);
      if (heads && i == 0) out_.Iri(person, "headOf", d_.iri);
      out_.Iri(person, "undergraduateDegreeFrom", RandomUniversity());
      out_.Iri(person, "mastersDegreeFrom", RandomUniversity());
      out_.Iri(person, "doctoralDegreeFrom", RandomUniversity());
      out_.Literal(person, "researchInterest", "Research" + std::to_string(random_.Between(0, 29)));
      for (int c = 0, n = random_.Between(1, 2); c < n; ++c) Course(person, false);
      for (int c = 0, n = random_.Between(1, 2); c < n; ++c) Course(person, true);
      for (int p = 0, n = random_.Between(5, 15); p < n; ++p) {
        const std::string pub = person + "/Publication" + std::to_string(p);
        out_.Type(pub, "Publication");
        out_.Literal(pub, "name", "Publication" + std::to_string(p));
        out_.Iri(pub, "publicationAuthor", person);
      }
    }
  }

  void Course(const std::string& teacher, bool graduate) {
    const int index = graduate ? graduate_courses_.size() : courses_.size();
    const std::string course =
        d_.iri + (graduate ? "/GraduateCourse" : "/Course") + std::to_string(index);
    (graduate ? graduate_courses_ : courses_).push_back(course);
    out_.Type(course, graduate ? "GraduateCourse" : "Course");
    out_.Literal(course, "name", (graduate ? "GraduateCourse" : "Course") + std::to_string(index));
    out_.Iri(teacher, "teacherOf", course);
  }

  void Students() {
    const int faculty = static_cast<int>(professors_.size());
    for (int i = 0, n = faculty * random_.Between(8, 14); i < n; ++i) {
      const std::string student = Person(d_, "UndergraduateStudent", i);
      out_.Type(student, "UndergraduateStudent");
      Contact(student, "UndergraduateStudent" + std::to_string(i));
      out_.Iri(student, "memberOf", d_.iri);
      for (int c = 0, k = random_.Between(2, 4); c < k; ++c) out_.Iri(student, "takesCourse", Pick(courses_));
      if (random_.Between(0, 4) == 0) out_.Iri(student, "advisor", Pick(professors_));
    }
    for (int i = 0, n = faculty * random_.Between(3, 4); i < n; ++i) {
      const std::string student = Person(d_, "GraduateStudent", i);
      out_.Type(student, "GraduateStudent");
      Contact(student, "GraduateStudent" + std::to_string(i));
      out_.Iri(student, "memberOf", d_.iri);
      out_.Iri(student, "undergraduateDegreeFrom", RandomUniversity());
      for (int c = 0, k = random_.Between(1, 3); c < k; ++c) out_.Iri(student, "takesCourse", Pick(graduate_courses_));
      out_.Iri(student, "advisor", Pick(professors_));
      if (random_.Between(0, 4) == 0) out_.Iri(student, "teachingAssistantOf", Pick(courses_));
    }
  }

  void Contact(const std::string& person, const std::string& name) {
    out_.Literal(person, "name", name);
    out_.Literal(person, "emailAddress", name + "@Department" + std::to_string(d_.index) +
                                             ".University" + std::to_string(d_.university) + ".edu");
    out_.Literal(person, "telephone", "xxx-xxx-" + std::to_string(random_.Between(1000, 9999)));
  }

  std::string RandomUniversity() { return UniversityIri(random_.Between(0, universities_ * 10 + 9)); }
  const std::string& Pick(const std::vector<std::string>& items) {
    return items[random_.Next() % items.size()];
  }

  const Department& d_;
  int universities_;
  Random& random_;
  Writer& out_;
  std::vector<std::string> professors_, courses_, graduate_courses_;
};

}  // namespace

std::uint64_t GenerateLubm(const LubmOptions& options, const LineSink& sink) {
  Writer out(sink);
  for (int u = 0; u < options.universities; ++u) {
    Random random(options.seed * 1000003 + static_cast<std::uint64_t>(u));
    const std::string university = UniversityIri(u);
    out.Type(university, "University");
    out.Literal(university, "name", "University" + std::to_string(u));
    for (int d = 0, n = random.Between(15, 25); d < n; ++d) {
      Department dept{"http://www.Department" + std::to_string(d) + ".University" +
                          std::to_string(u) + ".edu",
                      d, u};
      DepartmentGenerator(dept, options.universities, random, out).Run();
    }
  }
  return out.count();
}

}  // namespace marsad::gen
