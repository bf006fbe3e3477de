#include "marsad/database.h"

namespace marsad {

Result<IngestReport> Database::Ingest(const Article& /*article*/) {
  return Status(StatusCode::kNotSupported, "this database does not support ingesting articles");
}

}  // namespace marsad
