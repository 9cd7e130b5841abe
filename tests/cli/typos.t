# Typos on the command line: every unknown command, sub-command or option
# is told with the nearest name that exists; every value outside a list of
# values in one style, with the nearest value and the whole list (exit 2).
$ advo --versoin
! advo: unknown option '--versoin' (did you mean '--version'?)
! Run 'advo --help' for the list of commands.
? 2
$ advo lgo
! advo: unknown command 'lgo' (did you mean 'log'?)
! Run 'advo --help' for the list of commands.
? 2
$ advo advocates --sortt name
! advo: advocates: unknown option '--sortt' (did you mean '--sort'?)
! Run 'advo advocates --help' for its options.
? 2
$ advo --today 2026-11-20 match 2026-11-02 --contry DE
! advo: match: unknown option '--contry' (did you mean '--country'?)
! Run 'advo match --help' for its options.
? 2
$ advo advocates --limt 3
! advo: advocates: unknown option '--limt' (did you mean '--limit'?)
! Run 'advo advocates --help' for its options.
? 2
$ advo check --strcit
! advo: check: unknown option '--strcit' (did you mean '--strict'?)
! Run 'advo check --help' for its options.
? 2
$ advo advocates -sort name
! advo: advocates: unknown option '-sort' (did you mean '--sort'?)
! Run 'advo advocates --help' for its options.
? 2
$ advo request nwe
! advo: request: unknown sub-command 'nwe' (did you mean 'new'?); request takes new, set or close
! Run 'advo request --help' for its options.
? 2
$ advo cache purge
! advo: cache: unknown sub-command 'purge'; cache takes clear
! Run 'advo cache --help' for its options.
? 2
$ advo engagement dne x
! advo: unknown engagement sub-command 'dne' (did you mean 'done'?); engagement takes done, cancel, delete or set
? 2
$ advo story ad
! advo: unknown story sub-command 'ad' (did you mean 'add'?); story takes add, set or status
? 2
$ advo report --perod 2026-Q3
! advo: report: unknown option '--perod' (did you mean '--period'?)
! Run 'advo report --help' for its options.
? 2
# Enumerated values.
$ advo export advocate
! advo: export: unknown kind 'advocate' (did you mean 'advocates'?); known: advocates, stories, requests, engagements
! Run 'advo export --help' for its options.
? 2
$ advo advocates --format xlm
! advo: advocates: unknown format 'xlm'; known: table, json, csv, md
! Run 'advo advocates --help' for its options.
? 2
$ advo --color bleu check
! advo: unknown --color value 'bleu'; known: auto, always, never
? 2
$ advo import csv people.csv --into advocate
! advo: import: unknown record kind 'advocate' (did you mean 'advocates'?); known: advocates, stories, requests
! Run 'advo import --help' for its options.
? 2
$ fixture match
$ sed -i 's/"healthcare", /"healthcare", "financial-services", /' advo.toml
$ advo --today 2026-11-20 request new --type refcall --by sam.ortiz --account Acme
! advo: --type refcall: unknown activity type 'refcall' (did you mean 'reference-call'?); known: logo, reference-call, thank-you, webinar
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 request new --type reference-call --by sam.ortiz --account Acme --industry fintech
! advo: --industry fintech: unknown industry 'fintech' (did you mean 'financial-services'?); known: healthcare, financial-services, retail, logistics
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 report helth
! advo: unknown report section 'helth' (did you mean 'health'?); known: health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene
? 2
$ advo set ada-adams segment=enterprize
! advo: segment=enterprize: unknown segment 'enterprize' (did you mean 'enterprise'?); known: smb, mid-market, enterprise
! advo: nothing written (1 error)
? 2
$ advo advocates stage:activ
! advo: 'stage:activ': unknown stage 'activ' (did you mean 'active'?); known: nominated, qualified, active, paused, alumni, declined
? 2
