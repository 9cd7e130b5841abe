# --commit and [git] autocommit: a writing command commits exactly the
# files it changed, with a message that says what happened; other staged
# work stays staged and out of the commit; nothing changed, nothing
# committed; outside git --commit is an error before anything is written.
$ fixture gitshell
$ git init -q -b main && git add -A && git commit -qm "New program" && git log --format=%s
> New program
$ echo draft > notes.txt && git add notes.txt && advo --today 2026-11-23 --commit log jane-roe-globex reference-call --date 2026-12-01 --request 2026-11-02-umbrella-reference-call
> 2026-12-01-jane-roe-globex-reference-call
! committed ff4a6f8: log: jane-roe-globex reference-call 2026-12-01 scheduled for 2026-11-02-umbrella-reference-call
$ git log --format=%s && git show --stat --format= HEAD && git status --short
> log: jane-roe-globex reference-call 2026-12-01 scheduled for 2026-11-02-umbrella-reference-call
> New program
>  engagements/2026-12.yaml                         | 6 ++++++
>  requests/2026-11-02-umbrella-reference-call.yaml | 1 +
>  2 files changed, 7 insertions(+)
> A  notes.txt
$ advo --today 2026-11-23 --commit set jane-doe-acme title="CTO" && git log -1 --format=%s && git status --short
> set: jane-doe-acme title=CTO
> A  notes.txt
! updated advocates/jane-doe-acme.yaml
! committed ff356f8: set: jane-doe-acme title=CTO
# Nothing changed: nothing committed.
$ advo --today 2026-11-23 --commit set jane-doe-acme title="CTO" && git log --format=%s
> set: jane-doe-acme title=CTO
> log: jane-roe-globex reference-call 2026-12-01 scheduled for 2026-11-02-umbrella-reference-call
> New program
! jane-doe-acme: nothing changed
$ advo --today 2026-11-23 --commit nominate "Ann Lee" --company Hooli --email ann@hooli.example && git log -1 --format=%s
> ann-lee-hooli
> nominate: ann-lee-hooli (Ann Lee, Hooli)
! nominated Ann Lee of Hooli: advocates/ann-lee-hooli.yaml
! committed e0a8b16: nominate: ann-lee-hooli (Ann Lee, Hooli)
$ advo --today 2026-11-23 --commit stage ann-lee-hooli qualified && git log -1 --format=%s
> stage: ann-lee-hooli nominated → qualified
! ann-lee-hooli: nominated → qualified
! committed 2f13694: stage: ann-lee-hooli nominated → qualified
$ advo --today 2026-11-23 --commit verify jane-doe-acme jane-roe-globex && git log -1 --format=%s && git show --stat --format= HEAD
> verify: jane-doe-acme, jane-roe-globex on 2026-11-23
>  advocates/jane-doe-acme.yaml   | 2 +-
>  advocates/jane-roe-globex.yaml | 1 +
>  2 files changed, 2 insertions(+), 1 deletion(-)
! jane-doe-acme: verified on 2026-11-23
! jane-roe-globex: verified on 2026-11-23
! committed af696ea: verify: jane-doe-acme, jane-roe-globex on 2026-11-23
$ advo --today 2026-11-23 --commit fmt && git log -1 --format=%s
> verify: jane-doe-acme, jane-roe-globex on 2026-11-23
# The commit flag may stand after the command, like every global option.
$ advo --today 2026-11-23 stage jane-roe-globex paused --commit -q && git log -1 --format=%s
> stage: jane-roe-globex active → paused
# autocommit from advo.toml, without the flag.
$ printf '\n[git]\nautocommit = true\n' >> advo.toml && git commit -qm "Autocommit" advo.toml && advo --today 2026-11-23 -q set jane-roe-globex segment=smb && git log -1 --format=%s
> set: jane-roe-globex segment=smb
$ sed -i 's/^autocommit = true/autocommit = "yes"/' advo.toml && advo --today 2026-11-23 check
> .gitattributes: warning: git's merge driver for month files (merge.advo.driver) is not configured in this clone, so month files merge as plain text and conflict; run 'advo init --hooks'
> advo.toml:28:14: error: autocommit must be true or false
! 1 error, 1 warning
? 1
# A hook that refuses: the change is written, not committed.
$ git checkout -q advo.toml && printf '#!/bin/sh\necho "no commits today" >&2\nexit 1\n' > .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit && advo --today 2026-11-23 --commit set jane-doe-acme title="CEO"; echo "exit $?"; grep '^title' advocates/jane-doe-acme.yaml; git log -1 --format=%s
> exit 4
> title: CEO
> set: jane-roe-globex segment=smb
! updated advocates/jane-doe-acme.yaml
! advo: the change is written but not committed; git commit failed:
!   no commits today
# An outer git's variables do not leak in.
$ rm .git/hooks/pre-commit && mkdir ../other && git init -q ../other && GIT_DIR=../other/.git GIT_INDEX_FILE=../other/.git/index GIT_WORK_TREE=../other advo --today 2026-11-23 --commit set jane-doe-acme title="CFO" -q && git log -1 --format=%s && git -C ../other rev-list --all
> set: jane-doe-acme title=CFO

# A value with a newline cannot add lines to the message: it stays one
# line, the newline shown as \n, and git finds no trailer in it.
$ advo --today 2026-11-23 --commit nominate "$(printf 'Eve Stone\n\nSigned-off-by: x')" --company Hooli --by priya > /dev/null 2>&1 && git log -1 --format=%B && git log -1 --format=%B | git interpret-trailers --parse
> nominate: eve-stone-signed-off-by-x-hooli (Eve Stone\n\nSigned-off-by: x, Hooli)
>
