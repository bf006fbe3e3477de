#include "query/exec/merge_join_op.h"

namespace marsad::query::exec {

std::string MergeJoinOp::Label() const {
  return "MergeJoin on ?" + std::to_string(slot_) + (merge_ || opens() == 0 ? "" : " (nested)");
}

void MergeJoinOp::DoOpen(const Row& parent) {
  group_.clear();
  memory_.Reset();
  group_next_ = 0;
  in_group_ = false;
  right_open_ = false;
  left_->Open(parent);
  right_->Open(parent);
  merge_ = left_->SortedOn(slot_) && right_->SortedOn(slot_);
  if (merge_) {
    left_ok_ = left_->Next(left_row_);
    right_ok_ = left_ok_ && right_->Next(right_row_);
  }
}

bool MergeJoinOp::DoNext(Row& out) { return merge_ ? NextMerged(out) : NextNested(out); }

bool MergeJoinOp::NextNested(Row& out) {
  while (!ctx_->Interrupted()) {
    if (right_open_ && right_->Next(out)) return true;
    right_open_ = false;
    if (!left_->Next(left_row_)) return false;
    right_->Open(left_row_);
    right_open_ = true;
  }
  return false;
}

bool MergeJoinOp::NextGroup() {
  while (left_ok_ && right_ok_) {
    if (ctx_->Interrupted()) return false;
    const TermId lk = left_row_[slot_];
    const TermId rk = right_row_[slot_];
    if (lk < rk) {
      left_->SeekTo(rk);
      left_ok_ = left_->Next(left_row_);
    } else if (rk < lk) {
      right_->SeekTo(lk);
      right_ok_ = right_->Next(right_row_);
    } else {
      group_.clear();
      memory_.Reset();
      while (left_ok_ && left_row_[slot_] == lk) {
        if (!memory_.AddRow(left_row_)) return false;
        group_.push_back(left_row_);
        left_ok_ = left_->Next(left_row_);
      }
      return true;
    }
  }
  return false;
}

bool MergeJoinOp::NextMerged(Row& out) {
  while (true) {
    // Pairs of the current right row with the buffered left rows of its key.
    while (in_group_ && group_next_ < group_.size()) {
      const Row& l = group_[group_next_++];
      if (Compatible(l, right_row_)) {
        out = l;
        MergeInto(out, right_row_);
        return true;
      }
    }
    if (in_group_) {
      const TermId key = right_row_[slot_];
      right_ok_ = right_->Next(right_row_);
      group_next_ = 0;
      if (right_ok_ && right_row_[slot_] == key) continue;
      in_group_ = false;
    }
    if (!NextGroup()) return false;
    in_group_ = true;
    group_next_ = 0;
  }
}

}  // namespace marsad::query::exec
