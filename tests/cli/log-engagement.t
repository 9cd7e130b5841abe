# advo log-engagement (alias log) records engagements in their month file
# and refuses asks against the rules of rest. Fixture `rest`, today
# 2026-11-20: min_gap_days 14, caps 2 a quarter and 6 a year,
# reference-call rests 60 days.
$ fixture rest
$ find . -type f -not -path './.advo/*' | sort | xargs sha1sum > ../before
#
# Ada's reference call of 2026-11-02 rests 60 days: 2026-11-02 + 60 =
# 2027-01-01 (28 days left in November, 31 in December, 1 in January).
# Her thank-you (a give) and her cancelled webinar do not count, or the
# min-gap would hold until 2026-11-24 / 2026-11-29. Refused: exit 4, one
# line per reason with the day it clears, then the next available day.
$ advo --today 2026-11-20 log ada reference-call
! advo: refused: ada-lovelace-analytical is not available for reference-call on 2026-11-20
!   resting: resting after the reference-call of 2026-11-02 (60 days); clears on 2027-01-01
!   next available: 2027-01-01
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
# Eve is paused: a reason without a clearing day, so there is no next day.
$ advo --today 2026-11-20 log-engagement eve reference-call
! advo: refused: eve-evans-epsilon is not available for reference-call on 2026-11-20
!   not-active: stage is paused, not active; does not clear by itself
!   next available: none (not-active does not clear by itself)
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
# Bob's own limit is one ask a quarter; his call of 2026-09-01 fills it
# until 2026-09-01 + 90 = 2026-11-30. A declined ask is still an ask.
$ advo --today 2026-11-20 log bob webinar --outcome declined
! advo: refused: bob-brown-beta is not available for webinar on 2026-11-20
!   cap-quarter: 1 ask in the last 90 days (cap 1); clears on 2026-11-30
!   next available: 2026-11-30
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
# Unknown or ambiguous names: a usage error, nothing written.
$ advo --today 2026-11-20 log nobody reference-call
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-20 log hal refrence-call
! advo: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you, webinar
? 2
$ advo --today 2026-11-20 log hal reference-call --request 2026-12
! advo: no request '2026-12'
? 2
$ advo --today 2026-11-20 log hal reference-call --story nothing-like-it
! advo: no story 'nothing-like-it'
? 2
$ advo --today 2026-11-20 log hal reference-call --date 2026-11-31
! advo: --date: invalid date '2026-11-31' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-20 log hal reference-call --outcome done
! advo: --outcome: unknown outcome 'done'; known: scheduled, completed, declined, no-show, cancelled
? 2
$ advo --today 2026-11-20 log hal reference-call --date 2026-11-21 --outcome completed
! advo: an engagement dated after today (2026-11-20) cannot be completed; log it as scheduled
? 2
$ advo --today 2026-11-20 log ada reference-call --override " "
! advo: --override needs the reason the rule is broken
? 2
$ advo --today 2026-11-20 log hal
! advo: log-engagement: TYPE is required
! Run 'advo log-engagement --help' for its options.
? 2
$ find . -type f -not -path './.advo/*' | sort | xargs sha1sum | diff ../before -
#
# With --override the ask is recorded with its reason, in date order
# among the month's entries.
$ advo --today 2026-11-20 log ada reference-call --override "Board-level deal; she offered" --by kate.morgan --note "Call with the CFO"
> 2026-11-20-ada-lovelace-analytical-reference-call
! breaks resting; logged with the override
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
> - id: 2026-11-15-ada-lovelace-analytical-webinar
>   date: 2026-11-15
>   advocate: ada-lovelace-analytical
>   type: webinar
>   outcome: cancelled
> - id: 2026-11-20-ada-lovelace-analytical-reference-call
>   date: 2026-11-20
>   advocate: ada-lovelace-analytical
>   type: reference-call
>   outcome: completed
>   logged_by: kate.morgan
>   override: Board-level deal; she offered
>   notes: Call with the CFO
#
# A completed engagement for a request fulfils it on its date and adds the
# advocate. Hal has never been asked; prefixes name the request and story.
# Dated 2026-11-12, it goes between Ada's entries of the 10th and 15th.
$ advo --today 2026-11-20 log hal reference-call --date 2026-11-12 --request 2026-11-16 --story theta
> 2026-11-12-hal-hill-theta-reference-call
! request 2026-11-16-initech-reference-call: fulfilled (was open)
$ cat requests/2026-11-16-initech-reference-call.yaml
> id: 2026-11-16-initech-reference-call
> type: reference-call
> status: fulfilled
> requested_by: sam
> requested_on: 2026-11-16
> needed_by: 2026-11-23
> opportunity:
>   account: Initech
> advocates:
>   - hal-hill-theta
> fulfilled_on: 2026-11-12
$ grep -A6 'id: 2026-11-12' engagements/2026-11.yaml
> - id: 2026-11-12-hal-hill-theta-reference-call
>   date: 2026-11-12
>   advocate: hal-hill-theta
>   type: reference-call
>   outcome: completed
>   request: 2026-11-16-initech-reference-call
>   story: theta-halves-month-end
$ grep '^- id:' engagements/2026-11.yaml
> - id: 2026-11-02-ada-lovelace-analytical-reference-call
> - id: 2026-11-10-ada-lovelace-analytical-thank-you
> - id: 2026-11-12-hal-hill-theta-reference-call
> - id: 2026-11-15-ada-lovelace-analytical-webinar
> - id: 2026-11-20-ada-lovelace-analytical-reference-call
#
# A date after today defaults to scheduled and opens a new month file.
# Hal's call of 2026-11-12 rests until 2027-01-11 (18 + 31 + 11 = 60 days).
$ advo --today 2026-11-20 log hal reference-call --date 2027-01-10
! advo: refused: hal-hill-theta is not available for reference-call on 2027-01-10
!   resting: resting after the reference-call of 2026-11-12 (60 days); clears on 2027-01-11
!   next available: 2027-01-11
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
$ advo --today 2026-11-20 log hal reference-call --date 2027-01-11
> 2027-01-11-hal-hill-theta-reference-call
$ ls engagements
> 2026-09.yaml
> 2026-11.yaml
> 2026-12.yaml
> 2027-01.yaml
$ cat engagements/2027-01.yaml
> - id: 2027-01-11-hal-hill-theta-reference-call
>   date: 2027-01-11
>   advocate: hal-hill-theta
>   type: reference-call
>   outcome: scheduled
#
# Now an ask of Hal before 2027-01-11 meets the planned call ("scheduled",
# clearing the day after it). The next available day is worked out through
# the chain: on 2027-01-11 the planned call itself rests reference-calls
# until 2027-01-11 + 60 = 2027-03-12 (20 + 28 + 12 days).
$ advo --today 2026-11-20 log hal reference-call --date 2026-12-20
! advo: refused: hal-hill-theta is not available for reference-call on 2026-12-20
!   scheduled: reference-call already planned for 2027-01-11; clears on 2027-01-12
!   resting: resting after the reference-call of 2026-11-12 (60 days); clears on 2027-01-11
!   next available: 2027-03-12
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
#
# Gives are never refused, not even for an advocate marked do not contact;
# the same advocate, type and day a second time gets the id with -2.
$ advo --today 2026-11-20 log finn thank-you --override "not needed"
> 2026-11-20-finn-fox-zeta-thank-you
! a give is never refused; --override not recorded
$ advo --today 2026-11-20 log finn thank-you
> 2026-11-20-finn-fox-zeta-thank-you-2
# A cancelled ask does not count, so it is never refused either.
$ advo --today 2026-11-20 log ada reference-call --outcome cancelled
> 2026-11-20-ada-lovelace-analytical-reference-call-2
# An override where no rule is broken is not recorded.
$ advo --today 2026-11-20 log gil reference-call --override "just in case" --outcome declined
> 2026-11-20-gil-green-eta-reference-call
! no rule of rest is broken; --override not recorded
$ grep -c override engagements/2026-11.yaml
> 1
$ advo --today 2026-11-20 check --strict
#
# Two writers started at the same moment: the lock on the program folder
# serialises them, so all four entries land with distinct ids.
$ (for i in 1 2 3 4; do advo --today 2026-11-20 log hal thank-you > /dev/null & done; wait)
$ grep -c '^- id: 2026-11-20-hal-hill-theta-thank-you' engagements/2026-11.yaml
> 4
$ grep '^- id: 2026-11-20-hal' engagements/2026-11.yaml
> - id: 2026-11-20-hal-hill-theta-thank-you
> - id: 2026-11-20-hal-hill-theta-thank-you-2
> - id: 2026-11-20-hal-hill-theta-thank-you-3
> - id: 2026-11-20-hal-hill-theta-thank-you-4
$ (advo --today 2026-11-20 log ivy reference-call --date 2026-11-18 > /dev/null & advo --today 2026-11-20 log cy reference-call --date 2026-11-01 > /dev/null & wait)
$ grep -c -e '^- id: 2026-11-18-ivy' -e '^- id: 2026-11-01-cy' engagements/2026-11.yaml
> 2
$ advo --today 2026-11-20 fmt --check
#
# A scheduled engagement for an open request marks it scheduled and adds
# the advocate; a type other than the request's is pointed out.
$ rm -rf ./* .advo && fixture rest
$ advo --today 2026-11-20 log ivy webinar --date 2026-12-01 --request 2026-11-16
> 2026-12-01-ivy-ito-iota-webinar
! request 2026-11-16-initech-reference-call is for reference-call, not webinar
! request 2026-11-16-initech-reference-call: scheduled (was open)
$ grep -A1 -e '^status' -e '^advocates' requests/2026-11-16-initech-reference-call.yaml
> status: scheduled
> requested_by: sam
> --
> advocates:
>   - ivy-ito-iota
# A declined ask leaves the request alone.
$ advo --today 2026-11-20 log hal reference-call --outcome declined --request 2026-11-16
> 2026-11-20-hal-hill-theta-reference-call
$ grep -c hal requests/2026-11-16-initech-reference-call.yaml
> 0
? 1
