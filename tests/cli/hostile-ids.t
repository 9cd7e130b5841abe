# Ids and names that try to escape never reach a path: ids are
# [a-z0-9][a-z0-9-]*, at most 80 characters, and record file names must be ids.
$ fixture small
$ advo show ../advocates/jane-doe-acme
! advo: no advocate, story, request or engagement '../advocates/jane-doe-acme'
? 2
$ advo show /etc/passwd
! advo: no advocate, story, request or engagement '/etc/passwd'
? 2
$ advo --today 2026-11-16 nominate "../../etc/passwd" --company "/tmp"
> etc-passwd-tmp
! nominated ../../etc/passwd of /tmp: advocates/etc-passwd-tmp.yaml
$ advo --today 2026-11-16 nominate "$(printf 'Very Long Name %.0s' $(seq 1 30))" --company "C:\\Windows\\NUL"
> very-long-name-very-long-name-very-long-name-very-long-name-very-long-name-very
! nominated Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name Very Long Name of C:\Windows\NUL: advocates/very-long-name-very-long-name-very-long-name-very-long-name-very-long-name-very.yaml
$ advo --today 2026-11-16 nominate "$(printf '\033[2J')" --company "$(printf '..\t/..')"
> 2j
! nominated \x1b[2J of ..	/..: advocates/2j.yaml
$ ls advocates
> 2j.yaml
> etc-passwd-tmp.yaml
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
> very-long-name-very-long-name-very-long-name-very-long-name-very-long-name-very.yaml
$ advo set jane-doe-acme id=../../x
! advo: id=../../x: the id cannot be changed: it is the name of the record's file
! advo: nothing written (1 error)
? 2
$ printf 'id: ../../x\nname: N\ncompany: C\nstage: active\n' > advocates/sneaky.yaml
$ cp advocates/jane-roe-globex.yaml advocates/Jane-Roe-Globex.yaml
$ cp advocates/jane-roe-globex.yaml "advocates/$(printf 'x%.0s' $(seq 1 81)).yaml"
$ printf -- '- id: ../../e\n  date: 2026-11-09\n  advocate: ../jane\n  type: gift\n  outcome: completed\n' > engagements/2026-12.yaml
$ advo check
> advocates/2j.yaml:2:7: warning: name holds the control character U+001B (ESC) at character 1; a terminal would act on it (advo shows it escaped)
> advocates/2j.yaml:3:10: warning: company holds the control character U+0009 (tab) at character 3; a terminal would act on it (advo shows it escaped)
> advocates/Jane-Roe-Globex.yaml: error: file name 'Jane-Roe-Globex' is not a valid id (lower-case letters, digits and '-', at most 80 characters)
> advocates/sneaky.yaml:1:5: error: invalid id '../../x' (lower-case letters, digits and '-', at most 80 characters)
> advocates/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.yaml: error: file name 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' is not a valid id (lower-case letters, digits and '-', at most 80 characters)
> engagements/2026-12.yaml:1:7: error: invalid id '../../e' (lower-case letters, digits and '-', at most 80 characters)
> engagements/2026-12.yaml:3:13: error: invalid id '../jane' (lower-case letters, digits and '-', at most 80 characters)
! 5 errors, 2 warnings
? 1
$ rm advocates/sneaky.yaml advocates/Jane-Roe-Globex.yaml advocates/xxx* engagements/2026-12.yaml
# A record folder that is a link leading outside the program is refused
# for reading, and so never written through.
$ mkdir ../outside && mv stories ../outside/ && ln -s ../outside/stories stories
$ advo check
> advocates/2j.yaml:2:7: warning: name holds the control character U+001B (ESC) at character 1; a terminal would act on it (advo shows it escaped)
> advocates/2j.yaml:3:10: warning: company holds the control character U+0009 (tab) at character 3; a terminal would act on it (advo shows it escaped)
> requests/2026-11-02-umbrella-reference-call.yaml:18:5: error: no story 'acme-cuts-reporting-time'
> stories: error: symbolic link points outside the program; refused
! 2 errors, 2 warnings
? 1
$ advo --today 2026-11-16 verify jane-doe-acme
! advo: stories: symbolic link points outside the program; refused
! advo: the program has 1 error (see 'advo check')
? 3
$ ls ../outside/stories
> acme-cuts-reporting-time.yaml
$ rm stories && mv ../outside/stories .
$ mv advo.toml ../advo.toml && ln -s ../advo.toml advo.toml
$ advo check
> advo.toml: error: symbolic link points outside the program; refused
> advocates/2j.yaml:2:7: warning: name holds the control character U+001B (ESC) at character 1; a terminal would act on it (advo shows it escaped)
> advocates/2j.yaml:3:10: warning: company holds the control character U+0009 (tab) at character 3; a terminal would act on it (advo shows it escaped)
! 1 error, 2 warnings
? 1
