# advo story status ID STATUS: the workflow draft → in-review → approved →
# published → retired, forward with skips, back only from in-review to draft.
$ fixture stories
$ advo --today 2026-11-16 story status northwind-rollout draft --reason "Legal asked for changes"
! northwind-rollout-review: in-review → draft
$ grep -A1 '^status' stories/northwind-rollout-review.yaml
> status: draft
> advocates:
$ cat stories/northwind-rollout-review.yaml | tail -1
> notes: "2026-11-16 in-review → draft: Legal asked for changes"
$ advo --today 2026-11-16 story status northwind-rollout in-review
! northwind-rollout-review: draft → in-review
#
# Approval needs approved_on: on the story or given here.
$ advo --today 2026-11-16 story status northwind-rollout approved
! advo: 'northwind-rollout-review' has no approved_on; give --approved-on DATE, the day the customer signed the story off
? 4
$ advo --today 2026-11-16 story status northwind-rollout approved --approved-on 2026-11-15 --expires-on 2031-11-14
! northwind-rollout-review: in-review → approved
$ grep -e '^status' -e 'date:' -e 'expires:' stories/northwind-rollout-review.yaml
> status: approved
>   - date: 2026-11-15
>     expires: 2031-11-14
#
# A story is published only when it may be used today.
$ advo --today 2026-11-16 story status northwind-rollout published
! northwind-rollout-review: approved → published
$ advo --today 2026-11-16 story status hooli-capacity published
! hooli-capacity-planning: approved → published
$ advo --today 2026-11-16 story status initech-demand published
! advo: 'initech-demand-forecasting' cannot be published: it is not usable on 2026-11-16
!   no-consent: carla-diaz-initech has given no case-study consent
!   nothing written
? 4
$ advo --today 2026-11-16 story status northwind-quote published
! advo: 'northwind-quote' cannot be published: it is not usable on 2026-11-16
!   no-consent: ana-lima-northwind's quote consent expired 2026-06-30
!   nothing written
? 4
#
# Moves that are not allowed, and what is allowed instead.
$ advo --today 2026-11-16 story status hooli-capacity draft
! advo: 'hooli-capacity-planning' cannot move from published to draft; from published it can move to retired
? 4
$ advo --today 2026-11-16 story status hooli-capacity published
! advo: 'hooli-capacity-planning' is already published; from published it can move to retired
? 4
$ advo --today 2026-11-16 story status globex-fraud published
! advo: 'globex-fraud-video' cannot move from retired to published; a retired story stays retired
? 4
$ advo --today 2026-11-16 story status umbrella-press retired --reason "Deal fell through"
! umbrella-press-release: draft → retired
$ advo --today 2026-11-16 story status umbrella-press in-review
! advo: 'umbrella-press-release' cannot move from retired to in-review; a retired story stays retired
? 4
#
# Retiring the expired webinar and the story of the alumni clears their
# check problems; the request and engagements that used them still count.
$ advo --today 2026-11-16 story status hooli-analytics retired
! hooli-analytics-webinar: published → retired
$ advo --today 2026-11-16 story status globex-risk retired
! globex-risk-reporting: published → retired
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:6:10: error: uses story 'northwind-quote' on 2026-11-03 (the engagement's date), when the story is not usable: ana-lima-northwind's quote consent expired 2026-06-30
> engagements/2026-12.yaml:6:10: error: uses story 'hooli-patient-flow-video' on 2026-12-05 (the engagement's date), when the story is not usable: approval expired 2026-12-01
> requests/2026-08-01-atlas-motors-reference-call.yaml:9:5: error: uses story 'umbrella-press-release' on 2026-08-01 (its requested_on), when the story is not usable: retired with no approved_on
> requests/2026-09-01-vantage-bank-reference-call.yaml:11:5: error: uses story 'globex-risk-reporting' on 2026-09-05 (its fulfilled_on), when the story is not usable: features ben-okafor-globex, alumni since 2026-09-01
> requests/2026-11-10-orion-health-reference-call.yaml:16:5: error: uses story 'hooli-analytics-webinar' on 2026-11-16 (today, the request being open), when the story is not usable: retired; approval expired 2026-10-31
> stories/hooli-patient-flow-video.yaml:17:5: warning: approval of this published story expires 2026-12-01 (in 15 days), within the 30 days of staleness.expiry_warn_days
! 5 errors, 1 warning
? 1
#
# Errors of the command line.
$ advo --today 2026-11-16 story status northwind-cuts live
! advo: unknown status 'live'; known: draft, in-review, approved, published, retired
? 2
$ advo --today 2026-11-16 story status northwind-cuts retired --approved-on 2026-11-16
! advo: --approved-on and --expires-on go with the statuses approved and published
? 2
$ advo --today 2026-11-16 story status northwind-rollout approved --approved-on 16.11.2026
! advo: --approved-on: invalid date '16.11.2026' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 story status nothing retired
! advo: no story 'nothing'
? 2
$ advo --today 2026-11-16 story status northwind-cuts
! advo: story: STATUS is required
! Run 'advo story --help' for its options.
? 2
$ advo --today 2026-11-16 story
! advo: story needs a sub-command: add, set or status
? 2
$ advo --today 2026-11-16 story publish northwind-cuts
! advo: unknown story sub-command 'publish'; story takes add, set or status
? 2
