# advo init, in a git repository, makes git merge month files entry by
# entry: merge.union.driver runs `advo merge-engagements`, which git uses
# for the `merge=union` files of .gitattributes instead of its built-in
# union merge. Both branches append an engagement after the last one of
# the month, on the same day, with the same type and outcome: git's union
# merge prints the lines the two entries share once and breaks the file;
# the driver keeps both entries whole. A clone runs `advo init --hooks` to
# get the driver (the config is not cloned).
$ fixture gitshell
$ advo init --name unused scratch -q && cp scratch/.gitattributes scratch/.gitignore . && rm -r scratch && cat .gitattributes
> engagements/*.yaml merge=union
$ git init -q -b main && advo init --hooks && git config merge.union.driver && git config merge.union.name
> advo merge-engagements %O %A %B %P
> engagements merged by id (advo), else union
! configured git to merge month files by engagement id (merge.union.driver: advo merge-engagements)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
$ advo init --hooks
! the merge driver for month files is configured already (merge.union.driver)
! the pre-commit hook is installed already: .git/hooks/pre-commit
$ git add -A && git commit -qm "New program"
$ git checkout -qb one && advo --today 2026-11-23 --commit -q log jose-muller-initech thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q nominate "Ann Lee" --company Hooli && advo --today 2026-11-23 --commit -q set jane-doe-acme title=CTO
> 2026-11-20-jose-muller-initech-thank-you
> ann-lee-hooli
$ git checkout -q main && git checkout -qb two && advo --today 2026-11-23 --commit -q log jane-roe-globex thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q nominate "Bo Chen" --company Umbrella && advo --today 2026-11-23 --commit -q set jane-doe-acme products+=reporting
> 2026-11-20-jane-roe-globex-thank-you
> bo-chen-umbrella
# Without the driver (a fresh clone), git's union merge breaks the file.
$ git checkout -q main && git clone -q . ../clone && cd ../clone && git merge -q origin/one && git merge -q --no-edit origin/two && tail -6 engagements/2026-11.yaml && advo --today 2026-11-23 check
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
>   advocate: jose-muller-initech
> - id: 2026-11-20-jane-roe-globex-thank-you
>   date: 2026-11-20
>   advocate: jane-roe-globex
>   type: thank-you
>   outcome: completed
> engagements/2026-11.yaml:12:3: error: missing required field 'outcome' in engagement
> engagements/2026-11.yaml:12:3: error: missing required field 'type' in engagement
! 2 errors, 0 warnings
? 1
# After `advo init --hooks` in the clone, the same merge is clean.
$ cd ../clone && advo init --hooks -q && git reset -q --hard origin/one && git merge -q --no-edit origin/two && advo --today 2026-11-23 check && git status --short
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
# And so in the first repository, with plain `git merge`.
$ git merge -q one && git merge -q --no-edit two && git log --format=%s --first-parent main
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
> Merge branch 'two'
> set: jane-doe-acme title=CTO
> nominate: ann-lee-hooli (Ann Lee, Hooli)
> log: jose-muller-initech thank-you 2026-11-20
> New program
$ advo --today 2026-11-23 check && advo --today 2026-11-23 fmt --check && git status --short
$ cat engagements/2026-11.yaml && grep -A3 -e '^title' -e '^products' advocates/jane-doe-acme.yaml && ls advocates
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
> - id: 2026-11-20-jose-muller-initech-thank-you
>   date: 2026-11-20
>   advocate: jose-muller-initech
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
# Plain `advo init` in a repository sets the driver too; another command
# set as merge.union.driver is left alone.
$ mkdir fresh && cd fresh && git init -q -b main && advo init && git config merge.union.driver
> advo merge-engagements %O %A %B %P
! advo: new program 'fresh' in .
! configured git to merge month files by engagement id (merge.union.driver: advo merge-engagements)
$ mkdir other && cd other && git init -q -b main && git config merge.union.driver 'my-merge %A' && advo init --hooks && git config merge.union.driver
> my-merge %A
! advo: new program 'other' in .
! merge.union.driver is 'my-merge %A' already, not advo's; not replaced (month files merge with it)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
