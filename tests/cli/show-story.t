# advo show STORY: the record, then whether it is usable today and the
# requests and engagements that use it.
$ fixture stories
$ advo --today 2026-11-16 show hooli-patient
> id: hooli-patient-flow-video
> title: Hooli patient flow video
> kind: video
> status: published
> advocates:
>   - eva-berg-hooli
> company: Hooli
> industry: healthcare
> segment: enterprise
> region: emea
> products:
>   - dashboards
> use_cases:
>   - capacity-planning
> url: https://example.com/hooli-video
> approvals:
>   - date: 2026-03-01
>     expires: 2026-12-01
> # usage as of 2026-11-16:
> # usable: yes
> # requests: none
> # engagements:
> #   2026-10-20-ana-lima-northwind-reference-call (completed)
> #   2026-12-05-frank-moss-acme-reference-call (scheduled)
$ advo --today 2026-11-16 show hooli-analytics
> id: hooli-analytics-webinar
> title: Hooli analytics webinar
> kind: webinar
> status: published
> advocates:
>   - eva-berg-hooli
> company: Hooli
> industry: healthcare
> region: emea
> products:
>   - analytics
> url: https://example.com/hooli-webinar
> approvals:
>   - date: 2024-01-10
>     expires: 2026-10-31
> # usage as of 2026-11-16:
> # usable: no
> #   expired: approval expired 2026-10-31
> # requests:
> #   2026-11-10-orion-health-reference-call (open; uses it on 2026-11-16)
> # engagements:
> #   2026-11-10-frank-moss-acme-reference-call (cancelled; not a use)
$ advo --today 2026-11-16 show initech-demand
> id: initech-demand-forecasting
> title: Initech demand forecasting
> kind: case-study
> status: approved
> advocates:
>   - carla-diaz-initech
> company: Initech
> industry: retail
> segment: smb
> region: latam
> products:
>   - analytics
> approvals:
>   - date: 2026-05-01
>     expires: 2029-05-01
> # usage as of 2026-11-16:
> # usable: no
> #   no-consent: carla-diaz-initech has given no case-study consent
> # requests:
> #   2026-07-01-crescent-retail-reference-call (fulfilled; uses it on 2026-07-03)
> # engagements:
> #   2026-04-10-carla-diaz-initech-case-study (completed; the featured advocate's own work on it)
$ advo --today 2026-11-16 show globex-risk --format json
> {
>   "id": "globex-risk-reporting",
>   "title": "Globex risk reporting",
>   "kind": "case-study",
>   "status": "published",
>   "advocates": [
>     "ben-okafor-globex",
>     "dev-patel-umbrella"
>   ],
>   "company": "Globex",
>   "industry": "financial-services",
>   "segment": "enterprise",
>   "region": "na",
>   "products": [
>     "analytics"
>   ],
>   "use_cases": [],
>   "outcomes": [],
>   "url": "https://example.com/globex",
>   "approvals": [
>     {
>       "date": "2025-06-01",
>       "expires": "2028-06-01"
>     }
>   ],
>   "approved_on": "2025-06-01",
>   "expires_on": "2028-06-01",
>   "tags": [],
>   "notes": null,
>   "usage": {
>     "on": "2026-11-16",
>     "usable": false,
>     "reasons": [
>       {
>         "code": "advocate-gone",
>         "message": "features ben-okafor-globex, alumni since 2026-09-01"
>       },
>       {
>         "code": "advocate-gone",
>         "message": "features dev-patel-umbrella, who is declined"
>       },
>       {
>         "code": "no-consent",
>         "message": "dev-patel-umbrella has given no case-study consent"
>       }
>     ],
>     "requests": [
>       {
>         "id": "2026-09-01-vantage-bank-reference-call",
>         "status": "fulfilled",
>         "uses_on": "2026-09-05"
>       }
>     ],
>     "engagements": []
>   }
> }
$ advo --today 2026-11-16 show northwind-rollout
> id: northwind-rollout-review
> title: Northwind rollout review
> kind: review
> status: in-review
> advocates:
>   - ana-lima-northwind
> company: Northwind
> industry: healthcare
> region: emea
> # usage as of 2026-11-16:
> # usable: no
> #   not-approved: in-review, not approved
> # requests: none
> # engagements: none
