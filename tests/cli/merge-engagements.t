# advo merge-engagements BASE OURS THEIRS [PATH] is the merge driver `advo
# init` configures for git (git's %O %A %B %P): it merges the engagements
# of three versions of a month file by id and writes the result, sorted
# and canonical, over OURS. Here ours changed one entry and added one;
# theirs deleted an entry ours left alone and added one on the same day.
$ fixture merge-engagements
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml engagements/2026-11.yaml && cat out.yaml
> - id: 2026-11-01-jane-doe-acme-thank-you
>   date: 2026-11-01
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: completed
>   notes: Sent a mug.
> - id: 2026-11-20-ann-lee-hooli-thank-you
>   date: 2026-11-20
>   advocate: ann-lee-hooli
>   type: thank-you
>   outcome: completed
> - id: 2026-11-20-jose-muller-initech-thank-you
>   date: 2026-11-20
>   advocate: jose-muller-initech
>   type: thank-you
>   outcome: completed
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml && advo merge-engagements base.yaml out.yaml theirs.yaml && cat out.yaml | grep -c '^- id'
> 3
# The same entry changed on both sides: exit 1, both versions kept.
$ cp twice.yaml t.yaml && sed -i '6,$d' t.yaml && cp t.yaml a.yaml && sed -i 's/completed/declined/' a.yaml && sed -i 's/completed/cancelled/' t.yaml && advo merge-engagements base.yaml a.yaml t.yaml engagements/2026-11.yaml || cat a.yaml
> <<<<<<< ours
> - id: 2026-11-01-jane-doe-acme-thank-you
>   date: 2026-11-01
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: declined
> =======
> - id: 2026-11-01-jane-doe-acme-thank-you
>   date: 2026-11-01
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: cancelled
> >>>>>>> theirs
! advo: engagements/2026-11.yaml: 2026-11-01-jane-doe-acme-thank-you: changed differently on both sides
# A version that cannot be read as engagements, or holds an id twice, is
# merged as text, as git merges a file without a driver: conflict markers
# where both sides changed the same lines, and exit 1; never a union of the
# lines, which would break the entries silently.
$ cp ours.yaml out.yaml && advo merge-engagements base.yaml out.yaml broken.yaml engagements/2026-11.yaml; echo "exit $?"; grep -n -e '^<<<<<<<' -e '^=======' -e '^>>>>>>>' -e '^- id' out.yaml
> exit 1
> 7:<<<<<<< ours
> 9:- id: 2026-11-05-jane-roe-globex-reference-call
> 13:=======
> 14:- id: 2026-11-20-ann-lee-hooli-thank-you
> 17:>>>>>>> theirs
> 19:- id: 2026-11-20-jose-muller-initech-thank-you
! advo: engagements/2026-11.yaml (theirs):6:3: missing required field 'type' in engagement
! advo: not merged by engagement; merged as text (conflict markers where both sides changed the same lines)
$ cp base.yaml out.yaml && advo merge-engagements base.yaml out.yaml twice.yaml engagements/2026-11.yaml && grep -c '^- id' out.yaml
> 2
! advo: engagements/2026-11.yaml (theirs): id '2026-11-01-jane-doe-acme-thank-you' is there twice
! advo: not merged by engagement; merged as text (conflict markers where both sides changed the same lines)
# Any other file git marks merge=advo is merged as text too: both sides
# appending after the same line conflict; changes at different places merge.
$ cp ours.txt o.txt && advo merge-engagements base.txt o.txt theirs.txt CHANGES; echo "exit $?"; cat o.txt
> exit 1
> start
> <<<<<<< ours
> ours
> =======
> theirs
> >>>>>>> theirs
$ printf 'first\nstart\n' > early.txt && cp ours.txt o.txt && advo merge-engagements base.txt o.txt early.txt docs/engagements/notes.yaml && cat o.txt
> first
> start
> ours
$ advo merge-engagements base.yaml ours.yaml
! advo: merge-engagements: THEIRS is required
! Run 'advo merge-engagements --help' for its options.
? 2
$ advo merge-engagements missing.yaml ours.yaml theirs.yaml engagements/2026-11.yaml
! advo: engagements/2026-11.yaml (base): cannot read: No such file or directory
! advo: not merged by engagement; merged as text (conflict markers where both sides changed the same lines)
! error: Could not stat missing.yaml: No such file or directory
! advo: git merge-file failed; nothing merged
? 4
