# With the merge driver of `advo init`, one engagement changed differently
# on two branches is a conflict: git stops the merge, the month file holds
# both versions of that entry between conflict markers and every other
# entry merged, and `advo check` refuses the file until it is resolved.
# Other files marked merge=union merge line by line with git's own union.
$ fixture gitshell
$ git init -q -b main && advo init --hooks -q && echo .advo/ > .gitignore && printf 'engagements/*.yaml merge=advo\nCHANGES merge=union\n' > .gitattributes && echo start > CHANGES && git add -A && git commit -qm "New program"
$ git checkout -qb one && sed -i '/^- id: 2026-11-06-jane-doe-acme-thank-you/,/outcome/s/outcome: completed/outcome: cancelled/' engagements/2026-11.yaml && echo one >> CHANGES && git commit -qam "Cancelled" && advo --today 2026-11-23 --commit -q log jane-roe-globex thank-you --date 2026-11-20
> 2026-11-20-jane-roe-globex-thank-you
$ git checkout -q main && git checkout -qb two && sed -i '/^- id: 2026-11-06-jane-doe-acme-thank-you/,/outcome/s/outcome: completed/outcome: no-show/' engagements/2026-11.yaml && echo two >> CHANGES && git commit -qam "No-show"
$ git checkout -q one && git merge --no-edit two
> Auto-merging CHANGES
> Auto-merging engagements/2026-11.yaml
> CONFLICT (content): Merge conflict in engagements/2026-11.yaml
> Automatic merge failed; fix conflicts and then commit the result.
! advo: engagements/2026-11.yaml: 2026-11-06-jane-doe-acme-thank-you: changed differently on both sides
? 1
$ git status --short && cat CHANGES && cat engagements/2026-11.yaml
> M  CHANGES
> UU engagements/2026-11.yaml
> start
> one
> two
> - id: 2026-11-05-jane-doe-acme-reference-call
>   date: 2026-11-05
>   advocate: jane-doe-acme
>   type: reference-call
>   outcome: completed
>   request: 2026-11-02-umbrella-reference-call
> <<<<<<< ours
> - id: 2026-11-06-jane-doe-acme-thank-you
>   date: 2026-11-06
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: cancelled
> =======
> - id: 2026-11-06-jane-doe-acme-thank-you
>   date: 2026-11-06
>   advocate: jane-doe-acme
>   type: thank-you
>   outcome: no-show
> >>>>>>> theirs
> - id: 2026-11-20-jane-roe-globex-thank-you
>   date: 2026-11-20
>   advocate: jane-roe-globex
>   type: thank-you
>   outcome: completed
$ advo --today 2026-11-23 check
> engagements/2026-11.yaml:8:5: error: YAML syntax: illegal map value
! 1 error, 0 warnings
? 1
