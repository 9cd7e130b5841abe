# advo show for a request adds how it stands today: when it is due and the
# current availability of each advocate assigned, for the request's type.
# Fixture `match`, today 2026-11-20.
$ fixture match
$ advo --today 2026-11-20 request set 2026-11-18 advocates+=ada-adams-alpha-health,pia-park-pine-health status=matched -q
$ advo --today 2026-11-20 show 2026-11-18
> id: 2026-11-18-northwind-clinics-reference-call
> type: reference-call
> status: matched
> requested_by: sam
> requested_on: 2026-11-18
> needed_by: 2026-11-25
> opportunity:
>   id: OPP-7
>   account: Northwind Clinics
>   amount: 250000
>   currency: USD
>   stage: proposal
> criteria:
>   industry: healthcare
>   region: emea
>   products:
>     - analytics
>     - reporting
> advocates:
>   - ada-adams-alpha-health
>   - pia-park-pine-health
> # as of 2026-11-20:
> # needed in 5 days
> # assigned advocates, for reference-call:
> #   ada-adams-alpha-health: available
> #   pia-park-pine-health: not available (resting, min-gap); next available: 2027-01-09
# The output is still the record: the comments drop out on reading.
$ advo --today 2026-11-20 show 2026-11-18 > ../r.yaml && cmp <(grep -v '^#' ../r.yaml) requests/2026-11-18-northwind-clinics-reference-call.yaml
$ advo --today 2026-11-20 show 2026-11-18 --format json | sed -n '/"overdue"/,$p'
>   "overdue": false,
>   "assigned": [
>     {
>       "id": "ada-adams-alpha-health",
>       "type": "reference-call",
>       "on": "2026-11-20",
>       "available": true,
>       "reasons": [],
>       "next_available": "2026-11-20"
>     },
>     {
>       "id": "pia-park-pine-health",
>       "type": "reference-call",
>       "on": "2026-11-20",
>       "available": false,
>       "reasons": [
>         {
>           "code": "resting",
>           "message": "resting after the reference-call of 2026-11-10 (60 days)",
>           "clears_on": "2027-01-09"
>         },
>         {
>           "code": "min-gap",
>           "message": "asked 2026-11-10 (reference-call); 14 days between asks",
>           "clears_on": "2026-11-24"
>         }
>       ],
>       "next_available": "2027-01-09"
>     }
>   ]
> }
# Overdue, and an assigned id that is not an advocate (advo check names it).
$ advo --today 2026-11-20 show 2026-10-20 | grep '^#'
> # as of 2026-11-20:
> # overdue by 10 days
> # assigned advocates, for reference-call:
> #   lee-lund-lake-clinic: available
$ sed -i 's/  - lee-lund-lake-clinic/  - lee-lund/' requests/2026-10-20-summit-retail-reference-call.yaml
$ advo --today 2026-11-20 show 2026-10-20 | grep '^#'
> # as of 2026-11-20:
> # overdue by 10 days
> # assigned advocates, for reference-call:
> #   lee-lund: no such advocate
$ advo --today 2026-11-20 show 2026-10-20 --format json | sed -n '/"overdue"/,$p'
>   "overdue": true,
>   "assigned": [
>     {
>       "id": "lee-lund",
>       "type": "reference-call",
>       "on": "2026-11-20",
>       "available": null,
>       "reasons": [],
>       "next_available": null
>     }
>   ]
> }
# Closed, or nobody assigned yet.
$ advo --today 2026-11-20 show 2026-08-20 | grep '^#'
> # as of 2026-11-20:
> # assigned advocates, for webinar:
> #   cy-cole-cedar-health: not available (resting, cap-quarter); next available: 2026-11-30
$ advo --today 2026-11-25 show 2026-11-19 | grep '^#'
> # as of 2026-11-25:
> # needed in 5 days
> # no advocate assigned
$ advo --today 2026-11-30 show 2026-11-19 | grep '^#'
> # as of 2026-11-30:
> # needed today
> # no advocate assigned
# A type without rules of rest: no availability to give.
$ sed -i 's/^type: logo/type: lgo/' requests/2026-11-19-harbor-health-logo.yaml
$ advo --today 2026-11-20 request set 2026-11-19 advocates+=lou-lane-lark-health -q
$ advo --today 2026-11-20 show 2026-11-19 | grep '^#'
> # as of 2026-11-20:
> # needed in 10 days
> # lgo is not an ask type of advo.toml
$ advo --today 2026-11-20 show 2026-11-19 --format json | sed -n '/"assigned"/,$p'
>   "assigned": [
>     {
>       "id": "lou-lane-lark-health",
>       "type": "lgo",
>       "on": "2026-11-20",
>       "available": null,
>       "reasons": [],
>       "next_available": null
>     }
>   ]
> }
