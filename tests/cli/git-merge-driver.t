# Month files merge with advo's own merge driver: .gitattributes says
# `engagements/*.yaml merge=advo` and `advo init` defines merge.advo.driver
# in the repository's config, which runs `advo merge-engagements`. git
# config is not cloned: where nobody configured the driver (a clone, CI),
# git merges the file as text and stops with a conflict, never changing an
# entry silently (git's built-in union merge, the old `merge=union`, kept
# the lines of both sides and broke two entries appended at the same place).
# Both branches here append an engagement after the last one of the month,
# on the same day, with the same type and outcome.
$ fixture gitshell
$ advo init --name unused scratch -q && cp scratch/.gitattributes scratch/.gitignore . && rm -r scratch && cat .gitattributes
> engagements/*.yaml merge=advo
# Outside git, check says nothing of merging; in a repository without the
# driver it warns, at the line of .gitattributes.
$ advo --today 2026-11-23 check && git init -q -b main && advo --today 2026-11-23 check
> .gitattributes:1:20: warning: git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as plain text and conflict; run 'advo init --hooks'
! 0 errors, 1 warning
$ advo --today 2026-11-23 check --strict --format json
> {
>   "errors": 0,
>   "warnings": 1,
>   "problems": [
>     {
>       "file": ".gitattributes",
>       "line": 1,
>       "column": 20,
>       "severity": "warning",
>       "code": "merge-driver",
>       "message": "git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as plain text and conflict; run 'advo init --hooks'"
>     }
>   ]
> }
? 1
$ advo init --hooks && git config merge.advo.name && advo --today 2026-11-23 check
> engagements merged by id (advo)
! configured git to merge month files by engagement id (merge.advo.driver: advo merge-engagements)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
$ advo init --hooks
! the merge driver for month files is configured already (merge.advo.driver)
! the pre-commit hook is installed already: .git/hooks/pre-commit
$ git add -A && git commit -qm "New program"
$ git checkout -qb one && advo --today 2026-11-23 --commit -q log jose-muller-initech thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q nominate "Ann Lee" --company Hooli && advo --today 2026-11-23 --commit -q set jane-doe-acme title=CTO
> 2026-11-20-jose-muller-initech-thank-you
> ann-lee-hooli
$ git checkout -q main && git checkout -qb two && advo --today 2026-11-23 --commit -q log jane-roe-globex thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q nominate "Bo Chen" --company Umbrella && advo --today 2026-11-23 --commit -q set jane-doe-acme products+=reporting
> 2026-11-20-jane-roe-globex-thank-you
> bo-chen-umbrella
# A clone nobody configured: git merges the month file as text, stops with
# a conflict and exits 1; the other files merge; nothing is committed.
$ git checkout -q main && git clone -q . ../clone && cd ../clone && git merge -q origin/one && git merge -q --no-edit origin/two
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
> CONFLICT (content): Merge conflict in engagements/2026-11.yaml
> Automatic merge failed; fix conflicts and then commit the result.
? 1
$ cd ../clone && git status --short && git log -1 --format=%s && cat engagements/2026-11.yaml
> A  advocates/bo-chen-umbrella.yaml
> M  advocates/jane-doe-acme.yaml
> UU engagements/2026-11.yaml
> set: jane-doe-acme title=CTO
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
> <<<<<<< HEAD
> - id: 2026-11-20-jose-muller-initech-thank-you
>   date: 2026-11-20
>   advocate: jose-muller-initech
> =======
> - id: 2026-11-20-jane-roe-globex-thank-you
>   date: 2026-11-20
>   advocate: jane-roe-globex
> >>>>>>> origin/two
>   type: thank-you
>   outcome: completed
$ cd ../clone && advo --today 2026-11-23 check
> .gitattributes:1:20: warning: git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as plain text and conflict; run 'advo init --hooks'
> engagements/2026-11.yaml:13:5: error: YAML syntax: illegal map value
! 1 error, 1 warning
? 1
# git rebase, the same.
$ cd ../clone && git merge --abort && git checkout -q -b rebased origin/two && git rebase -q origin/one
> Auto-merging engagements/2026-11.yaml
> CONFLICT (content): Merge conflict in engagements/2026-11.yaml
! error: could not apply 2af0a61... log: jane-roe-globex thank-you 2026-11-20
! hint: Resolve all conflicts manually, mark them as resolved with
! hint: "git add/rm <conflicted_files>", then run "git rebase --continue".
! hint: You can instead skip this commit: run "git rebase --skip".
! hint: To abort and get back to the state before "git rebase", run "git rebase --abort".
! Could not apply 2af0a61... log: jane-roe-globex thank-you 2026-11-20
? 1
$ cd ../clone && git status --short && git rebase --abort && git checkout -q main
> UU engagements/2026-11.yaml
# Once configured (`advo init --hooks`), the merge is clean: both entries
# whole, sorted, canonical.
$ cd ../clone && advo init --hooks -q && git reset -q --hard origin/one && git merge -q --no-edit origin/two && advo --today 2026-11-23 check && advo --today 2026-11-23 fmt --check && git status --short && cat engagements/2026-11.yaml
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
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
# git rebase both ways, too.
$ cd ../clone && git checkout -q -b two-on-one origin/two && git rebase -q origin/one && advo --today 2026-11-23 check && git status --short && git log --format=%s | head -3 && grep -c '^- id' engagements/2026-11.yaml
> set: jane-doe-acme products+=reporting
> nominate: bo-chen-umbrella (Bo Chen, Umbrella)
> log: jane-roe-globex thank-you 2026-11-20
> 4
$ cd ../clone && git checkout -q -b one-on-two origin/one && git rebase -q origin/two && advo --today 2026-11-23 check && git status --short && git log --format=%s | head -3 && grep -c '^- id' engagements/2026-11.yaml && git diff two-on-one -- engagements
> set: jane-doe-acme title=CTO
> nominate: ann-lee-hooli (Ann Lee, Hooli)
> log: jose-muller-initech thank-you 2026-11-20
> 4
# The driver configured, but advo not on the PATH git runs it with: the
# configured command merges the file as text instead, a conflict with
# markers, never "ours" alone.
# (sh names the whole command, with git's temporary file names, in its
# complaint; they are replaced by TMP here.)
$ cd ../clone && git checkout -q main && git reset -q --hard origin/one && PATH=/usr/bin:/bin git merge -q --no-edit origin/two 2> ../err; echo "git merge: $?"; sed 's/[.]merge_file_[A-Za-z0-9]*/TMP/g' ../err
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
> CONFLICT (content): Merge conflict in engagements/2026-11.yaml
> Automatic merge failed; fix conflicts and then commit the result.
> git merge: 1
> advo merge-engagements TMP TMP TMP 'engagements/2026-11.yaml'; s=$?; [ $s -le 1 ] && exit $s; echo "advo merge-engagements did not merge (exit status $s): merged as text" >&2; git merge-file -L ours -L base -L theirs TMP TMP TMP: 1: advo: not found
> advo merge-engagements did not merge (exit status 127): merged as text
$ cd ../clone && git status --short && grep -c -e '^<<<<<<<' -e '^>>>>>>>' engagements/2026-11.yaml && git merge --abort
> A  advocates/bo-chen-umbrella.yaml
> M  advocates/jane-doe-acme.yaml
> UU engagements/2026-11.yaml
> 2
# advo failing (here a stand-in that exits 70) ends the same way.
$ mkdir ../fake && printf '#!/bin/sh\nexit 70\n' > ../fake/advo && chmod +x ../fake/advo && cd ../clone && PATH=$PWD/../fake:/usr/bin:/bin git merge -q --no-edit origin/two
> Auto-merging advocates/jane-doe-acme.yaml
> Auto-merging engagements/2026-11.yaml
> CONFLICT (content): Merge conflict in engagements/2026-11.yaml
> Automatic merge failed; fix conflicts and then commit the result.
! advo merge-engagements did not merge (exit status 70): merged as text
? 1
$ cd ../clone && git status --short && grep -c -e '^<<<<<<<' -e '^>>>>>>>' engagements/2026-11.yaml && git merge --abort
> A  advocates/bo-chen-umbrella.yaml
> M  advocates/jane-doe-acme.yaml
> UU engagements/2026-11.yaml
> 2
# And in the first repository, with plain `git merge`.
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
# set as merge.advo.driver is left alone.
$ mkdir fresh && cd fresh && git init -q -b main && advo init && git config merge.advo.name
> engagements merged by id (advo)
! advo: new program 'fresh' in .
! configured git to merge month files by engagement id (merge.advo.driver: advo merge-engagements)
$ mkdir other && cd other && git init -q -b main && git config merge.advo.driver 'my-merge %A' && advo init --hooks && git config merge.advo.driver && advo check
> my-merge %A
! advo: new program 'other' in .
! merge.advo.driver is 'my-merge %A' already, not advo's; not replaced (month files merge with it)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
