# advo report on the fixture `report`, today 2026-11-16. Every number of
# 2026-Q3 is worked out by hand in tests/unit/domain/metrics_*_test.cpp and
# report_test.cpp; here each format shows the same numbers:
# fulfilment 4 of 6 (67%, red), days to fulfil 2, 2, 4, 10 (median 2, 90th
# percentile 10), 3 of 4 within the 5-day SLA; won USD 300,000 (2 deals),
# EUR 50,000 lost apart, open pipeline USD 140,000 (2), win rate 2 of 3;
# targets met 2 of 3 (amber); stale profiles 2 of 6 (red); 7 asks and 1
# give, acceptance 5 of 7.
$ fixture report
$ advo --today 2026-11-16 report --period 2026-Q3
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
>   ADVOCATE        COMPANY        ASKS  EFFORT
>   ivy-irwin-iota  Iota Software     5      50
>   ada-ames-alpha  Alpha Health      2      50
>   cy-cole-gamma   Gamma Retail      1     250
>   bo-berg-beta    Beta Clinics      1      40
>   hal-hart-theta  Theta Bank        1      40
>   gus-gray-eta    Eta Works         1      10
>   Fatigue risk (5 or more asks in 120 days):
>   ADVOCATE        COMPANY        ASKS IN 120 DAYS
>   ivy-irwin-iota  Iota Software                 5
>   Idle (active and contactable, no ask in 180 days):
>   ADVOCATE       COMPANY        LAST ASK
>   jo-judd-kappa  Kappa College  never
>   Asked twice or more and given nothing in 365 days:
>   ADVOCATE        COMPANY        ASKS
>   ivy-irwin-iota  Iota Software     5
>   ada-ames-alpha  Alpha Health      2
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
>   ADVOCATE       VERIFIED    DAYS AGO
>   cy-cole-gamma  never
>   bo-berg-beta   2026-03-01       213
>   Nominations untriaged for 7 days or more:
>   ADVOCATE        NOMINATED   DAYS
>   dee-dunn-delta  2026-09-20    10
>   Consents expiring within 30 days:
>   ADVOCATE        CONSENT  EXPIRES     DAYS LEFT
>   gus-gray-eta    quote    2026-10-10         10
>   ada-ames-alpha  quote    2026-10-20         20
# The default period is the quarter of today; state is taken today.
$ advo --today 2026-11-16 report membership coverage
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
> | cy-cole-gamma | never |  |
> | bo-berg-beta | 2026-03-01 | 213 |
>
> Nominations untriaged for 7 days or more:
>
> | ADVOCATE | NOMINATED | DAYS |
> | --- | --- | ---: |
> | dee-dunn-delta | 2026-09-20 | 10 |
>
> Consents expiring within 30 days:
>
> | ADVOCATE | CONSENT | EXPIRES | DAYS LEFT |
> | --- | --- | --- | ---: |
> | gus-gray-eta | quote | 2026-10-10 | 10 |
> | ada-ames-alpha | quote | 2026-10-20 | 20 |
>
> ## Health: red
>
> - Fulfilment rate (red): 67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, amber from 75%.
> - Coverage targets met (amber): 2 of 3 coverage targets have enough active advocates; green from 100%, amber from 50%.
> - Stale profiles (red): 33% of active profiles are unverified for 180 days or more, or never verified (2 of 6); green up to 10%, amber up to 25%.
$ advo --today 2026-11-16 report --period 2026-Q3 --format json
> {
>   "program": "Fixture Advocacy",
>   "period": {
>     "from": "2026-07-01",
>     "to": "2026-09-30"
>   },
>   "health": {
>     "status": "red",
>     "reasons": [
>       {
>         "measure": "fulfilment_rate",
>         "value": 0.6667,
>         "status": "red",
>         "green": 0.9,
>         "amber": 0.75,
>         "message": "67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, amber from 75%"
>       },
>       {
>         "measure": "targets_met",
>         "value": 0.6667,
>         "status": "amber",
>         "green": 1,
>         "amber": 0.5,
>         "message": "2 of 3 coverage targets have enough active advocates; green from 100%, amber from 50%"
>       },
>       {
>         "measure": "stale_profiles",
>         "value": 0.3333,
>         "status": "red",
>         "green": 0.1,
>         "amber": 0.25,
>         "message": "33% of active profiles are unverified for 180 days or more, or never verified (2 of 6); green up to 10%, amber up to 25%"
>       }
>     ]
>   },
>   "membership": {
>     "by_stage": {
>       "nominated": 1,
>       "qualified": 1,
>       "active": 6,
>       "paused": 1,
>       "alumni": 0,
>       "declined": 1
>     },
>     "added": 4,
>     "activated": 1
>   },
>   "nominations": {
>     "total": 4,
>     "by_source": [
>       {
>         "source": "sales",
>         "nominated": 1,
>         "qualified": 1
>       },
>       {
>         "source": "self",
>         "nominated": 1,
>         "qualified": 0
>       },
>       {
>         "source": "success",
>         "nominated": 1,
>         "qualified": 1
>       },
>       {
>         "source": "support",
>         "nominated": 1,
>         "qualified": 0
>       }
>     ],
>     "by_nominator": [
>       {
>         "nominator": "lee.park",
>         "nominated": 2,
>         "qualified": 1
>       },
>       {
>         "nominator": "sam.ortiz",
>         "nominated": 1,
>         "qualified": 1
>       },
>       {
>         "nominator": null,
>         "nominated": 1,
>         "qualified": 0
>       }
>     ],
>     "conversion": 0.5,
>     "aging": 1
>   },
>   "engagements": {
>     "asks": 7,
>     "gives": 1,
>     "by_type": [
>       {
>         "type": "quote",
>         "kind": "ask",
>         "count": 4
>       },
>       {
>         "type": "reference-call",
>         "kind": "ask",
>         "count": 2
>       },
>       {
>         "type": "case-study",
>         "kind": "ask",
>         "count": 1
>       },
>       {
>         "type": "thank-you",
>         "kind": "give",
>         "count": 1
>       }
>     ],
>     "by_month": [
>       {
>         "month": "2026-07",
>         "asks": 3,
>         "gives": 0
>       },
>       {
>         "month": "2026-08",
>         "asks": 4,
>         "gives": 1
>       },
>       {
>         "month": "2026-09",
>         "asks": 0,
>         "gives": 0
>       }
>     ],
>     "acceptance_rate": 0.7143
>   },
>   "requests": {
>     "total": 8,
>     "by_status": {
>       "open": 1,
>       "matched": 0,
>       "scheduled": 0,
>       "fulfilled": 4,
>       "unfulfilled": 2,
>       "cancelled": 1
>     },
>     "fulfilment_rate": 0.6667,
>     "median_days_to_fulfil": 2,
>     "p90_days_to_fulfil": 10,
>     "within_sla": 0.75,
>     "unfulfilled_reasons": [
>       {
>         "reason": "No case-study advocate in retail",
>         "count": 1
>       },
>       {
>         "reason": null,
>         "count": 1
>       }
>     ]
>   },
>   "revenue": {
>     "currency": "USD",
>     "won": {
>       "count": 2,
>       "amount": 300000
>     },
>     "lost": {
>       "count": 0,
>       "amount": 0
>     },
>     "win_rate": 0.6667,
>     "open_pipeline": {
>       "count": 2,
>       "amount": 140000
>     },
>     "other_currencies": [
>       {
>         "currency": "EUR",
>         "won": {
>           "count": 0,
>           "amount": 0
>         },
>         "lost": {
>           "count": 1,
>           "amount": 50000
>         },
>         "open_pipeline": {
>           "count": 0,
>           "amount": 0
>         }
>       }
>     ]
>   },
>   "coverage": {
>     "available_for": "reference-call",
>     "targets": [
>       {
>         "field": "industry",
>         "value": "healthcare",
>         "target": 2,
>         "active": 2,
>         "available": 0,
>         "gap": 0
>       },
>       {
>         "field": "region",
>         "value": "emea",
>         "target": 3,
>         "active": 4,
>         "available": 1,
>         "gap": 0
>       },
>       {
>         "field": "products",
>         "value": "analytics",
>         "target": 5,
>         "active": 4,
>         "available": 1,
>         "gap": 1
>       }
>     ]
>   },
>   "utilisation": {
>     "most_asked": [
>       {
>         "id": "ivy-irwin-iota",
>         "name": "Ivy Irwin",
>         "company": "Iota Software",
>         "asks": 5,
>         "effort": 50
>       },
>       {
>         "id": "ada-ames-alpha",
>         "name": "Ada Ames",
>         "company": "Alpha Health",
>         "asks": 2,
>         "effort": 50
>       },
>       {
>         "id": "cy-cole-gamma",
>         "name": "Cy Cole",
>         "company": "Gamma Retail",
>         "asks": 1,
>         "effort": 250
>       },
>       {
>         "id": "bo-berg-beta",
>         "name": "Bo Berg",
>         "company": "Beta Clinics",
>         "asks": 1,
>         "effort": 40
>       },
>       {
>         "id": "hal-hart-theta",
>         "name": "Hal Hart",
>         "company": "Theta Bank",
>         "asks": 1,
>         "effort": 40
>       },
>       {
>         "id": "gus-gray-eta",
>         "name": "Gus Gray",
>         "company": "Eta Works",
>         "asks": 1,
>         "effort": 10
>       }
>     ],
>     "fatigue_risk": [
>       {
>         "id": "ivy-irwin-iota",
>         "name": "Ivy Irwin",
>         "company": "Iota Software",
>         "asks": 5
>       }
>     ],
>     "idle": [
>       {
>         "id": "jo-judd-kappa",
>         "name": "Jo Judd",
>         "company": "Kappa College",
>         "last_ask": null
>       }
>     ],
>     "give_ask": [
>       {
>         "id": "ivy-irwin-iota",
>         "name": "Ivy Irwin",
>         "company": "Iota Software",
>         "asks": 5
>       },
>       {
>         "id": "ada-ames-alpha",
>         "name": "Ada Ames",
>         "company": "Alpha Health",
>         "asks": 2
>       }
>     ]
>   },
>   "stories": {
>     "by_status": {
>       "draft": 1,
>       "in-review": 0,
>       "approved": 1,
>       "published": 3,
>       "retired": 1
>     },
>     "added": 1,
>     "expiring": [
>       {
>         "id": "beta-clinics-quote",
>         "title": "Beta Clinics on reporting",
>         "status": "approved",
>         "expires_on": "2026-10-15"
>       }
>     ],
>     "expired_published": [
>       {
>         "id": "gamma-retail-video",
>         "title": "Gamma Retail video",
>         "status": "published",
>         "expires_on": "2026-09-01"
>       }
>     ]
>   },
>   "hygiene": {
>     "stale_profiles": [
>       {
>         "id": "cy-cole-gamma",
>         "name": "Cy Cole",
>         "company": "Gamma Retail",
>         "verified_on": null,
>         "days": null
>       },
>       {
>         "id": "bo-berg-beta",
>         "name": "Bo Berg",
>         "company": "Beta Clinics",
>         "verified_on": "2026-03-01",
>         "days": 213
>       }
>     ],
>     "aging_nominations": [
>       {
>         "id": "dee-dunn-delta",
>         "name": "Dee Dunn",
>         "company": "Delta Stores",
>         "nominated_on": "2026-09-20",
>         "days": 10
>       }
>     ],
>     "expiring_consents": [
>       {
>         "id": "gus-gray-eta",
>         "name": "Gus Gray",
>         "company": "Eta Works",
>         "scope": "quote",
>         "expires": "2026-10-10",
>         "days": 10
>       },
>       {
>         "id": "ada-ames-alpha",
>         "name": "Ada Ames",
>         "company": "Alpha Health",
>         "scope": "quote",
>         "expires": "2026-10-20",
>         "days": 20
>       }
>     ]
>   }
> }
# An empty period: counts are 0, and rates and days null, never a
# division by zero.
$ advo --today 2026-11-16 report requests engagements revenue nominations --period 2020 --format json
> {
>   "program": "Fixture Advocacy",
>   "period": {
>     "from": "2020-01-01",
>     "to": "2020-12-31"
>   },
>   "requests": {
>     "total": 0,
>     "by_status": {
>       "open": 0,
>       "matched": 0,
>       "scheduled": 0,
>       "fulfilled": 0,
>       "unfulfilled": 0,
>       "cancelled": 0
>     },
>     "fulfilment_rate": null,
>     "median_days_to_fulfil": null,
>     "p90_days_to_fulfil": null,
>     "within_sla": null,
>     "unfulfilled_reasons": []
>   },
>   "engagements": {
>     "asks": 0,
>     "gives": 0,
>     "by_type": [],
>     "by_month": [
>       {
>         "month": "2020-01",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-02",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-03",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-04",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-05",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-06",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-07",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-08",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-09",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-10",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-11",
>         "asks": 0,
>         "gives": 0
>       },
>       {
>         "month": "2020-12",
>         "asks": 0,
>         "gives": 0
>       }
>     ],
>     "acceptance_rate": null
>   },
>   "revenue": {
>     "currency": "USD",
>     "won": {
>       "count": 0,
>       "amount": 0
>     },
>     "lost": {
>       "count": 0,
>       "amount": 0
>     },
>     "win_rate": null,
>     "open_pipeline": {
>       "count": 0,
>       "amount": 0
>     },
>     "other_currencies": []
>   },
>   "nominations": {
>     "total": 0,
>     "by_source": [],
>     "by_nominator": [],
>     "conversion": null,
>     "aging": 0
>   }
> }
# A period of one fulfilled request: the median and the 90th percentile are
# that request's 5 days.
$ advo --today 2026-11-16 report requests --period 2026-06 --format json
> {
>   "program": "Fixture Advocacy",
>   "period": {
>     "from": "2026-06-01",
>     "to": "2026-06-30"
>   },
>   "requests": {
>     "total": 1,
>     "by_status": {
>       "open": 0,
>       "matched": 0,
>       "scheduled": 0,
>       "fulfilled": 1,
>       "unfulfilled": 0,
>       "cancelled": 0
>     },
>     "fulfilment_rate": 1,
>     "median_days_to_fulfil": 5,
>     "p90_days_to_fulfil": 5,
>     "within_sla": 1,
>     "unfulfilled_reasons": []
>   }
> }
# Two: 2 and 4 days; the median is the lower, the 90th percentile the higher.
$ advo --today 2026-11-16 report requests --from 2026-07-01 --to 2026-08-05 --format json
> {
>   "program": "Fixture Advocacy",
>   "period": {
>     "from": "2026-07-01",
>     "to": "2026-08-05"
>   },
>   "requests": {
>     "total": 3,
>     "by_status": {
>       "open": 0,
>       "matched": 0,
>       "scheduled": 0,
>       "fulfilled": 2,
>       "unfulfilled": 1,
>       "cancelled": 0
>     },
>     "fulfilment_rate": 0.6667,
>     "median_days_to_fulfil": 2,
>     "p90_days_to_fulfil": 4,
>     "within_sla": 1,
>     "unfulfilled_reasons": [
>       {
>         "reason": null,
>         "count": 1
>       }
>     ]
>   }
> }
# CSV gives the rows behind one section, one per item.
$ advo --today 2026-11-16 report health --period 2026-Q3 --format csv
> period_from,period_to,measure,value,status,green,amber,message
> 2026-07-01,2026-09-30,overall,,red,,,
> 2026-07-01,2026-09-30,fulfilment_rate,0.6667,red,0.9,0.75,"67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, amber from 75%"
> 2026-07-01,2026-09-30,targets_met,0.6667,amber,1,0.5,"2 of 3 coverage targets have enough active advocates; green from 100%, amber from 50%"
> 2026-07-01,2026-09-30,stale_profiles,0.3333,red,0.1,0.25,"33% of active profiles are unverified for 180 days or more, or never verified (2 of 6); green up to 10%, amber up to 25%"
$ advo --today 2026-11-16 report membership --period 2026-Q3 --format csv
> period_from,period_to,id,name,company,stage,stage_on,nominated_on,added,activated
> 2026-07-01,2026-09-30,ada-ames-alpha,Ada Ames,Alpha Health,active,2026-02-01,2026-01-10,no,no
> 2026-07-01,2026-09-30,bo-berg-beta,Bo Berg,Beta Clinics,active,2026-08-01,2026-07-05,yes,yes
> 2026-07-01,2026-09-30,cy-cole-gamma,Cy Cole,Gamma Retail,active,2025-06-01,2025-05-01,no,no
> 2026-07-01,2026-09-30,dee-dunn-delta,Dee Dunn,Delta Stores,nominated,2026-09-20,2026-09-20,yes,no
> 2026-07-01,2026-09-30,eve-east-epsilon,Eve East,Epsilon Care,qualified,2026-09-01,2026-08-10,yes,no
> 2026-07-01,2026-09-30,fay-fox-zeta,Fay Fox,Zeta Labs,declined,2026-07-25,2026-07-20,yes,no
> 2026-07-01,2026-09-30,gus-gray-eta,Gus Gray,Eta Works,paused,2026-05-01,2024-01-15,no,no
> 2026-07-01,2026-09-30,hal-hart-theta,Hal Hart,Theta Bank,active,2024-03-01,2024-02-01,no,no
> 2026-07-01,2026-09-30,ivy-irwin-iota,Ivy Irwin,Iota Software,active,2025-01-10,2024-12-01,no,no
> 2026-07-01,2026-09-30,jo-judd-kappa,Jo Judd,Kappa College,active,2025-10-01,2025-09-01,no,no
$ advo --today 2026-11-16 report nominations --period 2026-Q3 --format csv
> period_from,period_to,id,name,company,source,nominated_by,nominated_on,stage,qualified,aging
> 2026-07-01,2026-09-30,bo-berg-beta,Bo Berg,Beta Clinics,success,lee.park,2026-07-05,active,yes,no
> 2026-07-01,2026-09-30,fay-fox-zeta,Fay Fox,Zeta Labs,support,lee.park,2026-07-20,declined,no,no
> 2026-07-01,2026-09-30,eve-east-epsilon,Eve East,Epsilon Care,sales,sam.ortiz,2026-08-10,qualified,yes,no
> 2026-07-01,2026-09-30,dee-dunn-delta,Dee Dunn,Delta Stores,self,,2026-09-20,nominated,no,yes
$ advo --today 2026-11-16 report engagements --period 2026-Q3 --format csv
> period_from,period_to,id,date,advocate,type,outcome,counted
> 2026-07-01,2026-09-30,2026-07-10-ada-ames-alpha-reference-call,2026-07-10,ada-ames-alpha,reference-call,completed,ask
> 2026-07-01,2026-09-30,2026-07-12-ivy-irwin-iota-quote,2026-07-12,ivy-irwin-iota,quote,completed,ask
> 2026-07-01,2026-09-30,2026-07-15-cy-cole-gamma-case-study,2026-07-15,cy-cole-gamma,case-study,completed,ask
> 2026-07-01,2026-09-30,2026-08-01-ivy-irwin-iota-quote,2026-08-01,ivy-irwin-iota,quote,declined,ask
> 2026-07-01,2026-09-30,2026-08-05-bo-berg-beta-reference-call,2026-08-05,bo-berg-beta,reference-call,completed,ask
> 2026-07-01,2026-09-30,2026-08-06-bo-berg-beta-thank-you,2026-08-06,bo-berg-beta,thank-you,completed,give
> 2026-07-01,2026-09-30,2026-08-20-ada-ames-alpha-quote,2026-08-20,ada-ames-alpha,quote,declined,ask
> 2026-07-01,2026-09-30,2026-08-20-ivy-irwin-iota-quote,2026-08-20,ivy-irwin-iota,quote,completed,ask
> 2026-07-01,2026-09-30,2026-09-10-cy-cole-gamma-reference-call,2026-09-10,cy-cole-gamma,reference-call,cancelled,cancelled
$ advo --today 2026-11-16 report requests --period 2026-Q3 --format csv
> period_from,period_to,id,type,status,requested_by,requested_on,needed_by,fulfilled_on,days_to_fulfil,within_sla,outcome_reason
> 2026-07-01,2026-09-30,2026-07-08-acme-health-reference-call,reference-call,fulfilled,sam.ortiz,2026-07-08,2026-07-12,2026-07-10,2,yes,
> 2026-07-01,2026-09-30,2026-07-20-hart-co-quote,quote,unfulfilled,lee.park,2026-07-20,2026-07-27,,,,
> 2026-07-01,2026-09-30,2026-08-01-bolt-bank-reference-call,reference-call,fulfilled,lee.park,2026-08-01,2026-08-08,2026-08-05,4,yes,Chose an incumbent
> 2026-07-01,2026-09-30,2026-08-10-cora-retail-reference-call,reference-call,fulfilled,sam.ortiz,2026-08-10,2026-08-14,2026-08-20,10,no,
> 2026-07-01,2026-09-30,2026-09-01-dyno-corp-case-study,case-study,unfulfilled,sam.ortiz,2026-09-01,2026-09-15,,,,No case-study advocate in retail
> 2026-07-01,2026-09-30,2026-09-05-kilo-inc-reference-call,reference-call,fulfilled,lee.park,2026-09-05,2026-09-09,2026-09-07,2,yes,
> 2026-07-01,2026-09-30,2026-09-15-echo-ltd-reference-call,reference-call,open,sam.ortiz,2026-09-15,2026-11-18,,,,
> 2026-07-01,2026-09-30,2026-09-20-fern-inc-reference-call,reference-call,cancelled,lee.park,2026-09-20,2026-09-30,,,,
$ advo --today 2026-11-16 report revenue --period 2026-Q3 --format csv
> period_from,period_to,id,account,opportunity,deal,closed_on,amount,currency,counted
> 2026-07-01,2026-09-30,2026-06-20-gale-gmbh-reference-call,Gale GmbH,,won,2026-07-20,200000.00,USD,won
> 2026-07-01,2026-09-30,2026-07-08-acme-health-reference-call,Acme Health,,won,2026-08-15,100000.00,USD,won
> 2026-07-01,2026-09-30,2026-08-01-bolt-bank-reference-call,Bolt Bank,,lost,2026-09-10,50000.00,EUR,lost
> 2026-07-01,2026-09-30,2026-08-10-cora-retail-reference-call,Cora Retail,,open,,80000.00,USD,open_pipeline
> 2026-07-01,2026-09-30,2026-09-05-kilo-inc-reference-call,Kilo Inc,,won,2026-10-10,60000.00,USD,open_pipeline
$ advo --today 2026-11-16 report coverage --period 2026-Q3 --format csv
> period_from,period_to,field,value,target,active,available,gap
> 2026-07-01,2026-09-30,industry,healthcare,2,2,0,0
> 2026-07-01,2026-09-30,region,emea,3,4,1,0
> 2026-07-01,2026-09-30,products,analytics,5,4,1,1
$ advo --today 2026-11-16 report utilisation --period 2026-Q3 --format csv
> period_from,period_to,list,id,name,company,asks_120,asks_365,effort_365,gives_365,last_ask
> 2026-07-01,2026-09-30,most_asked,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,most_asked,ada-ames-alpha,Ada Ames,Alpha Health,2,2,50,0,2026-08-20
> 2026-07-01,2026-09-30,most_asked,cy-cole-gamma,Cy Cole,Gamma Retail,1,1,250,0,2026-07-15
> 2026-07-01,2026-09-30,most_asked,bo-berg-beta,Bo Berg,Beta Clinics,1,1,40,1,2026-08-05
> 2026-07-01,2026-09-30,most_asked,hal-hart-theta,Hal Hart,Theta Bank,1,1,40,0,2026-06-15
> 2026-07-01,2026-09-30,most_asked,gus-gray-eta,Gus Gray,Eta Works,0,1,10,0,2025-12-01
> 2026-07-01,2026-09-30,fatigue_risk,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,idle,jo-judd-kappa,Jo Judd,Kappa College,0,0,0,0,
> 2026-07-01,2026-09-30,give_ask,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,give_ask,ada-ames-alpha,Ada Ames,Alpha Health,2,2,50,0,2026-08-20
$ advo --today 2026-11-16 report stories --period 2026-Q3 --format csv
> period_from,period_to,id,title,kind,status,approved_on,expires_on,added,flag
> 2026-07-01,2026-09-30,alpha-health-cuts-wait-times,Alpha Health cuts wait times,case-study,published,2026-08-01,2028-08-01,yes,
> 2026-07-01,2026-09-30,beta-clinics-quote,Beta Clinics on reporting,quote,approved,2025-01-01,2026-10-15,no,expiring
> 2026-07-01,2026-09-30,delta-draft-blog,Delta draft blog,blog,draft,,,no,
> 2026-07-01,2026-09-30,eta-works-case-study,Eta Works case study,case-study,retired,2023-01-01,2025-01-01,no,
> 2026-07-01,2026-09-30,gamma-retail-video,Gamma Retail video,video,published,2024-01-01,2026-09-01,no,expired_published
> 2026-07-01,2026-09-30,iota-webinar,Iota Software webinar,webinar,published,2024-12-01,2026-12-10,no,
$ advo --today 2026-11-16 report hygiene --period 2026-Q3 --format csv
> period_from,period_to,list,id,name,detail,date,days
> 2026-07-01,2026-09-30,stale_profiles,cy-cole-gamma,Cy Cole,verified_on,,
> 2026-07-01,2026-09-30,stale_profiles,bo-berg-beta,Bo Berg,verified_on,2026-03-01,213
> 2026-07-01,2026-09-30,aging_nominations,dee-dunn-delta,Dee Dunn,nominated_on,2026-09-20,10
> 2026-07-01,2026-09-30,expiring_consents,gus-gray-eta,Gus Gray,consent.quote.expires,2026-10-10,10
> 2026-07-01,2026-09-30,expiring_consents,ada-ames-alpha,Ada Ames,consent.quote.expires,2026-10-20,20
# -o writes any format to a file instead of stdout.
$ advo --today 2026-11-16 report coverage --period 2026-Q3 --format csv -o out/coverage.csv && cat out/coverage.csv
> period_from,period_to,field,value,target,active,available,gap
> 2026-07-01,2026-09-30,industry,healthcare,2,2,0,0
> 2026-07-01,2026-09-30,region,emea,3,4,1,0
> 2026-07-01,2026-09-30,products,analytics,5,4,1,1
! wrote out/coverage.csv (csv report for 2026-Q3)
# Mistakes are usage errors (exit 2) that say what is accepted.
$ advo --today 2026-11-16 report --format csv
! advo: --format csv gives one section: name it (one of health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene)
? 2
$ advo --today 2026-11-16 report health coverage --format csv
! advo: --format csv gives one section: name it (one of health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene)
? 2
$ advo --today 2026-11-16 report covrage
! advo: no report section 'covrage' (did you mean 'coverage'?); sections: health, membership, nominations, engagements, requests, revenue, coverage, utilisation, stories, hygiene
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
! advo: report: --format: pdf not in {table,md,json,csv,html}
! Run 'advo report --help' for its options.
? 2
