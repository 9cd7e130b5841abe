# advo init --hooks installs the pre-commit hook of examples/ci: a commit
# is refused while advo check finds an error in what is staged.
$ advo init --hooks program
! advo: --hooks: the program is not in a git repository (run 'git init' first); nothing written
? 4
$ git init -q -b main && advo init --hooks program && ls program && test -x .git/hooks/pre-commit && grep '^program=' .git/hooks/pre-commit
> advo.toml
> advocates
> engagements
> requests
> stories
> program=program # the program's folder, relative to the top of the repository
! advo: new program 'program' in program
! configured git to merge month files by engagement id (merge.advo.driver: advo merge-engagements)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
$ advo init --hooks program
! the merge driver for month files is configured already (merge.advo.driver)
! the pre-commit hook is installed already: .git/hooks/pre-commit
$ cd program && git add -A && git commit -qm "New program" && git log --format=%s
> New program
$ cd program && advo -q nominate "Ann Lee" --company Hooli && sed -i 's/^stage: .*/stage: famous/' advocates/ann-lee-hooli.yaml && git add -A && git commit -qm "Ann"; git log --format=%s
> ann-lee-hooli
> New program
! advocates/ann-lee-hooli.yaml:4:8: error: unknown stage 'famous'; known: nominated, qualified, active, paused, alumni, declined
! 1 error, 0 warnings
$ cd program && sed -i 's/^stage: famous/stage: nominated/' advocates/ann-lee-hooli.yaml && git add -A && git commit -qm "Ann" && git log --format=%s
> Ann
> New program
$ rm .git/hooks/pre-commit && advo init --hooks program && rm -f .git/hooks/pre-commit && echo '#!/bin/sh' > .git/hooks/pre-commit && advo init --hooks program
! the merge driver for month files is configured already (merge.advo.driver)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
! the merge driver for month files is configured already (merge.advo.driver)
! advo: .git/hooks/pre-commit exists already and is not advo's; not replaced (to check the program from it, run: advo -C program check)
? 4
$ mkdir other && cd other && git init -q -b main && advo init -q && advo init --hooks && grep '^program=' ../.git/hooks/pre-commit .git/hooks/pre-commit
> .git/hooks/pre-commit:program=.   # the program's folder, relative to the top of the repository
! the merge driver for month files is configured already (merge.advo.driver)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error

