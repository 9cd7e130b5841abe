# advo show finds any record by id or unique prefix.
# An advocate is followed by facts derived from the log, as of --today.
$ fixture small
$ advo --today 2026-11-20 show jane-doe
> id: jane-doe-acme
> name: Jane Doe
> title: VP Engineering
> company: Acme
> email: jane@acme.example
> industry: healthcare
> segment: enterprise
> region: emea
> country: DE
> languages:
>   - de
>   - en
> products:
>   - analytics
> activities:
>   - reference-call
>   - case-study
> stage: active
> stage_on: 2026-01-10
> nominated:
>   by: sam
>   date: 2026-01-02
>   source: sales
> consent:
>   case-study:
>     granted: 2026-01-10
> verified_on: 2026-09-01
> # activity as of 2026-11-20, from the engagement log:
> # last ask: 2026-11-05 reference-call
> # asks in the last 90 days: 1
> # asks in the last 365 days: 1 (effort 40)
> # gives in the last 365 days: 1 (effort 0)
> # next available:
> #   case-study: 2026-11-20
> #   reference-call: 2027-01-04 (resting)
$ advo --today 2026-11-20 show jose --format json
> {
>   "id": "jose-muller-initech",
>   "name": "José Müller",
>   "title": null,
>   "company": "Initech",
>   "email": null,
>   "phone": null,
>   "account_owner": null,
>   "industry": "manufacturing",
>   "segment": "smb",
>   "employees": null,
>   "region": "emea",
>   "country": "AT",
>   "languages": [],
>   "products": [],
>   "use_cases": [],
>   "persona": null,
>   "topics": [],
>   "activities": [],
>   "stage": "nominated",
>   "stage_on": "2026-11-10",
>   "nominated": {
>     "by": "priya",
>     "date": "2026-11-10",
>     "source": "success",
>     "reason": "Loves the dashboards"
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
>     "next_planned_ask": null,
>     "asks_last_90_days": 0,
>     "asks_last_365_days": 0,
>     "ask_effort_last_365_days": 0,
>     "gives_last_365_days": 0,
>     "give_effort_last_365_days": 0,
>     "next_available": {}
>   }
> }
$ advo show 2026-11-06
> id: 2026-11-06-jane-doe-acme-thank-you
> date: 2026-11-06
> advocate: jane-doe-acme
> type: thank-you
> outcome: completed
$ advo --today 2026-11-20 show acme-cuts
> id: acme-cuts-reporting-time
> title: Acme cuts reporting time
> kind: case-study
> status: published
> advocates:
>   - jane-doe-acme
> industry: healthcare
> url: https://example.com/acme
> approvals:
>   - date: 2026-02-01
>     expires: 2028-02-01
> # usage as of 2026-11-20:
> # usable: yes
> # requests:
> #   2026-11-02-umbrella-reference-call (fulfilled; uses it on 2026-11-05)
> # engagements: none
$ advo show jane
! advo: 'jane' is ambiguous; it matches:
!   jane-doe-acme (advocate)
!   jane-roe-globex (advocate)
? 2
$ advo show nobody
! advo: no advocate, story, request or engagement 'nobody'
? 2
$ advo show
! advo: show: ID is required
! Run 'advo show --help' for its options.
? 2
