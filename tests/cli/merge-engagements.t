# advo merge-engagements BASE OURS THEIRS [PATH] is the merge driver `advo
# init` configures for git (git's %O %A %B %P): it merges the engagements
# of three versions of a month file by id and writes the result, sorted
# and canonical, over OURS. Here ours changed one entry and added one;
# theirs deleted an entry ours left alone and added one on the same day.
$ fixture merge-engagements
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml engagements/2026-11.yaml && cat out.yaml
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml && cat out.yaml | grep -c '^- id'
# The same entry changed on both sides: exit 1, both versions kept.
$ cp twice.yaml t.yaml && sed -i '6,$d' t.yaml && cp t.yaml a.yaml && sed -i 's/completed/declined/' a.yaml && sed -i 's/completed/cancelled/' t.yaml && advo merge-engagements base.yaml a.yaml t.yaml engagements/2026-11.yaml; cat a.yaml
# A version that cannot be read as engagements, or holds an id twice, is
# merged line by line, as git's union merge does.
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml broken.yaml engagements/2026-11.yaml && tail -5 out.yaml
$ cp base.yaml out.yaml && advo merge-engagements base.yaml out.yaml twice.yaml engagements/2026-11.yaml && grep -c '^- id' out.yaml
# Any other file git marks merge=union is merged line by line.
$ advo merge-engagements base.txt ours.txt theirs.txt CHANGES && cat ours.txt
$ advo merge-engagements base.txt ours.txt theirs.txt docs/engagements/notes.yaml && cat ours.txt
$ advo merge-engagements base.yaml ours.yaml
$ advo merge-engagements missing.yaml ours.yaml theirs.yaml engagements/2026-11.yaml
