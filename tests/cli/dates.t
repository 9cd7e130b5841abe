# Every date option and every date in a query takes the forms of DATES in
# advo(1), counted from today; anything else gets one message listing them.
# On a copy of examples/acme; 2026-11-16 is a Monday.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
# log --date: yesterday, a weekday (the next one), an offset.
$ advo --today 2026-11-16 log jurgen-weiss webinar --date yesterday
> 2026-11-15-jurgen-weiss-weiss-sohne-logistik-webinar
$ advo --today 2026-11-16 log jurgen-weiss webinar --date fri
! advo: refused: jurgen-weiss-weiss-sohne-logistik is not available for webinar on 2026-11-20
!   resting: resting after the webinar of 2026-11-15 (90 days); clears on 2027-02-13
!   min-gap: asked 2026-11-15 (webinar); 14 days between asks; clears on 2026-11-29
!   next available: 2027-02-13
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
$ advo --today 2026-11-16 log jurgen-weiss webinar --date +2w
! advo: refused: jurgen-weiss-weiss-sohne-logistik is not available for webinar on 2026-11-30
!   resting: resting after the webinar of 2026-11-15 (90 days); clears on 2027-02-13
!   next available: 2027-02-13
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
$ advo --today 2026-11-16 log jurgen-weiss webinar --date MONDAY
! advo: refused: jurgen-weiss-weiss-sohne-logistik is not available for webinar on 2026-11-23
!   resting: resting after the webinar of 2026-11-15 (90 days); clears on 2027-02-13
!   min-gap: asked 2026-11-15 (webinar); 14 days between asks; clears on 2026-11-29
!   next available: 2027-02-13
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
# request new --needed-by: months keep the day of the month; the request
# close --closed-on takes the words too.
$ advo --today 2026-11-16 request new --type logo --by sam --account Dates --needed-by +1m
> 2026-11-16-dates-logo
! created requests/2026-11-16-dates-logo.yaml
$ grep needed_by requests/2026-11-16-dates-logo.yaml
> needed_by: 2026-12-16
$ advo --today 2026-11-16 request close 2026-11-16-dates --status cancelled --closed-on today
! 2026-11-16-dates-logo: open → cancelled
$ grep closed_on requests/2026-11-16-dates-logo.yaml
>   closed_on: 2026-11-16
$ advo --today 2026-01-31 request new --type logo --by sam --account Clamped --needed-by +1m
> 2026-01-31-clamped-logo
! created requests/2026-01-31-clamped-logo.yaml
$ grep needed_by requests/2026-01-31-clamped-logo.yaml
> needed_by: 2026-02-28
# rest check --on, match --on, rest --on, move --on.
$ advo --today 2026-11-16 rest check jane-doe --type reference-call --on +10w
> jane-doe-northwind-health is available for reference-call on 2027-01-25
$ advo --today 2026-11-16 rest check jane-doe --type reference-call --on 2027-01-25
> jane-doe-northwind-health is available for reference-call on 2027-01-25
$ advo --today 2026-11-16 match --type reference-call --industry healthcare --on tomorrow --limit 1 --format json | grep '"on"'
>   "on": "2026-11-17",
$ advo --today 2026-11-16 rest --type reference-call --on -1w --format json | grep -c '"on": "2026-11-09"'
> 16
$ advo --today 2026-11-16 -q move jane-doe --company Initech --on -2d
> jane-doe-initech
> advocates/jane-doe-northwind-health.yaml: stage active → alumni, moved_to jane-doe-initech
> advocates/jane-doe-initech.yaml: Jane Doe at Initech, stage nominated, moved_from jane-doe-northwind-health
$ grep stage_on advocates/jane-doe-initech.yaml
> stage_on: 2026-11-14
# report --from --to.
$ advo --today 2026-11-16 report --from -30d --to today --format json | grep -A3 '"period"'
>   "period": {
>     "from": "2026-10-17",
>     "to": "2026-11-16"
>   },
# story status and story add: --approved-on, --expires-on.
$ advo --today 2026-11-16 story add "Dates story" --kind quote --advocate jane-doe-northwind --status approved --approved-on yesterday --expires-on +12m
> dates-story
! company industry segment region from jane-doe-northwind-health
! added approved quote: stories/dates-story.yaml
$ grep -A2 approvals: stories/dates-story.yaml
> approvals:
>   - date: 2026-11-15
>     expires: 2027-11-16
# --today and ADVO_TODAY count from the clock's day: a weekday is a
# Friday whatever the clock says, and +0d is today.
$ advo --today fri -q request new --type logo --by sam --account Clock | cut -c1-10 | xargs -I{} date -d {} +%A
> Friday
$ test "$(ADVO_TODAY=+0d advo -q request new --type logo --by sam --account Zero)" = "$(date +%F)-zero-logo" && echo same
> same
# The same message for every option that is given no date.
$ advo --today 2026-11-16 log jurgen-weiss webinar --date soon
! advo: --date: invalid date 'soon' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 match --type reference-call --on 2026-02-30
! advo: --on: invalid date '2026-02-30' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 rest --on next-friday
! advo: --on: invalid date 'next-friday' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 report --from -30 --to today
! advo: --from: invalid date '-30' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 request new --type logo --by sam --needed-by +2y --amount lots
! advo: --amount lots: amount must be a number, not 'lots'
! advo: --needed-by +2y: invalid date '+2y' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
! advo: nothing written (2 errors)
? 2
$ advo --today 2026-11-16 story status dates-story published --approved-on 16.11.2026
! advo: --approved-on: invalid date '16.11.2026' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today someday check
! advo: --today: invalid date 'someday' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ ADVO_TODAY=+1x advo check
! advo: ADVO_TODAY: invalid date '+1x' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 9999-12-31 request new --type logo --by sam --account Last --needed-by +1d
! advo: --needed-by +1d: invalid date '+1d': that day is outside 0001-01-01..9999-12-31, the days a date can name
! advo: nothing written (1 error)
? 2
# Queries: comparisons and ranges take the same forms.
$ advo --today 2026-11-16 engagements date:-7d.. type:reference-call
> ID                                                         OUTCOME    BY
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  sam.ortiz
> 2026-12-09-ana-nunez-banco-austral-reference-call          scheduled  kate.morgan
! 2 engagements
$ advo --today 2026-11-16 engagements date:2026-11-09.. type:reference-call
> ID                                                         OUTCOME    BY
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  sam.ortiz
> 2026-12-09-ana-nunez-banco-austral-reference-call          scheduled  kate.morgan
! 2 engagements
$ advo --today 2026-11-16 requests 'needed_by:<+2w' status:open,matched
> ID                                        STATUS  NEEDED BY   BY
> 2026-01-31-clamped-logo                   open    2026-02-28  sam
> 2026-11-14-redwood-county-reference-call  open    2026-11-24  sam.ortiz
! 2 requests
$ advo --today 2026-11-16 stories expires_on:today..+3m
> ID                                           KIND        STATUS     EXPIRES     INDUSTRY            REGION
> meridian-bank-risk-reporting                 case-study  published  2027-02-12  financial-services  na
> sakura-logistics-on-supply-chain-visibility  quote       published  2026-12-26  logistics           apac
! 2 stories
$ advo --today 2026-11-16 advocates unavailable:fri
> ID                       NAME         COMPANY      STAGE   INDUSTRY       REGION  NPS
> jose-muller-ferro-werke  José Müller  Ferro Werke  active  manufacturing  emea     10
! 1 advocate
$ advo --today 2026-11-16 advocates 'verified_on:>soon'
! advo: 'verified_on:>soon': invalid date 'soon' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
# A comparison left without its value teaches the range, which needs no
# quotes in the shell.
$ advo --today 2026-11-16 advocates 'nps.score:>='
! advo: 'nps.score:>=': a comparison needs a value (unquoted, the shell reads '>' and '<' as redirections). Write a range, which needs no quotes: nps.score:9.. (9 or more), nps.score:..9 (9 or less), nps.score:9..10; or quote the term: 'nps.score:>=9'
? 2
$ advo --today 2026-11-16 advocates nps.score:9.. --limit 2
> ID                                NAME           COMPANY             STAGE   INDUSTRY       REGION  NPS
> aiko-tanaka-fuji-precision        Aiko Tanaka    Fuji Precision      active  manufacturing  apac      9
> amelia-turner-greenfield-medical  Amelia Turner  Greenfield Medical  active  healthcare     na        9
! 2 of 28 advocates
$ advo --today 2026-11-16 engagements 'date:<'
! advo: 'date:<': a comparison needs a value (unquoted, the shell reads '>' and '<' as redirections). Write a range, which needs no quotes: date:-30d.. (-30d or later), date:..-30d (-30d or earlier), date:-30d..today; or quote the term: 'date:>=-30d'
? 2
