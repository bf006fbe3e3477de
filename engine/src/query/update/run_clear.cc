#include "base/status_macros.h"
#include "query/binder/binder.h"
#include "query/update/update_ops.h"

namespace marsad::query::update {
namespace {

// Removes every quad matching `pattern` in one batch.
Status RemoveMatching(store::Store& store, const store::IdPattern& pattern,
                      store::BatchWriter* writer, UpdateCounts* counts) {
  MARSAD_ASSIGN_OR_RETURN(auto it, store.Scan(nullptr, pattern));
  std::vector<store::IdQuad> quads;
  while (it->Next()) quads.push_back(it->quad());
  MARSAD_RETURN_IF_ERROR(it->status());
  for (const store::IdQuad& q : quads) {
    MARSAD_ASSIGN_OR_RETURN(bool removed, writer->Remove(q));
    counts->deleted += removed;
  }
  return Status::Ok();
}

}  // namespace

Status RunClear(store::Store& store, const ast::Prologue& prologue, const ast::Clear& c,
                UpdateCounts* counts) {
  MARSAD_ASSIGN_OR_RETURN(std::unique_ptr<store::BatchWriter> writer, store.NewBatchWriter());
  UpdateCounts pending;
  store::IdPattern pattern;
  switch (c.target) {
    case ast::GraphTarget::kGraph: {
      exec::ExecContext ctx(&store, nullptr);
      binder::Binder b(&ctx);
      MARSAD_RETURN_IF_ERROR(b.SetPrologue(prologue));
      MARSAD_ASSIGN_OR_RETURN(Term iri, b.ResolveIri(*c.graph));
      MARSAD_ASSIGN_OR_RETURN(std::vector<store::TermId> ids, store.Lookup({&iri, 1}));
      if (ids[0] == store::kNoTerm) {
        if (c.silent) return Status::Ok();
        return Status(StatusCode::kNotFound, "CLEAR: no graph <" + iri.value() + ">");
      }
      pattern.graph = store::GraphScope::kNamed;
      pattern.graph_id = ids[0];
      MARSAD_RETURN_IF_ERROR(RemoveMatching(store, pattern, writer.get(), &pending));
      break;
    }
    case ast::GraphTarget::kDefault:
      pattern.graph = store::GraphScope::kDefault;
      MARSAD_RETURN_IF_ERROR(RemoveMatching(store, pattern, writer.get(), &pending));
      break;
    case ast::GraphTarget::kNamed:
      pattern.graph = store::GraphScope::kAnyNamed;
      MARSAD_RETURN_IF_ERROR(RemoveMatching(store, pattern, writer.get(), &pending));
      break;
    case ast::GraphTarget::kAll:
      pattern.graph = store::GraphScope::kDefault;
      MARSAD_RETURN_IF_ERROR(RemoveMatching(store, pattern, writer.get(), &pending));
      pattern.graph = store::GraphScope::kAnyNamed;
      MARSAD_RETURN_IF_ERROR(RemoveMatching(store, pattern, writer.get(), &pending));
      break;
  }
  MARSAD_RETURN_IF_ERROR(writer->Commit());
  counts->deleted += pending.deleted;
  return Status::Ok();
}

Result<UpdateCounts> RunUpdate(store::Store& store, const ast::Update& update,
                               const QueryOptions& options, const CancelToken* cancel) {
  UpdateCounts counts;
  for (const ast::UpdateOperation& op : update.operations) {
    if (const auto* m = std::get_if<ast::Modify>(&op)) {
      MARSAD_RETURN_IF_ERROR(RunModify(store, update.prologue, *m, options, cancel, &counts));
    } else if (const auto* d = std::get_if<ast::QuadData>(&op)) {
      MARSAD_RETURN_IF_ERROR(RunQuadData(store, update.prologue, *d, options, cancel, &counts));
    } else {
      MARSAD_RETURN_IF_ERROR(
          RunClear(store, update.prologue, std::get<ast::Clear>(op), &counts));
    }
  }
  return counts;
}

}  // namespace marsad::query::update
