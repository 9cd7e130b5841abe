# advo init --hooks moves a program made before advo had a merge driver of
# its own: its .gitattributes names git's built-in union merge for month
# files (which keeps the lines of both sides and silently breaks two
# entries appended at the same place), and `advo init` had redefined
# `union` in the repository's config to run advo. `advo check` warns about
# the old line, in a clone with the config or without.
$ fixture gitshell
$ printf 'CHANGES merge=union\nengagements/*.yaml merge=union\n' > .gitattributes && echo .advo/ > .gitignore && git init -q -b main && git config merge.union.name 'engagements merged by id (advo), else union' && git config merge.union.driver 'advo merge-engagements %O %A %B %P' && git add -A && git commit -qm "Old program"
$ advo --today 2026-11-23 check
> .gitattributes:2:20: warning: month files merge with git's built-in union merge, which can silently break engagements; run 'advo init --hooks' to use advo's merge driver (merge=advo)
! 0 errors, 1 warning
$ git clone -q . ../clone && advo -C ../clone --today 2026-11-23 check
> .gitattributes:2:20: warning: month files merge with git's built-in union merge, which can silently break engagements; run 'advo init --hooks' to use advo's merge driver (merge=advo)
! 0 errors, 1 warning
$ advo init --hooks
! .gitattributes: month files now merge with advo's driver (merge=advo, was merge=union); commit it
! configured git to merge month files by engagement id (merge.advo.driver: advo merge-engagements)
! removed advo's old merge.union.driver from the git config (month files now use merge=advo)
! installed .git/hooks/pre-commit: a commit is refused while 'advo check' finds an error
$ cat .gitattributes && git config --get-regexp '^merge\.' && git status --short && advo --today 2026-11-23 check
> CHANGES merge=union
> engagements/*.yaml merge=advo
> merge.advo.name engagements merged by id (advo)
> merge.advo.driver advo merge-engagements %O %A %B %P; s=$?; [ $s -le 1 ] && exit $s; echo "advo merge-engagements did not merge (exit status $s): merged as text" >&2; git merge-file -L ours -L base -L theirs %A %O %B
>  M .gitattributes
$ advo init --hooks
! the merge driver for month files is configured already (merge.advo.driver)
! the pre-commit hook is installed already: .git/hooks/pre-commit
# A union driver of another command is not advo's and stays.
$ cd ../clone && git config merge.union.driver 'my-union %A' && advo init --hooks -q && git config --get-regexp '^merge\.' && cat .gitattributes && advo --today 2026-11-23 check
> merge.union.driver my-union %A
> merge.advo.name engagements merged by id (advo)
> merge.advo.driver advo merge-engagements %O %A %B %P; s=$?; [ $s -le 1 ] && exit $s; echo "advo merge-engagements did not merge (exit status $s): merged as text" >&2; git merge-file -L ours -L base -L theirs %A %O %B
> CHANGES merge=union
> engagements/*.yaml merge=advo
# A folder made into a program by `advo init` gets merge=advo in place of
# an old line, and keeps its other lines.
$ mkdir new && printf 'engagements/*.yaml merge=union\n*.png binary\n' > new/.gitattributes && advo init new && cat new/.gitattributes
> engagements/*.yaml merge=advo
> *.png binary
! new/.gitattributes: month files now merge with advo's driver (merge=advo, was merge=union); commit it
! advo: new program 'new' in new
