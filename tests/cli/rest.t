# advo rest lists who is unavailable and until when; advo rest check answers
# for one advocate and type with its exit code. Fixture `rest`, today
# 2026-11-20: min_gap_days 14, caps 2 a quarter; reference-call rests 60
# days, webinar 90.
$ fixture rest
#
# Worked out by hand:
# - bob: his own limit of one ask a quarter is full with the call of
#   2026-09-01 until 2026-09-01 + 90 = 2026-11-30, for every type.
# - cy: blackout 2026-11-15 to 2026-12-06, clears 2026-12-07.
# - dee: a webinar planned for 2026-12-10 ("scheduled", clears the day
#   after); for a call the min-gap then holds to 2026-12-10 + 14 =
#   2026-12-24; for a webinar the webinar's rest to 2026-12-10 + 90 =
#   2027-03-10 (21 + 31 + 28 + 10 days).
# - ada: the call of 2026-11-02 rests calls until 2027-01-01; her
#   thank-you (a give) and cancelled webinar do not count.
# - finn: do not contact; gil: no quote consent. No day clears them.
# - eve is paused (not listed: only active advocates); hal and ivy are free.
# Sorted by next available day, then id; "none" last. The table joins the
# types of one advocate that share a day and reasons; the days each reason
# clears on are in the CSV and JSON output and in `rest check`.
$ advo --today 2026-11-20 rest
> ADVOCATE                 NEXT AVAILABLE  REASONS         TYPES
> bob-brown-beta           2026-11-30      cap-quarter     reference-call, webinar
> cy-chen-gamma            2026-12-07      blackout        reference-call
> dee-diaz-delta           2026-12-24      scheduled       reference-call
> ada-lovelace-analytical  2027-01-01      resting         reference-call
> dee-diaz-delta           2027-03-10      scheduled       webinar
> finn-fox-zeta            none            do-not-contact  reference-call
> gil-green-eta            none            no-consent      quote
! 6 active advocates are unavailable for an ask type they are willing to do on 2026-11-20
$ advo --today 2026-11-20 rest --type reference-call
> ADVOCATE                 NEXT AVAILABLE  REASONS
> bob-brown-beta           2026-11-30      cap-quarter
> cy-chen-gamma            2026-12-07      blackout
> dee-diaz-delta           2026-12-24      scheduled
> ada-lovelace-analytical  2027-01-01      resting
> finn-fox-zeta            none            do-not-contact
! 5 active advocates are unavailable for reference-call on 2026-11-20
# On the day a reason clears it is gone: bob is free on 2026-11-30, cy on
# 2026-12-07 (dee's webinar of 2026-12-10 is then planned, and ada rests).
$ advo --today 2026-11-20 rest --type reference-call --on 2026-11-30
> ADVOCATE                 NEXT AVAILABLE  REASONS
> cy-chen-gamma            2026-12-07      blackout
> dee-diaz-delta           2026-12-24      scheduled
> ada-lovelace-analytical  2027-01-01      resting
> finn-fox-zeta            none            do-not-contact
! 4 active advocates are unavailable for reference-call on 2026-11-30
$ advo --today 2026-11-20 rest --type reference-call --on 2027-01-01 --format csv
> id,type,on,available,next_available,reasons
> finn-fox-zeta,reference-call,2027-01-01,no,,do-not-contact
$ advo --today 2026-11-20 rest --type webinar --format md
> | ADVOCATE | NEXT AVAILABLE | REASONS |
> | --- | --- | --- |
> | bob-brown-beta | 2026-11-30 | cap-quarter |
> | dee-diaz-delta | 2027-03-10 | scheduled |
$ advo --today 2026-11-20 rest --type webinar --format json
> [
>   {
>     "id": "bob-brown-beta",
>     "type": "webinar",
>     "on": "2026-11-20",
>     "available": false,
>     "reasons": [
>       {
>         "code": "cap-quarter",
>         "message": "1 ask in the last 90 days (cap 1)",
>         "clears_on": "2026-11-30"
>       }
>     ],
>     "next_available": "2026-11-30"
>   },
>   {
>     "id": "dee-diaz-delta",
>     "type": "webinar",
>     "on": "2026-11-20",
>     "available": false,
>     "reasons": [
>       {
>         "code": "scheduled",
>         "message": "webinar already planned for 2026-12-10",
>         "clears_on": "2026-12-11"
>       }
>     ],
>     "next_available": "2027-03-10"
>   }
> ]
$ advo --today 2027-06-01 rest --type webinar
! no active advocate is unavailable for webinar on 2027-06-01
$ advo --today 2027-06-01 rest --type webinar --format json
> []
#
# One advocate: every ask type they are willing to do, free or not.
$ advo --today 2026-11-20 rest ada
> ADVOCATE                 NEXT AVAILABLE  REASONS    TYPES
> ada-lovelace-analytical  2026-11-20      available  case-study, webinar
> ada-lovelace-analytical  2027-01-01      resting    reference-call
$ advo --today 2026-11-20 rest eve --type reference-call --format csv
> id,type,on,available,next_available,reasons
> eve-evans-epsilon,reference-call,2026-11-20,no,,not-active
#
# rest check: exit 0 when available, 1 when not.
$ advo --today 2026-11-20 rest check hal --type reference-call
> hal-hill-theta is available for reference-call on 2026-11-20
$ advo --today 2026-11-20 rest check ada --type reference-call
> ada-lovelace-analytical is not available for reference-call on 2026-11-20
>   resting: resting after the reference-call of 2026-11-02 (60 days); clears on 2027-01-01
>   next available: 2027-01-01
? 1
# The last day of the rest and the day it ends.
$ advo --today 2026-11-20 rest check ada --type reference-call --on 2026-12-31 > /dev/null
? 1
$ advo --today 2026-11-20 rest check ada --type reference-call --on 2027-01-01
> ada-lovelace-analytical is available for reference-call on 2027-01-01
$ advo --today 2026-11-20 rest check ada --type reference-call --format json
> {
>   "id": "ada-lovelace-analytical",
>   "type": "reference-call",
>   "on": "2026-11-20",
>   "available": false,
>   "reasons": [
>     {
>       "code": "resting",
>       "message": "resting after the reference-call of 2026-11-02 (60 days)",
>       "clears_on": "2027-01-01"
>     }
>   ],
>   "next_available": "2027-01-01"
> }
? 1
$ advo --today 2026-11-20 rest check hal --type reference-call --format json
> {
>   "id": "hal-hill-theta",
>   "type": "reference-call",
>   "on": "2026-11-20",
>   "available": true,
>   "reasons": [],
>   "next_available": "2026-11-20"
> }
# Reasons without a clearing day: no next available day.
$ advo --today 2026-11-20 rest check eve --type reference-call
> eve-evans-epsilon is not available for reference-call on 2026-11-20
>   not-active: stage is paused, not active; does not clear by itself
>   next available: none (not-active does not clear by itself)
? 1
$ advo --today 2026-11-20 rest check gil --type quote --format json
> {
>   "id": "gil-green-eta",
>   "type": "quote",
>   "on": "2026-11-20",
>   "available": false,
>   "reasons": [
>     {
>       "code": "no-consent",
>       "message": "no quote consent",
>       "clears_on": null
>     }
>   ],
>   "next_available": null
> }
? 1
# Chained reasons: dee for a call waits for the planned webinar, then its
# min-gap. Global options may follow the sub-command.
$ advo rest check dee --type reference-call --today 2026-11-20
> dee-diaz-delta is not available for reference-call on 2026-11-20
>   scheduled: webinar already planned for 2026-12-10; clears on 2026-12-11
>   next available: 2026-12-24
? 1
# In a script.
$ if advo --today 2026-11-20 rest check hal --type reference-call > /dev/null; then echo "ask hal"; fi
> ask hal
#
# Usage errors: exit 2.
$ advo --today 2026-11-20 rest check ada
! advo: rest: --type is required
! Run 'advo rest --help' for its options.
? 2
$ advo --today 2026-11-20 rest check ada --type thank-you
! advo: thank-you is a give; gives are never refused, so rest does not apply
? 2
$ advo --today 2026-11-20 rest --type refrence-call
! advo: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you, webinar
? 2
$ advo --today 2026-11-20 rest check nobody --type reference-call
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-20 rest check ada --type reference-call --on someday
! advo: --on: invalid date 'someday' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-20 rest --format xml
! advo: rest: unknown format 'xml'; known: table, json, csv, md
! Run 'advo rest --help' for its options.
? 2
