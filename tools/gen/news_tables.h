// Fixed word lists the news generator draws from: Arabic names, countries, organization
// kinds, place-name parts, office roles, outlets and the event types of docs/vocabulary.md.
// The lists are generic (common given names, country names); none is taken from an article.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace marsad::gen::news {

struct Country {
  std::string_view label;  // Arabic display form
  std::string_view latin;  // marsad:latinAlias, case-folded
};

struct EventType {
  std::string_view name;  // local name of the class, e.g. "Meet"
  std::string_view edge;  // direct agent -> target predicate, e.g. "met"
  bool symmetric;         // edge written both ways
  std::string_view verb;  // Arabic verb used in sentence text
};

// Given names; the first kMaleGivenNames are male (they also serve as fathers' names).
inline constexpr std::size_t kMaleGivenNames = 40;
std::span<const std::string_view> GivenNames();
std::span<const std::string_view> FamilyNames();
std::span<const Country> Countries();
std::span<const std::string_view> OrganizationKinds();
std::span<const std::string_view> PlacePrefixes();
std::span<const std::string_view> PlaceSuffixes();
std::span<const std::string_view> Roles();
std::span<const std::string_view> Outlets();
// Ordered by how often the generator picks them: the first is the most frequent.
std::span<const EventType> EventTypes();

// The match key of an Arabic label as docs/text.md defines it for the letters these lists use:
// alef with hamza or madda -> bare alef, ta marbuta -> heh, alef maqsura -> yeh.
std::string MatchKey(std::string_view label);

}  // namespace marsad::gen::news
