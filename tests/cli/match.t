# advo match on fixture `match`, today 2026-11-20. Default weights.
# Request 2026-11-18-northwind-clinics-reference-call wants industry
# healthcare (weight 3), region emea (2), products analytics, reporting
# (2); with recency (2) the weights sum to 9.
#   ada  perfect fit, never asked (her thank-you is a give):
#        (3 + 2 + 2 + 2) / 9 = 100.0
#   lee  has analytics only (1/2 → 1 point), last ask 2025-09-01, 445
#        days ago (recency 1): (3 + 2 + 1 + 2) / 9 = 88.9
#   rae  the same fit asked 2026-08-01, 111 days ago: recency 2 × 111/365
#        = 0.61: (3 + 2 + 1 + 0.61) / 9 = 73.4
#   tim, tom  identical: healthcare, na, reporting: (3 + 0 + 1 + 2) / 9 =
#        66.7, never asked: the tie goes to the id
#   zed, abe  healthcare, apac, both last asked 2026-05-24 (180 days: 2 ×
#        180/365 = 0.99): (3 + 0.99) / 9 = 44.3; abe was also asked
#        2026-02-01 (2 asks in the year against 1), so zed ranks first
#        though abe's id comes first
# Excluded: cy (cap of 1 ask a quarter, a webinar 2026-09-01: clears
# 2026-11-30), pia (a perfect fit asked 2026-11-10: resting until
# 2027-01-09, min-gap until 2026-11-24), dan (do not contact), lou (does
# only logos), nia (nominated).
$ fixture match
$ advo --today 2026-11-20 match 2026-11-18
> RANK  ID                      NAME       COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams  Alpha Health  100.0      3/3     0  never
>    2  lee-lund-lake-clinic    Lee Lund   Lake Clinic    88.9    2.5/3     0  2025-09-01
>    3  rae-ross-river-clinic   Rae Ross   River Clinic   73.4    2.5/3     1  2026-08-01
>    4  tim-todd-twin-care      Tim Todd   Twin Care      66.7    1.5/3     0  never
>    5  tom-todd-twin-care      Tom Todd   Twin Care      66.7    1.5/3     0  never
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 5 of 7 eligible for reference-call on 2026-11-20, 5 excluded (--all lists them)
# --all adds the excluded by next available day (cy 2026-11-30, pia
# 2027-01-09), then those without one by id; their scores are what they
# would be (cy: (7 + 2 × 80/365) / 9 = 82.6; pia: (7 + 2 × 10/365) / 9 =
# 78.4).
$ advo --today 2026-11-20 match 2026-11-18 --limit 10 --all
> RANK  ID                      NAME        COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams   Alpha Health  100.0      3/3     0  never
>    2  lee-lund-lake-clinic    Lee Lund    Lake Clinic    88.9    2.5/3     0  2025-09-01
>    3  rae-ross-river-clinic   Rae Ross    River Clinic   73.4    2.5/3     1  2026-08-01
>    4  tim-todd-twin-care      Tim Todd    Twin Care      66.7    1.5/3     0  never
>    5  tom-todd-twin-care      Tom Todd    Twin Care      66.7    1.5/3     0  never
>    6  zed-zane-zenith-care    Zed Zane    Zenith Care    44.3      1/3     1  2026-05-24
>    7  abe-abbott-apex-care    Abe Abbott  Apex Care      44.3      1/3     2  2026-05-24
>
> Excluded (5):
> ID                     NAME      SCORE  NEXT AVAILABLE  REASONS
> cy-cole-cedar-health   Cy Cole    82.6  2026-11-30      cap-quarter
> pia-park-pine-health   Pia Park   78.4  2027-01-09      resting, min-gap
> dan-dunn-delta-health  Dan Dunn  100.0  none            do-not-contact
> lou-lane-lark-health   Lou Lane  100.0  none            not-willing
> nia-nash-north-health  Nia Nash  100.0  none            not-active
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 7 eligible for reference-call on 2026-11-20, 5 excluded
$ advo --today 2026-11-20 match 2026-11-18 --explain --limit 3
> RANK  ID                      NAME       COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams  Alpha Health  100.0      3/3     0  never
>    2  lee-lund-lake-clinic    Lee Lund   Lake Clinic    88.9    2.5/3     0  2025-09-01
>    3  rae-ross-river-clinic   Rae Ross   River Clinic   73.4    2.5/3     1  2026-08-01
>
> 1. ada-adams-alpha-health: 100.0
> CRITERION  WANTED                HAS                   MATCH  WEIGHT  POINTS
> industry   healthcare            healthcare             1.00       3    3.00
> region     emea                  emea                   1.00       2    2.00
> products   analytics, reporting  analytics, reporting   1.00       2    2.00
> recency    365+ days             never                  1.00       2    2.00
> score = 100 × 9.00 / 9 = 100.0
>
> 2. lee-lund-lake-clinic: 88.9
> CRITERION  WANTED                HAS                    MATCH  WEIGHT  POINTS
> industry   healthcare            healthcare              1.00       3    3.00
> region     emea                  emea                    1.00       2    2.00
> products   analytics, reporting  analytics               0.50       2    1.00
> recency    365+ days             445 days (2025-09-01)   1.00       2    2.00
> score = 100 × 8.00 / 9 = 88.9
>
> 3. rae-ross-river-clinic: 73.4
> CRITERION  WANTED                HAS                    MATCH  WEIGHT  POINTS
> industry   healthcare            healthcare              1.00       3    3.00
> region     emea                  emea                    1.00       2    2.00
> products   analytics, reporting  analytics               0.50       2    1.00
> recency    365+ days             111 days (2026-08-01)   0.30       2    0.61
> score = 100 × 6.61 / 9 = 73.4
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 3 of 7 eligible for reference-call on 2026-11-20, 5 excluded (--all lists them)
# The same request as JSON: every candidate has every key.
$ advo --today 2026-11-20 match 2026-11-18 --limit 2 --format json
> {
>   "request": "2026-11-18-northwind-clinics-reference-call",
>   "type": "reference-call",
>   "on": "2026-11-20",
>   "candidates": [
>     {
>       "id": "ada-adams-alpha-health",
>       "name": "Ada Adams",
>       "company": "Alpha Health",
>       "score": 100,
>       "eligible": true,
>       "reasons": [],
>       "next_available": "2026-11-20",
>       "breakdown": {
>         "industry": {
>           "wanted": "healthcare",
>           "has": "healthcare",
>           "match": 1,
>           "points": 3
>         },
>         "region": {
>           "wanted": "emea",
>           "has": "emea",
>           "match": 1,
>           "points": 2
>         },
>         "products": {
>           "wanted": [
>             "analytics",
>             "reporting"
>           ],
>           "has": [
>             "analytics",
>             "reporting"
>           ],
>           "match": 1,
>           "points": 2
>         },
>         "recency": {
>           "wanted": null,
>           "has": null,
>           "match": 1,
>           "points": 2
>         }
>       }
>     },
>     {
>       "id": "lee-lund-lake-clinic",
>       "name": "Lee Lund",
>       "company": "Lake Clinic",
>       "score": 88.9,
>       "eligible": true,
>       "reasons": [],
>       "next_available": "2026-11-20",
>       "breakdown": {
>         "industry": {
>           "wanted": "healthcare",
>           "has": "healthcare",
>           "match": 1,
>           "points": 3
>         },
>         "region": {
>           "wanted": "emea",
>           "has": "emea",
>           "match": 1,
>           "points": 2
>         },
>         "products": {
>           "wanted": [
>             "analytics",
>             "reporting"
>           ],
>           "has": [
>             "analytics"
>           ],
>           "match": 0.5,
>           "points": 1
>         },
>         "recency": {
>           "wanted": null,
>           "has": "2025-09-01",
>           "match": 1,
>           "points": 2
>         }
>       }
>     }
>   ],
>   "stories": []
> }
# With --all the excluded follow the eligible, each with its reasons.
$ advo --today 2026-11-20 match 2026-11-18 --all --format json | grep -e '"id"' -e '"eligible"' -e '"next_available"' -e '"code"' -e '"clears_on"'
>       "id": "ada-adams-alpha-health",
>       "eligible": true,
>       "next_available": "2026-11-20",
>       "id": "lee-lund-lake-clinic",
>       "eligible": true,
>       "next_available": "2026-11-20",
>       "id": "rae-ross-river-clinic",
>       "eligible": true,
>       "next_available": "2026-11-20",
>       "id": "tim-todd-twin-care",
>       "eligible": true,
>       "next_available": "2026-11-20",
>       "id": "tom-todd-twin-care",
>       "eligible": true,
>       "next_available": "2026-11-20",
>       "id": "cy-cole-cedar-health",
>       "eligible": false,
>           "code": "cap-quarter",
>           "clears_on": "2026-11-30"
>       "next_available": "2026-11-30",
>       "id": "pia-park-pine-health",
>       "eligible": false,
>           "code": "resting",
>           "clears_on": "2027-01-09"
>           "code": "min-gap",
>           "clears_on": "2026-11-24"
>       "next_available": "2027-01-09",
>       "id": "dan-dunn-delta-health",
>       "eligible": false,
>           "code": "do-not-contact",
>           "clears_on": null
>       "next_available": null,
>       "id": "lou-lane-lark-health",
>       "eligible": false,
>           "code": "not-willing",
>           "clears_on": null
>       "next_available": null,
>       "id": "nia-nash-north-health",
>       "eligible": false,
>           "code": "not-active",
>           "clears_on": null
>       "next_available": null,
$ advo --today 2026-11-20 match 2026-11-18 --limit 2 --all --format md
> | RANK | ID | NAME | COMPANY | SCORE | MATCHED | ASKS | LAST ASK |
> | ---: | --- | --- | --- | ---: | ---: | ---: | --- |
> | 1 | ada-adams-alpha-health | Ada Adams | Alpha Health | 100.0 | 3/3 | 0 | never |
> | 2 | lee-lund-lake-clinic | Lee Lund | Lake Clinic | 88.9 | 2.5/3 | 0 | 2025-09-01 |
>
> ### Excluded (5):
>
> | ID | NAME | SCORE | NEXT AVAILABLE | REASONS |
> | --- | --- | ---: | --- | --- |
> | cy-cole-cedar-health | Cy Cole | 82.6 | 2026-11-30 | cap-quarter |
> | pia-park-pine-health | Pia Park | 78.4 | 2027-01-09 | resting, min-gap |
> | dan-dunn-delta-health | Dan Dunn | 100.0 | none | do-not-contact |
> | lou-lane-lark-health | Lou Lane | 100.0 | none | not-willing |
> | nia-nash-north-health | Nia Nash | 100.0 | none | not-active |
>
> ### Stories that fit (usable on 2026-11-20):
>
> none of the usable stories fits these criteria
# A logo needs logo consent: lou is willing but has none, so only ada
# (industry 3 + recency 2 = 100.0) is left; the rest do not do logos.
$ advo --today 2026-11-20 match 2026-11-19 --all
> RANK  ID                      NAME       COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams  Alpha Health  100.0      1/1     0  never
>
> Excluded (11):
> ID                     NAME        SCORE  NEXT AVAILABLE  REASONS
> abe-abbott-apex-care   Abe Abbott   79.7  none            not-willing, no-consent
> cy-cole-cedar-health   Cy Cole      68.8  none            not-willing, no-consent, cap-quarter
> dan-dunn-delta-health  Dan Dunn    100.0  none            do-not-contact, not-willing, no-consent
> lee-lund-lake-clinic   Lee Lund    100.0  none            not-willing, no-consent
> lou-lane-lark-health   Lou Lane    100.0  none            no-consent
> nia-nash-north-health  Nia Nash    100.0  none            not-active, not-willing, no-consent
> pia-park-pine-health   Pia Park     61.1  none            not-willing, no-consent, min-gap
> rae-ross-river-clinic  Rae Ross     72.2  none            not-willing, no-consent
> tim-todd-twin-care     Tim Todd    100.0  none            not-willing, no-consent
> tom-todd-twin-care     Tom Todd    100.0  none            not-willing, no-consent
> zed-zane-zenith-care   Zed Zane     79.7  none            not-willing, no-consent
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 1 eligible for logo on 2026-11-20, 11 excluded
# On another day the rules give another answer: by 2027-01-09 cy's cap and
# pia's rest are over. Recency counts to that day: cy (7 + 2 × 130/365) /
# 9 = 85.7, pia (7 + 2 × 60/365) / 9 = 81.4, rae (6 + 2 × 161/365) / 9 =
# 76.5.
$ advo --today 2026-11-20 match 2026-11-18 --on 2027-01-09 --limit 5
> RANK  ID                      NAME       COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams  Alpha Health  100.0      3/3     0  never
>    2  lee-lund-lake-clinic    Lee Lund   Lake Clinic    88.9    2.5/3     0  2025-09-01
>    3  cy-cole-cedar-health    Cy Cole    Cedar Health   85.7      3/3     1  2026-09-01
>    4  pia-park-pine-health    Pia Park   Pine Health    81.4      3/3     1  2026-11-10
>    5  rae-ross-river-clinic   Rae Ross   River Clinic   76.5    2.5/3     1  2026-08-01
>
> Stories that fit (usable on 2027-01-09):
> none of the usable stories fits these criteria
! 5 of 9 eligible for reference-call on 2027-01-09, 3 excluded (--all lists them)
# Without a request: the type and the criteria as options, checked as in a
# file. No criteria rank by recency alone.
$ advo --today 2026-11-20 match --type reference-call --industry healthcare --region apac --limit 3
> RANK  ID                      NAME        COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  zed-zane-zenith-care    Zed Zane    Zenith Care    85.5      2/2     1  2026-05-24
>    2  abe-abbott-apex-care    Abe Abbott  Apex Care      85.5      2/2     2  2026-05-24
>    3  ada-adams-alpha-health  Ada Adams   Alpha Health   71.4      1/2     0  never
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 3 of 7 eligible for reference-call on 2026-11-20, 5 excluded (--all lists them)
$ advo --today 2026-11-20 match --type reference-call --limit 4 --format json | grep -e '"request"' -e '"id"' -e '"score"'
>   "request": null,
>       "id": "ada-adams-alpha-health",
>       "score": 100,
>       "id": "lee-lund-lake-clinic",
>       "score": 100,
>       "id": "tim-todd-twin-care",
>       "score": 100,
>       "id": "tom-todd-twin-care",
>       "score": 100,
$ advo --today 2026-11-20 match --type reference-call --industry helthcare --country de --segment huge --products ''
! advo: --industry helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, logistics
! advo: --segment huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: --country de: country 'de' must be upper case ('DE')
! advo: --products : criteria.products+= needs the values to add
! advo: 4 invalid criteria
? 2
# A closed request is still ranked, for reference.
$ advo --today 2026-11-20 match 2026-11-02 --limit 1
> RANK  ID                      NAME       COMPANY       SCORE  MATCHED  ASKS  LAST ASK
>    1  ada-adams-alpha-health  Ada Adams  Alpha Health   40.0      0/1     0  never
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 2026-11-02-polar-freight-reference-call is cancelled; the list is for reference only
! 1 of 7 eligible for reference-call on 2026-11-20, 5 excluded (--all lists them)
# Usage errors.
$ advo --today 2026-11-20 match
! advo: give a REQUEST, or --type TYPE with the criteria wanted
? 2
$ advo --today 2026-11-20 match 2026-11-18 --type logo
! advo: give a REQUEST or --type, not both (a request has its type)
? 2
$ advo --today 2026-11-20 match 2026-11-18 --industry retail
! advo: criteria options go with --type; a request's criteria are changed with 'advo request set'
? 2
$ advo --today 2026-11-20 match --type refrence-call
! advo: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: logo, reference-call, thank-you, webinar
? 2
$ advo --today 2026-11-20 match --type thank-you
! advo: thank-you is a give; advocates are matched to asks
? 2
$ advo --today 2026-11-20 match 2026-11-18 --on someday
! advo: --on: invalid date 'someday' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-20 match 2026-11-18 --limit 0
! advo: match: --limit: must be a whole number of 1 or more, not '0'
! Run 'advo match --help' for its options.
? 2
$ advo --today 2026-11-20 match 2026-12
! advo: no request '2026-12'
? 2
$ advo --today 2026-11-20 match 2026-11-1
! advo: '2026-11-1' is ambiguous; it matches:
!   2026-11-18-northwind-clinics-reference-call (request)
!   2026-11-19-harbor-health-logo (request)
? 2
$ advo --today 2026-11-20 match --type reference-call --assign ada
! advo: --assign records the choice on a request: give the REQUEST
? 2
$ advo --today 2026-11-20 match 2026-11-18 --override "just because"
! advo: --override goes with --assign
? 2
$ advo --today 2026-11-20 match 2026-11-18 --format csv
! advo: match: unknown format 'csv'; known: table, json, md
! Run 'advo match --help' for its options.
? 2
# A request whose type advo.toml does not define is named (advo check
# names it too).
$ sed -i 's/^type: logo/type: lgo/' requests/2026-11-19-harbor-health-logo.yaml
$ advo --today 2026-11-20 match 2026-11-19
! advo: request 2026-11-19-harbor-health-logo: unknown activity type 'lgo' (did you mean 'logo'?); known: logo, reference-call, thank-you, webinar
? 2
