# advo move: a job change makes a new record at the new company, linked to
# the old one, which becomes alumni; the asks made at the old company still
# count for the person's rest.
$ fixture small
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
# Errors write nothing: an unknown id, the same company (folded), a taken
# e-mail address, a bad date.
$ advo --today 2026-11-16 move nobody --company Initech
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-16 move jane-doe --company ACME
! advo: jane-doe-acme already works at Acme; a new title or e-mail at the same company is 'advo set jane-doe-acme title=…'; nothing written
? 4
$ advo --today 2026-11-16 move jane-doe --company Initech --email jroe@globex.example
! advo: advocate 'jane-roe-globex' (Jane Roe, Globex) already has the e-mail address jroe@globex.example; nothing written
? 4
$ advo --today 2026-11-16 move jane-doe --company Initech --email not-an-address
! advo: --email not-an-address: invalid e-mail address 'not-an-address'
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 move jane-doe --company Initech --on 2026-13-01
! advo: --on: invalid date '2026-13-01' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
# A dry run says what would happen.
$ advo --today 2026-11-16 move jane-doe --company Initech --title CTO --email jane@initech.example --keep-stage --dry-run
> jane-doe-initech
> advocates/jane-doe-acme.yaml: stage active → alumni, moved_to jane-doe-initech
> advocates/jane-doe-initech.yaml: Jane Doe at Initech, stage active, moved_from jane-doe-acme
! consent given under Acme does not carry over: case-study; ask again at Initech
! dry run: nothing written
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
# The move: the new id on standard output, both files listed; the consent
# given under Acme is named as not carried over.
$ advo --today 2026-11-16 move jane-doe --company Initech --title CTO --email jane@initech.example --keep-stage
> jane-doe-initech
> advocates/jane-doe-acme.yaml: stage active → alumni, moved_to jane-doe-initech
> advocates/jane-doe-initech.yaml: Jane Doe at Initech, stage active, moved_from jane-doe-acme
! consent given under Acme does not carry over: case-study; ask again at Initech
$ cat advocates/jane-doe-initech.yaml
> id: jane-doe-initech
> name: Jane Doe
> title: CTO
> company: Initech
> email: jane@initech.example
> region: emea
> country: DE
> languages:
>   - de
>   - en
> activities:
>   - reference-call
>   - case-study
> stage: active
> stage_on: 2026-11-16
> nominated:
>   by: sam
>   date: 2026-11-16
>   source: sales
> moved_from: jane-doe-acme
$ cat advocates/jane-doe-acme.yaml
> id: jane-doe-acme
> name: Jane Doe
> title: VP Engineering
> company: Acme
> email: jane@acme.example
> industry: healthcare
> segment: enterprise
> region: emea
> country: DE
> languages:
>   - de
>   - en
> products:
>   - analytics
> activities:
>   - reference-call
>   - case-study
> stage: alumni
> stage_on: 2026-11-16
> nominated:
>   by: sam
>   date: 2026-01-02
>   source: sales
> moved_to: jane-doe-initech
> consent:
>   case-study:
>     granted: 2026-01-10
> verified_on: 2026-09-01
# check passes; the story featuring Jane at Acme is now of an alumna.
$ advo check --strict --today 2026-11-16
> stories/acme-cuts-reporting-time.yaml:6:5: warning: published story, not usable today: features jane-doe-acme, alumni since 2026-11-16
! 0 errors, 1 warning
? 1
# The engagements stay with the old record.
$ grep -c 'advocate: jane-doe-acme' engagements/2026-11.yaml
> 2
# Rest follows the person: the reference call of 2026-11-05 at Acme rests
# reference calls for the new record too.
$ advo --today 2026-11-16 rest check jane-doe-initech --type reference-call
> jane-doe-initech is not available for reference-call on 2026-11-16
>   resting: resting after the reference-call of 2026-11-05 (60 days); clears on 2027-01-04
>   min-gap: asked 2026-11-05 (reference-call); 14 days between asks; clears on 2026-11-19
>   next available: 2027-01-04
? 1
# show names the other record both ways.
$ advo --today 2026-11-16 show jane-doe-initech
> id: jane-doe-initech
> name: Jane Doe
> title: CTO
> company: Initech
> email: jane@initech.example
> region: emea
> country: DE
> languages:
>   - de
>   - en
> activities:
>   - reference-call
>   - case-study
> stage: active
> stage_on: 2026-11-16
> nominated:
>   by: sam
>   date: 2026-11-16
>   source: sales
> moved_from: jane-doe-acme
> # moved from jane-doe-acme (Acme)
> # activity as of 2026-11-16, from the engagement log:
> # last ask: none here; 2026-11-05 reference-call as the same person
> # asks in the last 90 days: 0 here; 1 as the same person
> # asks in the last 365 days: 0 (effort 0) here; 1 (effort 40) as the same person
> # gives in the last 365 days: 0 (effort 0)
> # next available:
> #   case-study: none (no-consent)
> #   reference-call: 2027-01-04 (resting, min-gap)
# In JSON, the same facts of the person are under as_the_same_person.
$ advo --today 2026-11-16 show jane-doe-initech --format json | sed -n '/"as_the_same_person"/,/^    }/p'
>     "as_the_same_person": {
>       "last_ask": {
>         "date": "2026-11-05",
>         "type": "reference-call"
>       },
>       "next_planned_ask": null,
>       "asks_last_90_days": 1,
>       "asks_last_365_days": 1,
>       "ask_effort_last_365_days": 40
>     },
$ advo --today 2026-11-16 show jane-doe-acme | grep '^# moved'
> # moved to jane-doe-initech (Initech)
# A record that already moved is refused: the later record is the one to
# move.
$ advo --today 2026-11-16 move jane-doe-acme --company Globex
! advo: jane-doe-acme already moved to jane-doe-initech; move that record instead; nothing written
? 4
# A taken new id gets -2, as nominate's ids do.
$ printf 'id: jane-roe-initech\nname: Jane Roe\ncompany: Initech\nstage: nominated\n' > advocates/jane-roe-initech.yaml
$ advo --today 2026-11-16 move jane-roe-globex --company Initech
> jane-roe-initech-2
> advocates/jane-roe-globex.yaml: stage active → alumni, moved_to jane-roe-initech-2
> advocates/jane-roe-initech-2.yaml: Jane Roe at Initech, stage nominated, moved_from jane-roe-globex
$ grep moved_ advocates/jane-roe-globex.yaml advocates/jane-roe-initech-2.yaml
> advocates/jane-roe-globex.yaml:moved_to: jane-roe-initech-2
> advocates/jane-roe-initech-2.yaml:moved_from: jane-roe-globex
