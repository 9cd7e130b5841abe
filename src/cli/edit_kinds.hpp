// What `advo edit` (edit.cpp) does for each kind of record: the text handed
// to the editor, the checks of the edited record beyond its text alone, and
// saving it. An engagement is edited as its entry alone and written back
// into its month file, as `advo engagement set` writes it.
#pragma once

#include <string>

#include "advo/domain/program.hpp"
#include "advo/storage/record_text.hpp"
#include "cli/context.hpp"

namespace advo::cli {

// The text the editor starts from: the record's file, or for an
// engagement its entry in canonical form.
std::string text_to_edit(Context& ctx, const Program& program, const Advocate& record);
std::string text_to_edit(Context& ctx, const Program& program, const Story& record);
std::string text_to_edit(Context& ctx, const Program& program, const Request& record);
std::string text_to_edit(Context& ctx, const Program& program, const Engagement& record);

// Adds to text.problems what is wrong with `after` against the rest of the
// program: a changed id, references to records that do not exist, and the
// rules of the kind (an advocate's e-mail is unique, a story's approval,
// a request's type is an ask, an engagement keeps its advocate and type).
void check_edited(const Program& program, Date today, const Advocate& before, const Advocate& after, RecordText& text);
void check_edited(const Program& program, Date today, const Story& before, const Story& after, RecordText& text);
void check_edited(const Program& program, Date today, const Request& before, const Request& after, RecordText& text);
void check_edited(const Program& program, Date today, const Engagement& before, const Engagement& after,
                  RecordText& text);

// Writes the changed record; returns the files written, for the message.
// An engagement made an ask on a day it was not one is first checked
// against the rules of rest: RefusedError (nothing written) unless its
// `override:` gives the reason.
std::string save_edited(Context& ctx, const Program& program, const Advocate& before, Advocate& after);
std::string save_edited(Context& ctx, const Program& program, const Story& before, Story& after);
std::string save_edited(Context& ctx, const Program& program, const Request& before, Request& after);
std::string save_edited(Context& ctx, const Program& program, const Engagement& before, Engagement& after);

}  // namespace advo::cli
