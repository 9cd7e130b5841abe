# advo report on the fixture `report`, today 2026-11-16. Every number of
# 2026-Q3 is worked out by hand in tests/unit/domain/metrics_*_test.cpp and
# report_test.cpp; here the table and Markdown show them (report-json.t,
# report-csv.t and report-html.t the other formats):
# fulfilment 4 of 6 (67%, red), days to fulfil 2, 2, 4, 10 (median 2, 90th
# percentile 10), 3 of 4 within the 5-day SLA; won USD 300,000 (2 deals),
# EUR 50,000 lost apart, open pipeline USD 140,000 (2), win rate 2 of 3;
# targets met 2 of 3 (amber); stale profiles 2 of 6 (red); 7 asks and 1
# give, acceptance 5 of 7.
$ fixture report
$ advo --today 2026-11-16 --width 80 report --period 2026-Q3
> Fixture Advocacy: report for 2026-Q3 (2026-07-01 to 2026-09-30)
>
> HEALTH: red
>   Fulfilment rate (red): 67% of the period's requests were fulfilled (4
>     fulfilled, 2 unfulfilled); green from 90%, amber from 75%.
>   Coverage targets met (amber): 2 of 3 coverage targets have enough active
>     advocates; green from 100%, amber from 50%.
>   Stale profiles (red): 33% of active profiles are unverified for 180 days or
>     more, or never verified (2 of 6); green up to 10%, amber up to 25%.
>
> MEMBERSHIP
>   10 advocates now: 1 nominated, 1 qualified, 6 active, 1 paused, 1 declined.
>   In the period 4 added (nominated) and 1 activated (now active, stage changed
>     in the period).
>
> NOMINATIONS
>   4 nominations in the period, 2 now qualified or beyond: conversion 50%; 1
>     still untriaged after 7 days.
>   By source:
>   SOURCE   NOMINATED  QUALIFIED
>   sales            1          1
>   self             1          0
>   success          1          1
>   support          1          0
>   By nominator:
>   NOMINATOR    NOMINATED  QUALIFIED
>   lee.park             2          1
>   sam.ortiz            1          1
>   (not given)          1          0
>
> ENGAGEMENTS
>   7 asks and 1 give in the period; acceptance 71% (5 completed, 2 declined
>     asks).
>   By month:
>   MONTH    ASKS  GIVES
>   2026-07     3      0  ██████████████
>   2026-08     4      1  ████████████████████████
>   2026-09     0      0
>   By type:
>   TYPE            KIND  COUNT
>   quote           ask       4
>   reference-call  ask       2
>   case-study      ask       1
>   thank-you       give      1
>
> REQUESTS
>   8 requests in the period: 1 open, 4 fulfilled, 2 unfulfilled, 1 cancelled.
>   Fulfilment rate 67% (fulfilled of fulfilled + unfulfilled); days to fulfil:
>     median 2 days, 90th percentile 10 days; within the 5-day SLA: 75% (3 of 4).
>   Why requests went unfulfilled:
>   REASON                            REQUESTS
>   No case-study advocate in retail         1
>   (not given)                              1
>
> REVENUE INFLUENCED
>   Fulfilled requests whose deal closed in the period: won USD 300,000 (2 deals);
>     lost USD 0 (0 deals); win rate 67% (2 won of 3 closed, every currency).
>   Open pipeline supported by a reference at the period's end: USD 140,000 (2
>     deals).
>   Other currencies, not converted or summed:
>   CURRENCY    WON        LOST  OPEN PIPELINE
>   EUR       0 (0)  50,000 (1)          0 (0)
>
> COVERAGE OF TARGETS
>   2 of 3 targets met. Active: advocates in stage active; available: active and
>     free for a reference-call on 2026-09-30.
>   TARGET                WANTED  ACTIVE  AVAILABLE  GAP
>   industry: healthcare       2       2          0    0  ██████████
>   region: emea               3       4          1    0  ███████████████████
>   products: analytics        5       4          1    1  ███████████████████░░░░░
>
> UTILISATION
>   Most asked in the 365 days to 2026-09-30:
>   ADVOCATE   COMPANY        ASKS  EFFORT
>   Ivy Irwin  Iota Software     5      50
>   Ada Ames   Alpha Health      2      50
>   Cy Cole    Gamma Retail      1     250
>   Bo Berg    Beta Clinics      1      40
>   Hal Hart   Theta Bank        1      40
>   Gus Gray   Eta Works         1      10
>   Fatigue risk (5 or more asks in 120 days):
>   ADVOCATE   COMPANY        ASKS IN 120 DAYS
>   Ivy Irwin  Iota Software                 5
>   Idle (active and contactable, no ask in 180 days):
>   ADVOCATE  COMPANY        LAST ASK
>   Jo Judd   Kappa College  never
>   Asked twice or more and given nothing in 365 days:
>   ADVOCATE   COMPANY        ASKS
>   Ivy Irwin  Iota Software     5
>   Ada Ames   Alpha Health      2
>
> STORIES
>   6 stories: 1 draft, 1 approved, 3 published, 1 retired; 1 approved in the
>     period.
>   Approval expiring within 30 days:
>   STORY               STATUS    EXPIRES
>   beta-clinics-quote  approved  2026-10-15
>   Expired but still published:
>   STORY               STATUS     EXPIRED
>   gamma-retail-video  published  2026-09-01
>
> HYGIENE
>   2 of 6 active profiles are stale (33%: unverified for 180 days or more on
>     2026-09-30).
>   Stale profiles:
>   ADVOCATE                VERIFIED    DAYS AGO
>   Cy Cole (Gamma Retail)  never
>   Bo Berg (Beta Clinics)  2026-03-01       213
>   Nominations untriaged for 7 days or more:
>   ADVOCATE                 NOMINATED   DAYS
>   Dee Dunn (Delta Stores)  2026-09-20    10
>   Consents expiring within 30 days:
>   ADVOCATE                 CONSENT  EXPIRES     DAYS LEFT
>   Gus Gray (Eta Works)     quote    2026-10-10         10
>   Ada Ames (Alpha Health)  quote    2026-10-20         20
# The default period is the quarter of today; state is taken today.
$ advo --today 2026-11-16 --width 80 report membership coverage
> Fixture Advocacy: report for 2026-Q4 (2026-10-01 to 2026-12-31), state as of
>   2026-11-16
>
> MEMBERSHIP
>   10 advocates now: 1 nominated, 1 qualified, 6 active, 1 paused, 1 declined.
>   In the period 0 added (nominated) and 0 activated (now active, stage changed
>     in the period).
>
> COVERAGE OF TARGETS
>   2 of 3 targets met. Active: advocates in stage active; available: active and
>     free for a reference-call on 2026-11-16.
>   TARGET                WANTED  ACTIVE  AVAILABLE  GAP
>   industry: healthcare       2       2          2    0  ██████████
>   region: emea               3       4          2    0  ███████████████████
>   products: analytics        5       4          3    1  ███████████████████░░░░░
# Sections come in the order asked, each once.
$ advo --today 2026-11-16 report hygiene health hygiene --period last-quarter --format md
> # Fixture Advocacy: report for 2026-Q3 (2026-07-01 to 2026-09-30)
>
> ## Hygiene
>
> - 2 of 6 active profiles are stale (33%: unverified for 180 days or more on 2026-09-30).
>
> Stale profiles:
>
> | ADVOCATE | VERIFIED | DAYS AGO |
> | --- | --- | ---: |
> | Cy Cole (Gamma Retail) | never |  |
> | Bo Berg (Beta Clinics) | 2026-03-01 | 213 |
>
> Nominations untriaged for 7 days or more:
>
> | ADVOCATE | NOMINATED | DAYS |
> | --- | --- | ---: |
> | Dee Dunn (Delta Stores) | 2026-09-20 | 10 |
>
> Consents expiring within 30 days:
>
> | ADVOCATE | CONSENT | EXPIRES | DAYS LEFT |
> | --- | --- | --- | ---: |
> | Gus Gray (Eta Works) | quote | 2026-10-10 | 10 |
> | Ada Ames (Alpha Health) | quote | 2026-10-20 | 20 |
>
> ## Health: red
>
> - Fulfilment rate (red): 67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, amber from 75%.
> - Coverage targets met (amber): 2 of 3 coverage targets have enough active advocates; green from 100%, amber from 50%.
> - Stale profiles (red): 33% of active profiles are unverified for 180 days or more, or never verified (2 of 6); green up to 10%, amber up to 25%.
# Mistakes are usage errors (exit 2) that say what is accepted.
$ advo --today 2026-11-16 report --format csv
! advo: --format csv gives one section: name it (one of health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene)
? 2
$ advo --today 2026-11-16 report health coverage --format csv
! advo: --format csv gives one section: name it (one of health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene)
? 2
$ advo --today 2026-11-16 report covrage
! advo: unknown report section 'covrage' (did you mean 'coverage'?); known: health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene
? 2
$ advo --today 2026-11-16 report --period 2026-Q5
! advo: --period '2026-Q5' is not a period; use YYYY-Qn (2026-Q3), YYYY (2026), YYYY-MM (2026-11), this-quarter, last-quarter or last-12-months, or --from YYYY-MM-DD --to YYYY-MM-DD
? 2
$ advo --today 2026-11-16 report --period yesterday
! advo: --period 'yesterday' is not a period; use YYYY-Qn (2026-Q3), YYYY (2026), YYYY-MM (2026-11), this-quarter, last-quarter or last-12-months, or --from YYYY-MM-DD --to YYYY-MM-DD
? 2
$ advo --today 2026-11-16 report --from 2026-07-01
! advo: --from and --to go together: give both (inclusive dates)
? 2
$ advo --today 2026-11-16 report --from 2026-09-01 --to 2026-07-01
! advo: --from 2026-09-01 is after --to 2026-07-01
? 2
$ advo --today 2026-11-16 report --period 2026 --from 2026-01-01 --to 2026-01-31
! advo: give either --period or --from and --to, not both
? 2
$ advo --today 2026-11-16 report --format html
! advo: --format html writes a page: give the file with -o FILE
? 2
$ advo --today 2026-11-16 report --format pdf
! advo: report: unknown format 'pdf'; known: table, md, json, csv, html
! Run 'advo report --help' for its options.
? 2
