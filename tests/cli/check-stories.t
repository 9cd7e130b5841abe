# advo check on the story library: approvals that ended or end soon,
# published stories whose featured advocates left, and
# requests and engagements that use a story when it is not usable.
$ fixture stories
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:6:10: error: uses story 'northwind-quote' on 2026-11-03 (the engagement's date), when the story is not usable: ana-lima-northwind's quote consent expired 2026-06-30
> engagements/2026-12.yaml:6:10: error: uses story 'hooli-patient-flow-video' on 2026-12-05 (the engagement's date), when the story is not usable: approval expired 2026-12-01
> requests/2026-08-01-atlas-motors-reference-call.yaml:9:5: error: uses story 'umbrella-press-release' on 2026-08-01 (its requested_on), when the story is not usable: draft, not approved
> requests/2026-09-01-vantage-bank-reference-call.yaml:11:5: error: uses story 'globex-risk-reporting' on 2026-09-05 (its fulfilled_on), when the story is not usable: features ben-okafor-globex, alumni since 2026-09-01
> requests/2026-11-10-orion-health-reference-call.yaml:16:5: error: uses story 'hooli-analytics-webinar' on 2026-11-16 (today, the request being open), when the story is not usable: approval expired 2026-10-31
> stories/globex-risk-reporting.yaml:6:5: warning: published story, not usable today: features ben-okafor-globex, alumni since 2026-09-01
> stories/globex-risk-reporting.yaml:7:5: warning: published story, not usable today: features dev-patel-umbrella, who is declined
> stories/hooli-analytics-webinar.yaml:14:5: error: published story whose approval expired 2026-10-31: renew the approval or retire the story
> stories/hooli-patient-flow-video.yaml:17:5: warning: approval of this published story expires 2026-12-01 (in 15 days), within the 30 days of staleness.expiry_warn_days
! 6 errors, 3 warnings
? 1
$ advo --today 2026-11-16 check --format json | grep '"code"' | sort | uniq -c
>       2       "code": "story-advocate-gone",
>       1       "code": "story-expired",
>       1       "code": "story-expiring",
>       5       "code": "unusable-story",
#
# A month earlier the video was not yet expiring and the webinar's
# approval was about to end; the orion request was still fine.
$ advo --today 2026-10-16 check
> engagements/2026-11.yaml:6:10: error: uses story 'northwind-quote' on 2026-11-03 (the engagement's date), when the story is not usable: ana-lima-northwind's quote consent expired 2026-06-30
> engagements/2026-12.yaml:6:10: error: uses story 'hooli-patient-flow-video' on 2026-12-05 (the engagement's date), when the story is not usable: approval expired 2026-12-01
> requests/2026-08-01-atlas-motors-reference-call.yaml:9:5: error: uses story 'umbrella-press-release' on 2026-08-01 (its requested_on), when the story is not usable: draft, not approved
> requests/2026-09-01-vantage-bank-reference-call.yaml:11:5: error: uses story 'globex-risk-reporting' on 2026-09-05 (its fulfilled_on), when the story is not usable: features ben-okafor-globex, alumni since 2026-09-01
> stories/globex-risk-reporting.yaml:6:5: warning: published story, not usable today: features ben-okafor-globex, alumni since 2026-09-01
> stories/globex-risk-reporting.yaml:7:5: warning: published story, not usable today: features dev-patel-umbrella, who is declined
> stories/hooli-analytics-webinar.yaml:14:5: warning: approval of this published story expires 2026-10-31 (in 15 days), within the 30 days of staleness.expiry_warn_days
! 4 errors, 3 warnings
? 1
#
# Approved and published stories need approved_on; an expiry before the
# approval is an error.
$ sed -i '/^approvals:/,+2d' stories/northwind-cuts-readmissions.yaml
$ sed -i 's/^    expires: 2029-05-01/    expires: 2026-04-30/' stories/initech-demand-forecasting.yaml
$ advo --today 2026-11-16 check 2>&1 | grep -e northwind-cuts -e initech-demand
> requests/2026-07-01-crescent-retail-reference-call.yaml:11:5: error: uses story 'initech-demand-forecasting' on 2026-07-03 (its fulfilled_on), when the story is not usable: approval expired 2026-04-30
> requests/2026-11-10-orion-health-reference-call.yaml:15:5: error: uses story 'northwind-cuts-readmissions' on 2026-11-16 (today, the request being open), when the story is not usable: published with no approved_on
> stories/initech-demand-forecasting.yaml:14:5: error: approval expires (2026-04-30) before it was given (2026-05-01)
> stories/northwind-cuts-readmissions.yaml:4:9: error: a story that is published needs approved_on, the day the customer signed it off
#
# Fixes: retiring the expired webinar ends its error, but the open request
# still means to send it until it is taken off; extending the video's
# approval covers the call planned for December and ends the warning
# (approved_on stays the first sign-off, so the October call stays covered);
# recording Ana's renewed quote consent covers the call of 2026-11-03;
# retiring the Globex story ends the warnings. What was used wrongly in the
# past stays an error.
$ fixture stories
$ advo -q --today 2026-11-16 story status hooli-analytics retired
$ advo --today 2026-11-16 check 2>&1 | grep -c hooli-analytics
> 1
$ sed -i '/^  - hooli-analytics-webinar$/d' requests/2026-11-10-orion-health-reference-call.yaml
$ advo -q --today 2026-11-16 story set hooli-patient expires_on=2031-11-30
$ advo -q --today 2026-11-16 set ana consent.quote=2025-01-01..2027-06-30
$ advo -q --today 2026-11-16 story status globex-risk retired
$ advo --today 2026-11-16 check
> requests/2026-08-01-atlas-motors-reference-call.yaml:9:5: error: uses story 'umbrella-press-release' on 2026-08-01 (its requested_on), when the story is not usable: draft, not approved
> requests/2026-09-01-vantage-bank-reference-call.yaml:11:5: error: uses story 'globex-risk-reporting' on 2026-09-05 (its fulfilled_on), when the story is not usable: features ben-okafor-globex, alumni since 2026-09-01
! 2 errors, 0 warnings
? 1
