# advo engagement set ID FIELD=VALUE…: corrects fields of a logged
# engagement, all or nothing. Fixture `rest`: min_gap_days 14; Ada's
# reference call of 2026-11-02 rests 60 days; Dee's webinar is scheduled for
# 2026-12-10.
$ fixture rest
$ advo --today 2026-11-20 engagement set 2026-11-10-ada notes="sent a mug" by=kim
! 2026-11-10-ada-lovelace-analytical-thank-you: changed logged_by, notes
$ cat engagements/2026-11.yaml
> - id: 2026-11-02-ada-lovelace-analytical-reference-call
>   date: 2026-11-02
>   advocate: ada-lovelace-analytical
>   type: reference-call
>   outcome: completed
> - id: 2026-11-10-ada-lovelace-analytical-thank-you
>   date: 2026-11-10
>   advocate: ada-lovelace-analytical
>   type: thank-you
>   outcome: completed
>   logged_by: kim
>   notes: sent a mug
> - id: 2026-11-15-ada-lovelace-analytical-webinar
>   date: 2026-11-15
>   advocate: ada-lovelace-analytical
>   type: webinar
>   outcome: cancelled
# A new date moves the entry to the file of its month; as an ask on another
# day, it is checked against the rules of rest.
$ advo --today 2026-11-20 engagement set 2026-12-10-dee date=2027-01-12
! 2026-12-10-dee-diaz-delta-webinar: changed date
$ cat engagements/2027-01.yaml
> - id: 2026-12-10-dee-diaz-delta-webinar
>   date: 2027-01-12
>   advocate: dee-diaz-delta
>   type: webinar
>   outcome: scheduled
$ ls engagements
> 2026-09.yaml
> 2026-11.yaml
> 2027-01.yaml
# An ask moved a day is not held against itself: the rest that follows it
# moves with it.
$ advo --today 2026-11-20 engagement set 2026-11-02-ada date=2026-11-03
! 2026-11-02-ada-lovelace-analytical-reference-call: changed date
# Ada's cancelled webinar made an ask again falls in her rest: refused
# (exit 4) unless --override says why.
$ advo --today 2026-11-20 engagement set 2026-11-15-ada outcome=completed
! advo: refused: ada-lovelace-analytical is not available for webinar on 2026-11-15
!   min-gap: asked 2026-11-03 (reference-call); 14 days between asks; clears on 2026-11-17
!   next available: 2026-11-17
!   nothing written; to change it anyway, give the reason with --override REASON
? 4
$ advo --today 2026-11-20 engagement set 2026-11-15-ada outcome=completed --override "she offered"
! breaks min-gap; changed with the override
! 2026-11-15-ada-lovelace-analytical-webinar: changed outcome, override
$ grep -A6 "id: 2026-11-15-ada-lovelace-analytical-webinar" engagements/2026-11.yaml
> - id: 2026-11-15-ada-lovelace-analytical-webinar
>   date: 2026-11-15
>   advocate: ada-lovelace-analytical
>   type: webinar
>   outcome: completed
>   override: she offered
# A request, by prefix: a completed engagement fulfils it.
$ advo --today 2026-11-20 engagement set 2026-09-01-bob request=2026-11-16
! 2026-09-01-bob-brown-beta-reference-call: changed request
! request 2026-11-16-initech-reference-call: fulfilled (was open)
$ grep -E "status|advocates|bob|fulfilled" requests/2026-11-16-initech-reference-call.yaml
> status: fulfilled
> advocates:
>   - bob-brown-beta
> fulfilled_on: 2026-09-01
# Mistakes: every bad assignment is named and nothing is written.
$ advo --today 2026-11-20 engagement set 2026-11-10-ada type=webinar advocate=bob outcome=done request=nope
! advo: request=nope: no request 'nope'
! advo: type=webinar: type cannot be set here: log the engagement with the right type and delete this one
! advo: advocate=bob: advocate cannot be set here: log the engagement for the right advocate and delete this one
! advo: outcome=done: unknown outcome 'done'; known: scheduled, completed, declined, no-show, cancelled
! advo: nothing written (4 errors)
? 2
$ advo --today 2026-11-20 engagement set 2026-11-10-ada date=2026-12-01
! advo: date=2026-12-01: an engagement dated after today (2026-11-20) cannot be completed; it would be scheduled
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 engagement set 2026-11-10-ada notes
! advo: notes: not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 engagement set 2026-11-10-ada by=kim
! 2026-11-10-ada-lovelace-analytical-thank-you: nothing changed
$ advo --today 2026-11-20 engagement set 2026-11-10-ada notes=x --override "no rule"
! the change makes no new ask; --override not recorded
! 2026-11-10-ada-lovelace-analytical-thank-you: changed notes
$ advo --today 2026-11-20 engagement set 2026-11-15-ada outcome=scheduled --override " "
! advo: --override needs the reason the rule is broken
? 2
$ advo --today 2026-11-20 engagement set 2026-11-10-ada
! advo: engagement: ASSIGNMENT is required
! Run 'advo engagement --help' for its options.
? 2
