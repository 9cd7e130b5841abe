# check --since REV: warnings the program already had at commit REV are
# old and do not fail --strict; the warnings a branch brings in and every
# error do. The program is a folder of the repository, as in CI. The story's
# approval ends 2026-12-20: no warning on 2026-11-10, one from 2026-11-20.
$ mkdir repo && cd repo && git init -q -b main && git commit -q --allow-empty -m "Before the program" && git tag before-program
$ cd repo && fixture gitshell && mkdir program && mv advo.toml advocates engagements requests stories program/ && sed -i 's/^    expires: 2028-02-01/    expires: 2026-12-20/' program/stories/acme-cuts-reporting-time.yaml && git add -A && git commit -qm "New program" && git config merge.advo.driver "advo merge-engagements %O %A %B %P"
$ cd repo && advo -C program --today 2026-11-10 check --strict
# Three weeks on, main has the expiry warning, with nothing committed.
$ cd repo && advo -C program --today 2026-12-01 check --strict
> program/stories/acme-cuts-reporting-time.yaml:10:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 0 errors, 1 warning
? 1
# A branch with an unrelated change (one that even moves the warning's
# line) passes: the warning is old.
$ cd repo && git checkout -qb unrelated && advo -C program -q story set acme-cuts-reporting-time products+=analytics && git commit -qam "Products of the Acme story" && advo -C program --today 2026-12-01 check --strict --since main
> program/stories/acme-cuts-reporting-time.yaml:12:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 0 errors, 1 warning (0 new since main)
$ cd repo/program && advo --today 2026-12-01 check --strict --since main --format json
> {
>   "errors": 0,
>   "warnings": 1,
>   "new_warnings": 0,
>   "problems": [
>     {
>       "file": "stories/acme-cuts-reporting-time.yaml",
>       "line": 12,
>       "column": 5,
>       "severity": "warning",
>       "code": "story-expiring",
>       "message": "approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days",
>       "new": false
>     }
>   ]
> }
# Without --strict, --since changes only the count.
$ cd repo && advo -C program --today 2026-12-01 check --since main
> program/stories/acme-cuts-reporting-time.yaml:12:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 0 errors, 1 warning (0 new since main)
# A branch that brings in a warning fails, for that warning only.
$ cd repo && git checkout -q main && git checkout -qb stray-file && echo "call notes" > program/advocates/notes.txt && git add -A && git commit -qm "Notes" && advo -C program --today 2026-12-01 check --strict --since main
> program/advocates/notes.txt: warning: ignored: advocate files end in .yaml
> program/stories/acme-cuts-reporting-time.yaml:10:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 0 errors, 2 warnings (1 new since main)
? 1
# An error fails whatever REV had, even when REV has it too.
$ cd repo && git checkout -q main && git checkout -qb broken && sed -i 's/^title: .*/titel: CTO/' program/advocates/jane-doe-acme.yaml && git commit -qam "Typo" && advo -C program --today 2026-12-01 check --strict --since main
> program/advocates/jane-doe-acme.yaml:3:1: error: unknown key 'titel' in advocate (did you mean 'title'?)
> program/stories/acme-cuts-reporting-time.yaml:10:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 1 error, 1 warning (0 new since main)
? 1
$ cd repo && advo -C program --today 2026-12-01 check --since broken > /dev/null
! 1 error, 1 warning (0 new since broken)
? 1
# A commit without the program: every warning is new.
$ cd repo && git checkout -q unrelated && advo -C program --today 2026-12-01 check --strict --since before-program
> program/stories/acme-cuts-reporting-time.yaml:12:5: warning: approval of this published story expires 2026-12-20 (in 19 days), within the 30 days of staleness.expiry_warn_days
! 0 errors, 1 warning (1 new since before-program)
? 1
# An unknown revision, an option for one, and a program outside git are
# usage errors.
$ cd repo && advo -C program --today 2026-12-01 check --strict --since no-such-branch
! advo: unknown revision 'no-such-branch': no such commit
? 2
$ cd repo && advo -C program --today 2026-12-01 check --since=--all
! advo: unknown revision '--all': no such commit
? 2
$ cp -r repo/program outside && advo -C outside --today 2026-12-01 check --since main
! advo: --since needs git: the program is not in a git repository
? 2
