# Two branches that each log engagements in the same month, nominate
# different advocates and change different fields of one advocate merge
# with plain `git merge`, without conflict, and the merged program passes
# `advo check`. Here the two entries land at different places of the month
# file (one before the existing entries, one after them), so even a clone
# where advo's merge driver is not configured (git merges month files as
# text) merges them cleanly; `advo check` warns that the driver is missing.
$ fixture gitshell
$ advo init --name unused scratch -q && cp scratch/.gitattributes scratch/.gitignore . && rm -r scratch && cat .gitattributes
> engagements/*.yaml merge=advo
$ git init -q -b main && git add -A && git commit -qm "New program"
$ git checkout -qb one && advo --today 2026-11-23 --commit -q log jose-muller-initech thank-you --date 2026-11-03 && advo --today 2026-11-23 --commit -q nominate "Ann Lee" --company Hooli && advo --today 2026-11-23 --commit -q set jane-doe-acme title=CTO
> 2026-11-03-jose-muller-initech-thank-you
> ann-lee-hooli
$ git checkout -q main && git checkout -qb two && advo --today 2026-11-23 --commit -q log jane-roe-globex thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q nominate "Bo Chen" --company Umbrella && advo --today 2026-11-23 --commit -q set jane-doe-acme products+=reporting
> 2026-11-20-jane-roe-globex-thank-you
> bo-chen-umbrella
$ git checkout -q main && git merge -q one && git merge -q --no-edit two && git log --format=%s --first-parent main
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
> Merge branch 'two'
> set: jane-doe-acme title=CTO
> nominate: ann-lee-hooli (Ann Lee, Hooli)
> log: jose-muller-initech thank-you 2026-11-03
> New program
$ advo --today 2026-11-23 check && git status --short
> .gitattributes:1:20: warning: git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as plain text and conflict; run 'advo init --hooks'
! 0 errors, 1 warning
$ cat engagements/2026-11.yaml && grep -A3 -e '^title' -e '^products' advocates/jane-doe-acme.yaml && ls advocates
> - id: 2026-11-03-jose-muller-initech-thank-you
>   date: 2026-11-03
>   advocate: jose-muller-initech
>   type: thank-you
>   outcome: completed
> - id: 2026-11-05-jane-doe-acme-reference-call
>   date: 2026-11-05
>   advocate: jane-doe-acme
>   type: reference-call
>   outcome: completed
>   request: 2026-11-02-umbrella-reference-call
> - id: 2026-11-06-jane-doe-acme-thank-you
>   date: 2026-11-06
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: completed
> - id: 2026-11-20-jane-roe-globex-thank-you
>   date: 2026-11-20
>   advocate: jane-roe-globex
>   type: thank-you
>   outcome: completed
> title: CTO
> company: Acme
> email: jane@acme.example
> industry: healthcare
> --
> products:
>   - analytics
>   - reporting
> activities:
> ann-lee-hooli.yaml
> bo-chen-umbrella.yaml
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
$ advo --today 2026-11-23 fmt --check


