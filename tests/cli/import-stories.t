# advo import csv --into stories and --into requests: headings of content
# and opportunity sheets, defaults for new records, matches skipped.
$ fixture import
$ advo --today 2026-11-16 import csv sheets/stories.csv --into stories --skip-invalid --dry-run
> COLUMN  HEADING        FIELD
> A       Title          title
> B       Type           kind
> C       Status         status
> D       Advocates      advocates
> E       Company        company
> F       Industry       industry
> G       Outcomes       outcomes
> H       Link           url
> I       Approval Date  approved_on
> J       Expiry Date    expires_on
>
> row 2: skip acme-cuts-reporting-time: already there (same title)
> row 3: create initech-trusts-its-numbers (Initech trusts its numbers)
> row 5: create umbrella-webinar (Umbrella webinar)
> created 2, updated 0, skipped 1, invalid 1
! advo: sheets/stories.csv: row 4, column D (Advocates): no advocate 'nobody-here'
! advo: sheets/stories.csv: row 4, column H (Link): invalid URL 'ftp://example.com/x' (expected http:// or https://)
! 1 row matched stories already there; --update updates them from the sheet
! dry run: nothing written
$ advo --today 2026-11-16 import csv sheets/stories.csv --into stories --skip-invalid
> row 2: skip acme-cuts-reporting-time: already there (same title)
> row 3: create initech-trusts-its-numbers (Initech trusts its numbers)
> row 5: create umbrella-webinar (Umbrella webinar)
> created 2, updated 0, skipped 1, invalid 1
! advo: sheets/stories.csv: row 4, column D (Advocates): no advocate 'nobody-here'
! advo: sheets/stories.csv: row 4, column H (Link): invalid URL 'ftp://example.com/x' (expected http:// or https://)
! 1 row matched stories already there; --update updates them from the sheet
$ ls stories
> acme-cuts-reporting-time.yaml
> initech-trusts-its-numbers.yaml
> umbrella-webinar.yaml
$ cat stories/initech-trusts-its-numbers.yaml
> id: initech-trusts-its-numbers
> title: Initech trusts its numbers
> kind: quote
> status: approved
> advocates:
>   - jose-muller-initech
> company: Initech
> industry: manufacturing
> outcomes:
>   - cut month-end close from 9 to 4 days
>   - saved $2M
> url: https://example.com/initech
> approvals:
>   - date: 2026-10-01
>     expires: 2031-10-01
$ cat stories/umbrella-webinar.yaml
> id: umbrella-webinar
> title: Umbrella webinar
> kind: webinar
> status: draft
> company: Umbrella
$ advo --today 2026-11-16 import csv sheets/requests.csv --into requests --skip-invalid
> row 2: skip 2026-11-02-umbrella-reference-call: already there (same type, day, requester and opportunity)
> row 3: create 2026-11-10-hooli-case-study (case-study for Hooli)
> row 4: create 2026-11-16-soylent-reference-call (reference-call for Soylent)
> created 2, updated 0, skipped 1, invalid 1
! advo: sheets/requests.csv: row 5, column A (Request Type): unknown activity type 'reference call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you, webinar
! advo: sheets/requests.csv: row 5, column G (Amount): amount must be a number, not '1,200,000'
! advo: sheets/requests.csv: row 5, column H (Currency): invalid currency 'usd' (expected a code like USD or EUR)
! 1 row matched requests already there; --update updates them from the sheet
$ ls requests
> 2026-11-02-umbrella-reference-call.yaml
> 2026-11-10-hooli-case-study.yaml
> 2026-11-16-soylent-reference-call.yaml
$ cat requests/2026-11-10-hooli-case-study.yaml
> id: 2026-11-10-hooli-case-study
> type: case-study
> status: open
> requested_by: kate
> requested_on: 2026-11-10
> needed_by: 2026-12-15
> opportunity:
>   id: OPP-7
>   account: Hooli
>   amount: 480000.5
>   currency: USD
> criteria:
>   industry: technology
>   region: na
>   country: US
> notes: Board wants a peer story
$ cat requests/2026-11-16-soylent-reference-call.yaml
> id: 2026-11-16-soylent-reference-call
> type: reference-call
> status: open
> requested_by: priya
> requested_on: 2026-11-16
> opportunity:
>   account: Soylent
> criteria:
>   industry: retail
$ advo --today 2026-11-16 check
