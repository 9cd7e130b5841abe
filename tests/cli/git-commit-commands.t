# --commit on the request, story, match, import and forget commands: each
# commit message says what happened; forget's names no one.
$ fixture stories
$ git init -q -b main && git add -A && git commit -qm "New program"
$ advo --today 2026-11-16 -q --commit request new --type reference-call --by kim --account "Delta Labs" --industry healthcare && git log -1 --format=%s
> 2026-11-16-delta-labs-reference-call
> request new: 2026-11-16-delta-labs-reference-call
$ advo --today 2026-11-16 -q --commit request set 2026-11-16-delta needed_by=2026-11-30 && git log -1 --format=%s
> request set: 2026-11-16-delta-labs-reference-call needed_by=2026-11-30
$ advo --today 2026-11-16 -q --commit match 2026-11-16-delta --assign carla && git log -1 --format=%s
> match: 2026-11-16-delta-labs-reference-call: assigned carla-diaz-initech (open → matched)
$ advo --today 2026-11-16 -q --commit request close 2026-11-16-delta --status cancelled --reason "deal paused" && git log -1 --format=%s
> request close: 2026-11-16-delta-labs-reference-call: matched → cancelled
$ advo --today 2026-11-16 -q --commit story add "Delta cuts costs" --kind quote --advocate carla && git log -1 --format=%s
> delta-cuts-costs
> story add: delta-cuts-costs (draft quote)
$ advo --today 2026-11-16 -q --commit story set delta-cuts-costs region=emea && git log -1 --format=%s
> story set: delta-cuts-costs region=emea
$ advo --today 2026-11-16 -q --commit story status delta-cuts-costs in-review && git log -1 --format=%s
> story status: delta-cuts-costs draft → in-review
$ printf 'Name,Company,Email\nLena Berg,Fjord Energy,lena@fjord.example\n' > leads.csv && advo --today 2026-11-16 -q --commit import csv leads.csv --into advocates && git log -1 --format=%s
> row 2: create lena-berg-fjord-energy (Lena Berg, Fjord Energy)
> created 1, updated 0, skipped 0, invalid 0
> import: advocates from a CSV sheet, created 1, updated 0
# forget: the message names no one (the history before it still does;
# forget.t shows how advo says to purge it).
$ advo --today 2026-11-16 -q --commit forget lena-berg && git log -1 --format=%s && git show --stat --format= HEAD | sed 's/ *|.*//'
> lena-berg-fjord-energy is now forgotten-advocate
> advocates/lena-berg-fjord-energy.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, email; stage nominated → alumni; do_not_contact set
> forget: personal data erased, the record is now forgotten-advocate
>  advocates/forgotten-advocate.yaml
>  advocates/lena-berg-fjord-energy.yaml
>  2 files changed, 8 insertions(+), 8 deletions(-)
