# advo today on the fixture `report`, on 2026-11-16: the working of each
# item is in tests/unit/domain/morning_view_test.cpp. The most urgent
# sections first; on an 80-column terminal (--width 80) each item wraps at
# spaces, keeping a phrase in parentheses whole.
$ fixture report
$ advo --today 2026-11-16 --width 80 today
> Requests overdue (1)
>   2026-11-10-iris-ag-reference-call: open reference-call request for Iris AG,
>       needed by 2026-11-12 (4 days overdue)
>     advo match 2026-11-10-iris-ag-reference-call
>
> Requests due within 72 hours (2)
>   2026-09-15-echo-ltd-reference-call: open reference-call request for Echo Ltd,
>       needed by 2026-11-18 (due in 2 days)
>     advo match 2026-09-15-echo-ltd-reference-call
>   2026-11-12-jade-llc-reference-call: matched reference-call request for Jade
>       LLC, needed by 2026-11-19 (due in 3 days)
>     advo log jo-judd-kappa reference-call --request 2026-11-12-jade-llc-reference-call
>
> Expired stories still published (1)
>   gamma-retail-video: published video expired 2026-09-01 (76 days ago); renew
>       the approval or retire it
>     advo story status gamma-retail-video retired
>
> Consents expiring (1)
>   Ivy Irwin (Iota Software): quote consent expires 2026-12-01 (in 15 days)
>     advo edit ivy-irwin-iota
>
> Story approvals expiring (1)
>   iota-webinar: published webinar expires 2026-12-10 (in 24 days)
>     advo story set iota-webinar expires_on=YYYY-MM-DD
>
> Nominations waiting for triage (1)
>   Dee Dunn (Delta Stores): nominated on 2026-09-20, untriaged for 57 days
>     advo stage dee-dunn-delta qualified
>
> Coming off rest within 7 days (1)
>   Ivy Irwin (Iota Software): free again for quote on 2026-11-18
>     advo rest ivy-irwin-iota
>
> Profiles gone stale (2)
>   Cy Cole (Gamma Retail): profile never verified
>     advo verify cy-cole-gamma
>   Bo Berg (Beta Clinics): profile last verified 2026-03-01 (260 days ago)
>     advo verify bo-berg-beta
$ advo --today 2026-11-16 today --format json
> {
>   "program": "Fixture Advocacy",
>   "today": "2026-11-16",
>   "items": [
>     {
>       "kind": "request-overdue",
>       "id": "2026-11-10-iris-ag-reference-call",
>       "date": "2026-11-12",
>       "message": "open reference-call request for Iris AG, needed by 2026-11-12 (4 days overdue)",
>       "command": "advo match 2026-11-10-iris-ag-reference-call"
>     },
>     {
>       "kind": "request-due",
>       "id": "2026-09-15-echo-ltd-reference-call",
>       "date": "2026-11-18",
>       "message": "open reference-call request for Echo Ltd, needed by 2026-11-18 (due in 2 days)",
>       "command": "advo match 2026-09-15-echo-ltd-reference-call"
>     },
>     {
>       "kind": "request-due",
>       "id": "2026-11-12-jade-llc-reference-call",
>       "date": "2026-11-19",
>       "message": "matched reference-call request for Jade LLC, needed by 2026-11-19 (due in 3 days)",
>       "command": "advo log jo-judd-kappa reference-call --request 2026-11-12-jade-llc-reference-call"
>     },
>     {
>       "kind": "story-expired",
>       "id": "gamma-retail-video",
>       "date": "2026-09-01",
>       "message": "published video expired 2026-09-01 (76 days ago); renew the approval or retire it",
>       "command": "advo story status gamma-retail-video retired"
>     },
>     {
>       "kind": "consent-expiring",
>       "id": "ivy-irwin-iota",
>       "date": "2026-12-01",
>       "message": "quote consent expires 2026-12-01 (in 15 days)",
>       "command": "advo edit ivy-irwin-iota"
>     },
>     {
>       "kind": "story-expiring",
>       "id": "iota-webinar",
>       "date": "2026-12-10",
>       "message": "published webinar expires 2026-12-10 (in 24 days)",
>       "command": "advo story set iota-webinar expires_on=YYYY-MM-DD"
>     },
>     {
>       "kind": "nomination-aging",
>       "id": "dee-dunn-delta",
>       "date": "2026-09-20",
>       "message": "nominated on 2026-09-20, untriaged for 57 days",
>       "command": "advo stage dee-dunn-delta qualified"
>     },
>     {
>       "kind": "off-rest",
>       "id": "ivy-irwin-iota",
>       "date": "2026-11-18",
>       "message": "free again for quote on 2026-11-18",
>       "command": "advo rest ivy-irwin-iota"
>     },
>     {
>       "kind": "profile-stale",
>       "id": "cy-cole-gamma",
>       "date": null,
>       "message": "profile never verified",
>       "command": "advo verify cy-cole-gamma"
>     },
>     {
>       "kind": "profile-stale",
>       "id": "bo-berg-beta",
>       "date": "2026-03-01",
>       "message": "profile last verified 2026-03-01 (260 days ago)",
>       "command": "advo verify bo-berg-beta"
>     }
>   ]
> }
# Piped, text wraps at 100 columns; a command line stands whole.
$ advo --today 2026-11-16 today | head -3
> Requests overdue (1)
>   2026-11-10-iris-ag-reference-call: open reference-call request for Iris AG, needed by 2026-11-12
>       (4 days overdue)
# Open requests nobody is matched to are listed after the due ones, the
# soonest needed first.
$ advo --today 2026-11-16 -q request new --type reference-call --by kim --account "Umbra Ltd" --needed-by 2026-12-20
> 2026-11-16-umbra-ltd-reference-call
$ advo --today 2026-11-16 -q request new --type quote --by kim --account "Vela Inc"
> 2026-11-16-vela-inc-quote
$ advo --today 2026-11-16 today | sed -n '/^Open requests/,/^$/p'
> Open requests not matched yet (2)
>   2026-11-16-umbra-ltd-reference-call: reference-call request for Umbra Ltd not matched yet, needed
>       by 2026-12-20 (in 34 days)
>     advo match 2026-11-16-umbra-ltd-reference-call
>   2026-11-16-vela-inc-quote: quote request for Vela Inc not matched yet, no needed_by day
>     advo match 2026-11-16-vela-inc-quote
>
# [today] sets the windows: requests due within 0 days (today only), off
# rest within 2 days, and sections of at most one item, each cut short
# with the command that lists them all.
$ printf '\n[today]\ndue_within_days = 0\noff_rest_within_days = 2\nitems_per_section = 1\n' >> advo.toml
$ advo --today 2026-11-16 today
> Requests overdue (1)
>   2026-11-10-iris-ag-reference-call: open reference-call request for Iris AG, needed by 2026-11-12
>       (4 days overdue)
>     advo match 2026-11-10-iris-ag-reference-call
>
> Expired stories still published (1)
>   gamma-retail-video: published video expired 2026-09-01 (76 days ago); renew the approval or retire
>       it
>     advo story status gamma-retail-video retired
>
> Open requests not matched yet (3)
>   2026-09-15-echo-ltd-reference-call: reference-call request for Echo Ltd not matched yet, needed by
>       2026-11-18 (in 2 days)
>     advo match 2026-09-15-echo-ltd-reference-call
>   …and 2 more: advo requests status:open
>
> Consents expiring (1)
>   Ivy Irwin (Iota Software): quote consent expires 2026-12-01 (in 15 days)
>     advo edit ivy-irwin-iota
>
> Story approvals expiring (1)
>   iota-webinar: published webinar expires 2026-12-10 (in 24 days)
>     advo story set iota-webinar expires_on=YYYY-MM-DD
>
> Nominations waiting for triage (1)
>   Dee Dunn (Delta Stores): nominated on 2026-09-20, untriaged for 57 days
>     advo stage dee-dunn-delta qualified
>
> Coming off rest within 2 days (1)
>   Ivy Irwin (Iota Software): free again for quote on 2026-11-18
>     advo rest ivy-irwin-iota
>
> Profiles gone stale (2)
>   Cy Cole (Gamma Retail): profile never verified
>     advo verify cy-cole-gamma
>   …and 1 more: advo advocates stale:true stage:active
# --all lists every item.
$ advo --today 2026-11-16 today --all | grep -c '^    advo '
> 11
# An unknown key of [today] is an error, as in any section.
$ printf 'due_within_hours = 72\n' >> advo.toml && advo --today 2026-11-16 today
! advo: advo.toml:63:1: unknown key 'due_within_hours' in [today] (did you mean 'due_within_days'?)
! advo: the program has 1 error (see 'advo check')
? 3
# A new program has nothing to do.
$ advo init quiet > /dev/null 2>&1 && advo -C quiet --today 2026-11-16 today
> Nothing needs doing on 2026-11-16.
$ advo --today 2026-11-16 today --format md
! advo: today: unknown format 'md'; known: table, json
! Run 'advo today --help' for its options.
? 2
