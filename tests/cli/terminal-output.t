# Control characters and escape sequences in record values reach the
# terminal escaped, never as they are: in show, in tables, in messages.
$ fixture small
$ printf 'id: evil-corp\nname: "Eve \\e[2J\\e]0;owned\\a"\ncompany: "Evil\\rCorp \\u202Egnp.exe"\nindustry: healthcare\nstage: active\nnotes: "line one\\nline two \\x9b31m"\n' > advocates/evil-corp.yaml
$ advo --today 2026-11-16 show evil
> id: evil-corp
> name: "Eve \x1b[2J\x1b]0;owned\x07"
> company: "Evil\rCorp \u202egnp.exe"
> industry: healthcare
> stage: active
> notes: "line one\nline two \u009B31m"
> # activity as of 2026-11-16, from the engagement log:
> # last ask: none
> # asks in the last 90 days: 0
> # asks in the last 365 days: 0 (effort 0)
> # gives in the last 365 days: 0 (effort 0)
> # next available: no ask type in activities
$ advo --today 2026-11-16 show evil --format json
> {
>   "id": "evil-corp",
>   "name": "Eve \u001b[2J\u001b]0;owned\u0007",
>   "title": null,
>   "company": "Evil\rCorp \u202egnp.exe",
>   "email": null,
>   "phone": null,
>   "account_owner": null,
>   "industry": "healthcare",
>   "segment": null,
>   "employees": null,
>   "region": null,
>   "country": null,
>   "languages": [],
>   "products": [],
>   "use_cases": [],
>   "persona": null,
>   "topics": [],
>   "activities": [],
>   "stage": "active",
>   "stage_on": null,
>   "nominated": {
>     "by": null,
>     "date": null,
>     "source": null,
>     "reason": null
>   },
>   "nps": {
>     "score": null,
>     "date": null
>   },
>   "moved_to": null,
>   "moved_from": null,
>   "consent": {
>     "logo": null,
>     "name": null,
>     "quote": null,
>     "case-study": null,
>     "video": null,
>     "press": null
>   },
>   "limits": {
>     "max_per_quarter": null,
>     "max_per_year": null
>   },
>   "unavailable": [],
>   "do_not_contact": false,
>   "commitment": {
>     "activities": [],
>     "until": null,
>     "note": null
>   },
>   "verified_on": null,
>   "tags": [],
>   "notes": "line one\nline two \u009b31m",
>   "activity": {
>     "on": "2026-11-16",
>     "last_ask": null,
>     "next_planned_ask": null,
>     "asks_last_90_days": 0,
>     "asks_last_365_days": 0,
>     "ask_effort_last_365_days": 0,
>     "gives_last_365_days": 0,
>     "give_effort_last_365_days": 0,
>     "next_available": {}
>   }
> }
$ advo --today 2026-11-16 advocates industry:healthcare
> ID             NAME                         COMPANY                     STAGE   INDUSTRY    REGION
> evil-corp      Eve \x1b[2J\x1b]0;owned\x07  Evil\x0dCorp \u202egnp.exe  active  healthcare
> jane-doe-acme  Jane Doe                     Acme                        active  healthcare  emea
! 2 advocates
$ advo --today 2026-11-16 advocates industry:healthcare --format md
> | ID | NAME | COMPANY | STAGE | INDUSTRY | REGION | NPS |
> | --- | --- | --- | --- | --- | --- | ---: |
> | evil-corp | Eve \\x1b\[2J\\x1b\]0;owned\\x07 | Evil\\x0dCorp \\u202egnp.exe | active | healthcare |  |  |
> | jane-doe-acme | Jane Doe | Acme | active | healthcare | emea |  |
# CSV on a terminal (script gives it one) shows control characters
# escaped; CSV to a pipe is the data, byte for byte (cat -v shows ESC as ^[).
$ script -qec "advo --today 2026-11-16 advocates id:evil-corp --format csv" /dev/null | tr -d '\r' | cat -v
> id,name,title,company,email,phone,account_owner,industry,segment,employees,region,country,languages,products,use_cases,persona,topics,activities,stage,stage_on,nominated.by,nominated.date,nominated.source,nominated.reason,nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,consent.name.granted,consent.name.expires,consent.quote.granted,consent.quote.expires,consent.case-study.granted,consent.case-study.expires,consent.video.granted,consent.video.expires,consent.press.granted,consent.press.expires,limits.max_per_quarter,limits.max_per_year,unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,verified_on,tags,notes
> evil-corp,"Eve \x1b[2J\x1b]0;owned\x07",,"Evil\x0dCorp \u202egnp.exe",,,,healthcare,,,,,,,,,,,active,,,,,,,,,,,,,,,,,,,,,,,,,false,,,,,,"line one
> line two \u009b31m"
$ script -qec "advo --today 2026-11-16 export advocates id:evil-corp --fields name,company" /dev/null | tr -d '\r' | cat -v
> name,company
> "Eve \x1b[2J\x1b]0;owned\x07","Evil\x0dCorp \u202egnp.exe"
$ advo --today 2026-11-16 export advocates id:evil-corp --fields name,company | cat -v
> name,company^M
> "Eve ^[[2J^[]0;owned^G","Evil^MCorp M-bM-^@M-.gnp.exe"^M
# check warns about each field with a control character, by file, line,
# column and field (newlines are text in notes, not in a name).
$ advo --today 2026-11-16 check
> advocates/evil-corp.yaml:2:7: warning: name holds the control character U+001B (ESC) at character 5; a terminal would act on it (advo shows it escaped)
> advocates/evil-corp.yaml:3:10: warning: company holds the control character U+000D (CR) at character 5; a terminal would act on it (advo shows it escaped)
> advocates/evil-corp.yaml:6:8: warning: notes holds the control character U+009B (C1 control) at character 19; a terminal would act on it (advo shows it escaped)
! 0 errors, 3 warnings
$ advo show "$(printf 'evil\033[31m')"
! advo: no advocate, story, request or engagement 'evil\x1b[31m'
? 2
$ printf 'id: evil-corp\nname: N\ncompany: C\nstage: "\\e[31mbogus"\n' > advocates/evil-corp.yaml
$ advo check
> advocates/evil-corp.yaml:4:8: error: unknown stage '\x1b[31mbogus'; known: nominated, qualified, active, paused, alumni, declined
! 1 error, 0 warnings
? 1
$ advo show jane
! advo: advocates/evil-corp.yaml:4:8: unknown stage '\x1b[31mbogus'; known: nominated, qualified, active, paused, alumni, declined
! advo: the program has 1 error (see 'advo check')
? 3
