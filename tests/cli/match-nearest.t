# When nobody is eligible, advo match says so and shows the three nearest:
# the one free soonest, then the best fits held back only by the rules on
# how often one is asked (which --override may break), then the next free.
# Fixture `match`, today 2026-11-20; only ada, pia and cy do webinars.
$ fixture match
# Ada goes on leave until 2026-12-10: blackout, clears 2026-12-11.
$ advo --today 2026-11-20 set ada 'unavailable+=2026-11-18..2026-12-10 Parental leave'
! updated advocates/ada-adams-alpha-health.yaml
# Criteria industry 3, region 2, products 2, recency 2 (Σ 9):
#   pia  reference-call 2026-11-10: min-gap until 2026-11-24 (webinars
#        do not rest after a call); (7 + 2 × 10/365) / 9 = 78.4
#   cy   webinar 2026-09-01: resting (90 days) and quarter cap until
#        2026-11-30; (7 + 2 × 80/365) / 9 = 82.6
#   ada  blackout until 2026-12-11 (never relaxed); never asked: 100.0
# 1. free soonest: pia (2026-11-24); 2. best fit held back by rest: cy
# (pia is shown already); 3. the next free: ada.
$ advo --today 2026-11-20 match --type webinar --industry healthcare --region emea --products analytics,reporting
> No advocate is eligible for webinar on 2026-11-20; the nearest:
> ID                      NAME       SCORE  NEXT AVAILABLE  WHY           REASONS
> pia-park-pine-health    Pia Park    78.4  2026-11-24      free soonest  min-gap
> cy-cole-cedar-health    Cy Cole     82.6  2026-11-30      best fit      resting, cap-quarter
> ada-adams-alpha-health  Ada Adams  100.0  2026-12-11      free soonest  blackout
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 0 eligible for webinar on 2026-11-20, 12 excluded (--all lists them)
$ advo --today 2026-11-20 match --type webinar --industry healthcare --region emea --products analytics,reporting --format md
> ### No advocate is eligible for webinar on 2026-11-20; the nearest:
>
> | ID | NAME | SCORE | NEXT AVAILABLE | WHY | REASONS |
> | --- | --- | ---: | --- | --- | --- |
> | pia-park-pine-health | Pia Park | 78.4 | 2026-11-24 | free soonest | min-gap |
> | cy-cole-cedar-health | Cy Cole | 82.6 | 2026-11-30 | best fit | resting, cap-quarter |
> | ada-adams-alpha-health | Ada Adams | 100.0 | 2026-12-11 | free soonest | blackout |
>
> ### Stories that fit (usable on 2026-11-20):
>
> none of the usable stories fits these criteria
# JSON keeps to its keys: no candidate is eligible; --all gives the
# excluded with everything the nearest are chosen by.
$ advo --today 2026-11-20 match --type webinar --industry healthcare --format json
> {
>   "request": null,
>   "type": "webinar",
>   "on": "2026-11-20",
>   "candidates": [],
>   "stories": []
> }
$ advo --today 2026-11-20 match --type webinar --industry healthcare --format json --all | grep -e '"id"' -e '"score"' -e '"next_available"'
>       "id": "pia-park-pine-health",
>       "score": 61.1,
>       "next_available": "2026-11-24",
>       "id": "cy-cole-cedar-health",
>       "score": 68.8,
>       "next_available": "2026-11-30",
>       "id": "ada-adams-alpha-health",
>       "score": 100,
>       "next_available": "2026-12-11",
>       "id": "abe-abbott-apex-care",
>       "score": 79.7,
>       "next_available": null,
>       "id": "dan-dunn-delta-health",
>       "score": 100,
>       "next_available": null,
>       "id": "lee-lund-lake-clinic",
>       "score": 100,
>       "next_available": null,
>       "id": "lou-lane-lark-health",
>       "score": 100,
>       "next_available": null,
>       "id": "nia-nash-north-health",
>       "score": 100,
>       "next_available": null,
>       "id": "rae-ross-river-clinic",
>       "score": 72.2,
>       "next_available": null,
>       "id": "tim-todd-twin-care",
>       "score": 100,
>       "next_available": null,
>       "id": "tom-todd-twin-care",
>       "score": 100,
>       "next_available": null,
>       "id": "zed-zane-zenith-care",
>       "score": 79.7,
>       "next_available": null,
# --explain breaks down the nearest; --all lists every excluded one.
$ advo --today 2026-11-20 match --type webinar --industry healthcare --explain
> No advocate is eligible for webinar on 2026-11-20; the nearest:
> ID                      NAME       SCORE  NEXT AVAILABLE  WHY           REASONS
> pia-park-pine-health    Pia Park    61.1  2026-11-24      free soonest  min-gap
> cy-cole-cedar-health    Cy Cole     68.8  2026-11-30      best fit      resting, cap-quarter
> ada-adams-alpha-health  Ada Adams  100.0  2026-12-11      free soonest  blackout
>
> pia-park-pine-health: 61.1 (excluded)
> CRITERION  WANTED      HAS                   MATCH  WEIGHT  POINTS
> industry   healthcare  healthcare             1.00       3    3.00
> recency    365+ days   10 days (2026-11-10)   0.03       2    0.05
> score = 100 × 3.05 / 5 = 61.1
>
> cy-cole-cedar-health: 68.8 (excluded)
> CRITERION  WANTED      HAS                   MATCH  WEIGHT  POINTS
> industry   healthcare  healthcare             1.00       3    3.00
> recency    365+ days   80 days (2026-09-01)   0.22       2    0.44
> score = 100 × 3.44 / 5 = 68.8
>
> ada-adams-alpha-health: 100.0 (excluded)
> CRITERION  WANTED      HAS         MATCH  WEIGHT  POINTS
> industry   healthcare  healthcare   1.00       3    3.00
> recency    365+ days   never        1.00       2    2.00
> score = 100 × 5.00 / 5 = 100.0
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 0 eligible for webinar on 2026-11-20, 12 excluded (--all lists them)
$ advo --today 2026-11-20 match --type webinar --industry healthcare --all
> No advocate is eligible for webinar on 2026-11-20; the nearest:
> ID                      NAME       SCORE  NEXT AVAILABLE  WHY           REASONS
> pia-park-pine-health    Pia Park    61.1  2026-11-24      free soonest  min-gap
> cy-cole-cedar-health    Cy Cole     68.8  2026-11-30      best fit      resting, cap-quarter
> ada-adams-alpha-health  Ada Adams  100.0  2026-12-11      free soonest  blackout
>
> Excluded (12):
> ID                      NAME        SCORE  NEXT AVAILABLE  REASONS
> pia-park-pine-health    Pia Park     61.1  2026-11-24      min-gap
> cy-cole-cedar-health    Cy Cole      68.8  2026-11-30      resting, cap-quarter
> ada-adams-alpha-health  Ada Adams   100.0  2026-12-11      blackout
> abe-abbott-apex-care    Abe Abbott   79.7  none            not-willing
> dan-dunn-delta-health   Dan Dunn    100.0  none            do-not-contact, not-willing
> lee-lund-lake-clinic    Lee Lund    100.0  none            not-willing
> lou-lane-lark-health    Lou Lane    100.0  none            not-willing
> nia-nash-north-health   Nia Nash    100.0  none            not-active, not-willing
> rae-ross-river-clinic   Rae Ross     72.2  none            not-willing
> tim-todd-twin-care      Tim Todd    100.0  none            not-willing
> tom-todd-twin-care      Tom Todd    100.0  none            not-willing
> zed-zane-zenith-care    Zed Zane     79.7  none            not-willing
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 0 eligible for webinar on 2026-11-20, 12 excluded
# The best fit can be assigned with the override.
$ advo --today 2026-11-20 request new --type webinar --by kim --account "Harbor Health" --industry healthcare -q
> 2026-11-20-harbor-health-webinar
$ advo --today 2026-11-20 match 2026-11-20-harbor --assign cy --override "Keynote slot; cap waived by the account owner"
! cy-cole-cedar-health breaks resting, cap-quarter; assigned with the override, noted on the request
! 2026-11-20-harbor-health-webinar: assigned cy-cole-cedar-health (open → matched)
# Nobody near: a logo for which nobody with consent is willing.
$ advo --today 2026-11-20 set ada consent.logo= -q
$ advo --today 2026-11-20 match 2026-11-19
> No advocate is eligible for logo on 2026-11-20, and none will be without a change to their profile.
>
> Stories that fit (usable on 2026-11-20):
> none of the usable stories fits these criteria
! 0 eligible for logo on 2026-11-20, 12 excluded (--all lists them)
$ advo --today 2026-11-20 match 2026-11-19 --format json
> {
>   "request": "2026-11-19-harbor-health-logo",
>   "type": "logo",
>   "on": "2026-11-20",
>   "candidates": [],
>   "stories": []
> }
