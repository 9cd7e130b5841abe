# --commit outside a git repository: an error, and nothing is written;
# autocommit there does nothing.
$ fixture gitshell
$ advo --today 2026-11-23 --commit set jane-doe-acme title="CTO"; grep '^title' advocates/jane-doe-acme.yaml
> title: VP Engineering
! advo: --commit: the program is not in a git repository; nothing written
$ printf '\n[git]\nautocommit = true\n' >> advo.toml && advo --today 2026-11-23 set jane-doe-acme title="CTO" && grep '^title' advocates/jane-doe-acme.yaml
> title: CTO
! updated advocates/jane-doe-acme.yaml
$ git init -q && advo=$(command -v advo) && PATH=/nonexistent "$advo" --today 2026-11-23 --commit verify jane-doe-acme
! advo: --commit: git is not installed (no git in PATH); nothing written
? 2
