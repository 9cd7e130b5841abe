# advo show adds to an advocate facts derived from the engagement log, as
# YAML comments after the record (still valid YAML) or under "activity" in
# JSON. Fixture `rest`, today 2026-11-20; efforts: reference-call 40,
# webinar 50, thank-you 5.
$ fixture rest
# Ada: one ask (the call of 2026-11-02, effort 40) and one give (the
# thank-you of 2026-11-10, effort 5); the cancelled webinar is neither.
# Calls rest until 2026-11-02 + 60 = 2027-01-01; the min-gap ended on
# 2026-11-16, so other types are free today.
$ advo --today 2026-11-20 show ada
> id: ada-lovelace-analytical
> name: Ada Lovelace
> company: Analytical
> activities:
>   - case-study
>   - reference-call
>   - webinar
> stage: active
> consent:
>   case-study:
>     granted: 2026-01-01
> # activity as of 2026-11-20, from the engagement log:
> # last ask: 2026-11-02 reference-call
> # asks in the last 90 days: 1
> # asks in the last 365 days: 1 (effort 40)
> # gives in the last 365 days: 1 (effort 5)
> # next available:
> #   case-study: 2026-11-20
> #   reference-call: 2027-01-01 (resting)
> #   webinar: 2026-11-20
# The output is still one valid record: the comments drop out on reading.
$ advo --today 2026-11-20 show ada > ../ada.yaml && cmp <(grep -v '^#' ../ada.yaml) advocates/ada-lovelace-analytical.yaml
# 90 days later (2027-02-18) the call is out of the quarter but in the year.
$ advo --today 2027-02-18 show ada | grep '^#'
> # activity as of 2027-02-18, from the engagement log:
> # last ask: 2026-11-02 reference-call
> # asks in the last 90 days: 0
> # asks in the last 365 days: 1 (effort 40)
> # gives in the last 365 days: 1 (effort 5)
> # next available:
> #   case-study: 2027-02-18
> #   reference-call: 2027-02-18
> #   webinar: 2027-02-18
# Dee: no ask yet, a webinar planned for 2026-12-10 (see rest.t for the
# days: calls from 2026-12-24, webinars from 2027-03-10).
$ advo --today 2026-11-20 show dee --format json
> {
>   "id": "dee-diaz-delta",
>   "name": "Dee Diaz",
>   "title": null,
>   "company": "Delta",
>   "email": null,
>   "phone": null,
>   "account_owner": null,
>   "industry": null,
>   "segment": null,
>   "employees": null,
>   "region": null,
>   "country": null,
>   "languages": [],
>   "products": [],
>   "use_cases": [],
>   "persona": null,
>   "topics": [],
>   "activities": [
>     "reference-call",
>     "webinar"
>   ],
>   "stage": "active",
>   "stage_on": null,
>   "nominated": {
>     "by": null,
>     "date": null,
>     "source": null,
>     "reason": null
>   },
>   "nps": {
>     "score": null,
>     "date": null
>   },
>   "moved_to": null,
>   "moved_from": null,
>   "consent": {
>     "logo": null,
>     "name": null,
>     "quote": null,
>     "case-study": null,
>     "video": null,
>     "press": null
>   },
>   "limits": {
>     "max_per_quarter": null,
>     "max_per_year": null
>   },
>   "unavailable": [],
>   "do_not_contact": false,
>   "commitment": {
>     "activities": [],
>     "until": null,
>     "note": null
>   },
>   "verified_on": null,
>   "tags": [],
>   "notes": null,
>   "activity": {
>     "on": "2026-11-20",
>     "last_ask": null,
>     "next_planned_ask": {
>       "date": "2026-12-10",
>       "type": "webinar"
>     },
>     "asks_last_90_days": 0,
>     "asks_last_365_days": 0,
>     "ask_effort_last_365_days": 0,
>     "gives_last_365_days": 0,
>     "give_effort_last_365_days": 0,
>     "next_available": {
>       "reference-call": "2026-12-24",
>       "webinar": "2027-03-10"
>     }
>   }
> }
$ advo --today 2026-11-20 show dee | grep '^#'
> # activity as of 2026-11-20, from the engagement log:
> # last ask: none
> # next planned ask: 2026-12-10 webinar
> # asks in the last 90 days: 0
> # asks in the last 365 days: 0 (effort 0)
> # gives in the last 365 days: 0 (effort 0)
> # next available:
> #   reference-call: 2026-12-24 (scheduled)
> #   webinar: 2027-03-10 (scheduled)
# Reasons without a clearing day: no next available day.
$ advo --today 2026-11-20 show gil | grep -A3 'next available'
> # next available:
> #   quote: none (no-consent)
> #   reference-call: 2026-11-20
$ advo --today 2026-11-20 show eve | grep -A3 'next available'
> # next available:
> #   reference-call: none (not-active)
