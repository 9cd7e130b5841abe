# advo __complete WORD…: what the shell scripts in completions/ ask. The
# first line says what to offer (words, files or folders), then one
# candidate a line, commands and options with a description after a tab.
$ fixture gitshell
$ advo __complete -- "" | grep -c __complete
> 0
? 1
$ advo --help | grep -c __complete
> 0
? 1
$ advo __complete -- show --fo
> words
> --format	Output format: yaml|json
$ advo __complete -- rest check --type ""
> words
> case-study
> podcast
> reference-call
$ advo __complete -- --today 2026-11-20 -q log jane-doe-acme podcast --outcome n
> words
> no-show
# Every DATE option offers the words of DATES in advo(1).
$ advo __complete -- match --on t
> words
> today
> tomorrow
> tuesday
> thursday
$ advo __complete -- --today fr
> words
> friday
$ advo __complete -- story add T --approved-on ye
> words
> yesterday
$ advo __complete -- log j t --request ""
> words
> 2026-11-02-umbrella-reference-call
$ advo __complete -- log j t --story=a
> words
> --story=acme-cuts-reporting-time
# Any record after show: engagement ids once the month is typed (only that
# month's file is read).
$ advo __complete -- show 2026-1
> words
> 2026-11-02-umbrella-reference-call
$ advo __complete -- show 2026-11-0
> words
> 2026-11-02-umbrella-reference-call
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
# The month file is read as every command reads it, so an entry in any
# YAML form completes.
$ printf '%s\n' "- {id: '2026-12-01-jane-doe-acme-webinar', date: 2026-12-01, advocate: jane-doe-acme, type: webinar, outcome: scheduled}" > engagements/2026-12.yaml
$ advo __complete -- show 2026-12
> words
> 2026-12-01-jane-doe-acme-webinar
$ rm engagements/2026-12.yaml
$ advo __complete -- show a
> words
> acme-cuts-reporting-time
# Query words: field names one level at a time, then the field's values.
$ advo __complete -- advocates st
> words
> stage:
> stage_on:
> stale:
$ advo __complete -- advocates nps.
> words
> nps.date:
> nps.score:
$ advo __complete -- advocates not:stage:d
> words
> not:stage:declined
$ advo __complete -- advocates segment:smb,e
> words
> segment:smb,enterprise
$ advo __complete -- advocates available:
> words
> available:case-study
> available:podcast
> available:reference-call
> available:thank-you
$ advo __complete -- advocates consent:
> words
> consent:logo
> consent:name
> consent:quote
> consent:case-study
> consent:video
> consent:press
$ advo __complete -- advocates --sort nps
> words
> nps.score
> nps.date
# Assignments of set: FIELD=, then the values; LIST+= and LIST-= too.
$ advo __complete -- set jane-doe-acme nom
> words
> nominated.
$ advo __complete -- set jane-doe-acme activities+=
> words
> activities+=case-study
> activities+=podcast
> activities+=reference-call
> activities+=thank-you
$ advo __complete -- set jane-doe-acme do_not_contact=
> words
> do_not_contact=true
> do_not_contact=false
# Nominate's options take the values of the fields they set.
$ advo __complete -- nominate X --source p
> words
> product
> partner
$ advo __complete -- nominate X --industry ""
> words
> healthcare
> retail
> manufacturing
# Ids of every kind for history, as for show; the request of a log.
$ advo __complete -- history 2026-11-0
> words
> 2026-11-02-umbrella-reference-call
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
$ advo __complete -- log jane-doe-acme podcast --request ""
> words
> 2026-11-02-umbrella-reference-call
# Every argument of the table of live ids exists in the parser (a wrong
# line would fail every run); help completes commands and topics.
$ advo __complete -- help ""
> words
> init
> nominate
> advocates
> show
> set
> edit
> stage
> verify
> stories
> story
> request
> requests
> match
> check
> fmt
> log-engagement
> engagements
> engagement
> rest
> report
> today
> import
> export
> history
> help
> move
> forget
> cache
> advo
> files
> advo.toml
# Paths are left to the shell.
$ advo __complete -- init ""
> folders
$ advo __complete -- --dir ""
> folders
$ advo __complete -- help l
> words
> log-engagement
# A command without arguments offers its options.
$ advo __complete -- fmt ""
> words
> --help	Print this help message and exit
> --check	Only list the files that are not canonical
> --dir	Use the program in DIR
> --today	Take DATE as today
> --color	Colour output: auto, always or never
> --width	Fit tables and text to N columns
> --quiet	Print no messages, only data and errors
> --no-cache	Read every file
> --commit	Commit the files a writing command changes
# Ids come from the file names, so a broken file still completes, and
# nothing is ever printed on stderr.
$ printf 'id: [\n' > advocates/broken-one.yaml && printf '[program\n' > advo.toml
$ advo __complete -- show b
> words
> broken-one
$ advo __complete -- log broken-one ""
> words
$ mkdir elsewhere && cd elsewhere && advo __complete -- show j
> words
> jane-doe-acme
> jane-roe-globex
> jose-muller-initech
$ cd / && advo __complete -- show j
> words
$ cd / && advo __complete -- -C "$OLDPWD" show jo
> words
> jose-muller-initech
$ cd / && advo __complete -- --dir="$OLDPWD" show jo
> words
> jose-muller-initech
$ cd / && ADVO_DIR="$OLDPWD" advo __complete -- show jo
> words
> jose-muller-initech
# The engagement commands: sub-commands, engagement ids from live data once
# the month is typed, the fields `set` changes, and the query's own names.
$ advo __complete -- engagement ""
> words
> done	A scheduled engagement took place: its outcome becomes completed
> cancel	An engagement was called off: its outcome becomes cancelled
> delete	Remove an entry logged by mistake
> set	Change fields of an engagement: FIELD=VALUE
$ advo __complete -- engagement done 2026-11-0
> words
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
$ advo __complete -- engagement set 2026-11-05 ""
> words
> date=
> outcome=
> notes=
> request=
> story=
> by=
$ advo __complete -- engagements past
> words
> past-scheduled:
$ advo __complete -- engagements outcome:s
> words
> outcome:scheduled
