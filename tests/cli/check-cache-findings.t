# check keeps what the checks of one record found, per file, beside the
# cache (.advo/check-findings), keyed by the file's content and by
# advo.toml's: a later check runs them again only for the files that
# changed, and for every file once advo.toml changed. Whatever changed, a
# check gives what a check without the cache gives.
$ fixture small
$ sed -i 's/^industry: healthcare/industry: helthcare/' advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ head -1 .advo/check-findings
> advo check findings 1
# The finding comes from what was kept, not from the record: a message
# changed there shows. --no-cache neither reads nor writes it.
$ sed -i 's/^M unknown industry/M kept: unknown industry/' .advo/check-findings
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: kept: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ advo --no-cache --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: kept: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
# A file that changed is checked again: its findings are a cold check's.
$ sed -i 's/^industry: helthcare/industry: retial/' advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: unknown industry 'retial' (did you mean 'retail'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ diff <(advo --today 2026-11-16 check --format json) <(advo --no-cache --today 2026-11-16 check --format json) && echo same as without the cache
> same as without the cache
# advo.toml changed: every file is checked again, whatever was kept.
$ sed -i 's/^M unknown industry/M kept: unknown industry/' .advo/check-findings
$ sed -i 's/"manufacturing"]/"manufacturing", "retial"]/' advo.toml
$ advo --today 2026-11-16 check
$ sed -i 's/, "retial"]/]/' advo.toml
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: unknown industry 'retial' (did you mean 'retail'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ diff <(advo --today 2026-11-16 check --format json) <(advo --no-cache --today 2026-11-16 check --format json) && echo same as without the cache
> same as without the cache
# Findings kept in another format are not used, and are made again.
$ sed -i -e '1s/ 1$/ 0/' -e 's/^M unknown industry/M kept: unknown industry/' .advo/check-findings
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:6:11: error: unknown industry 'retial' (did you mean 'retail'?); known: healthcare, retail, manufacturing
! 1 error, 0 warnings
? 1
$ head -1 .advo/check-findings
> advo check findings 1
# advo cache clear removes them with the cache.
$ advo cache clear
! cache cleared
$ ls -A .advo
> .gitignore
