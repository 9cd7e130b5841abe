# advo report --format json on the fixture `report`: the keys of every
# section (documented in advo-report(1)) and the numbers worked out by hand
# in tests/unit/domain/metrics_*_test.cpp; see report.t for a summary.
$ fixture report
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
