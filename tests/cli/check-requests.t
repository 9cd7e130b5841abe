# advo check on requests edited by hand: what request new, set and close
# never write. Fixture `match`, today 2026-11-20.
$ fixture match
$ advo --today 2026-11-20 check --strict
# A give as the type; needed and closed before it was requested (a call
# logged before the request was made may fulfil it: not a finding).
$ sed -i 's/^type: logo/type: thank-you/; s/^needed_by: 2026-11-30/needed_by: 2026-11-01/' requests/2026-11-19-harbor-health-logo.yaml
$ sed -i 's/^fulfilled_on: 2026-09-01/fulfilled_on: 2026-08-01/; s/closed_on: 2026-09-30/closed_on: 2026-08-19/' requests/2026-08-20-harbor-health-webinar.yaml
# fulfilled_on on a request in progress; matched with nobody assigned
# (warnings).
$ sed -i 's/^status: cancelled/status: open/; s/^needed_by: 2026-11-09/needed_by: 2026-11-09\nfulfilled_on: 2026-11-05/' requests/2026-11-02-polar-freight-reference-call.yaml
$ sed -i 's/^status: open/status: matched/' requests/2026-11-18-northwind-clinics-reference-call.yaml
$ advo --today 2026-11-20 check
> requests/2026-08-20-harbor-health-webinar.yaml:16:14: error: outcome.closed_on (2026-08-19) is before requested_on (2026-08-20)
> requests/2026-11-02-polar-freight-reference-call.yaml:7:15: warning: fulfilled_on is set but the request is open
> requests/2026-11-18-northwind-clinics-reference-call.yaml:3:9: warning: the request is matched but no advocate is assigned (advo match REQUEST --assign ID)
> requests/2026-11-19-harbor-health-logo.yaml:2:7: error: thank-you is a give; a request asks an advocate for something, so its type is an ask type
> requests/2026-11-19-harbor-health-logo.yaml:6:12: error: needed_by (2026-11-01) is before requested_on (2026-11-19)
! 3 errors, 2 warnings
? 1
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-20 check --format json | grep -e '"code"' | sort | uniq -c
>       2       "code": "before-requested",
>       1       "code": "fulfilled-on-status",
>       1       "code": "give-request",
>       1       "code": "no-advocate-assigned",
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
# Each is what the commands refuse: match names the give.
$ advo --today 2026-11-20 match 2026-11-19
! advo: request 2026-11-19-harbor-health-logo: thank-you is a give; advocates are matched to asks
? 2
# Put right with request set and match --assign, the program is clean.
$ advo --today 2026-11-20 request set 2026-11-19 type=logo needed_by=2026-11-30 -q
$ advo --today 2026-11-20 request set 2026-08-20 fulfilled_on=2026-09-01 outcome.closed_on=2026-09-30 -q
$ advo --today 2026-11-20 request set 2026-11-02 fulfilled_on= -q
$ advo --today 2026-11-20 match 2026-11-18 --assign ada -q
$ advo --today 2026-11-20 check --strict
