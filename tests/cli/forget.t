# advo forget: a privacy request removes the person's data everywhere and
# keeps the anonymous counts; check passes afterwards.
$ fixture small
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo forget jane-doe --dry-run --today 2026-11-16
> jane-doe-acme is now forgotten-advocate
> advocates/jane-doe-acme.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, title, email; do_not_contact set
> engagements/2026-11.yaml: 2 engagements renamed, notes removed
> requests/2026-11-02-umbrella-reference-call.yaml: advocates relinked
> stories/acme-cuts-reporting-time.yaml: advocates relinked
! dry run: nothing written
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
$ advo forget jane-doe --today 2026-11-16
> jane-doe-acme is now forgotten-advocate
> advocates/jane-doe-acme.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, title, email; do_not_contact set
> engagements/2026-11.yaml: 2 engagements renamed, notes removed
> requests/2026-11-02-umbrella-reference-call.yaml: advocates relinked
> stories/acme-cuts-reporting-time.yaml: advocates relinked
! the notes of the requests and stories listed were not changed: read them for anything about this person
$ advo check --strict --today 2026-11-16
$ grep -rn -i -e 'jane-doe' -e 'jane doe' -e 'jane@' -e 'VP Engineering' --exclude-dir=.advo . || echo 'nothing left'
> nothing left
$ ls advocates
> forgotten-advocate.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
$ advo show forgotten --today 2026-11-16
> id: forgotten-advocate
> name: forgotten-advocate
> company: Acme
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
> do_not_contact: true
> verified_on: 2026-09-01
> # activity as of 2026-11-16, from the engagement log:
> # last ask: 2026-11-05 reference-call
> # asks in the last 90 days: 1
> # asks in the last 365 days: 1 (effort 40)
> # gives in the last 365 days: 1 (effort 0)
> # next available:
> #   case-study: none (do-not-contact)
> #   reference-call: none (do-not-contact)
$ advo show 2026-11-05 --today 2026-11-16
> id: 2026-11-05-forgotten-advocate-reference-call
> date: 2026-11-05
> advocate: forgotten-advocate
> type: reference-call
> outcome: completed
> request: 2026-11-02-umbrella-reference-call
$ cat stories/acme-cuts-reporting-time.yaml
> id: acme-cuts-reporting-time
> title: Acme cuts reporting time
> kind: case-study
> status: published
> advocates:
>   - forgotten-advocate
> industry: healthcare
> url: https://example.com/acme
> approved_on: 2026-02-01
> expires_on: 2028-02-01
# A second person gets the next anonymous id.
$ advo forget jane-roe --today 2026-11-16
> jane-roe-globex is now forgotten-advocate-2
> advocates/jane-roe-globex.yaml: renamed to advocates/forgotten-advocate-2.yaml; removed name, email; do_not_contact set
> engagements/2026-10.yaml: 1 engagement renamed, notes removed
$ ls advocates
> forgotten-advocate-2.yaml
> forgotten-advocate.yaml
> jose-muller-initech.yaml
# Forgetting an anonymous record again changes nothing.
$ advo forget forgotten-advocate-2 --today 2026-11-16
! forgotten-advocate-2 is already an anonymous record; nothing to forget
# An unknown id is a usage error and changes nothing.
$ advo forget nobody
! advo: no advocate 'nobody'
? 2
# With git, advo says the history still holds the data and how to purge it.
$ rm -rf ./* .advo .git && fixture small
$ git init -q && git add -A && git commit -qm start
$ advo forget jose --today 2026-11-16
> jose-muller-initech is now forgotten-advocate
> advocates/jose-muller-initech.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, nominated.reason; do_not_contact set
! git history still holds the removed data; to purge it from every commit, run
!   git filter-repo --path-rename 'advocates/jose-muller-initech.yaml':'advocates/forgotten-advocate.yaml' --replace-text <(printf '%s\n' 'Loves the dashboards==>***REMOVED***' 'jose-muller-initech==>forgotten-advocate' 'José Müller==>***REMOVED***')
! then force-push and have every clone replaced
$ git status --short
>  D advocates/jose-muller-initech.yaml
> ?? advocates/forgotten-advocate.yaml
# An access request: everything held about one person.
$ rm -rf ./* .advo .git && fixture small
$ advo show jane-doe --full
> advocate:
>   id: jane-doe-acme
>   name: Jane Doe
>   title: VP Engineering
>   company: Acme
>   email: jane@acme.example
>   industry: healthcare
>   segment: enterprise
>   region: emea
>   country: DE
>   languages:
>     - de
>     - en
>   products:
>     - analytics
>   activities:
>     - reference-call
>     - case-study
>   stage: active
>   stage_on: 2026-01-10
>   nominated:
>     by: sam
>     date: 2026-01-02
>     source: sales
>   consent:
>     case-study:
>       granted: 2026-01-10
>   verified_on: 2026-09-01
> engagements:
>   - id: 2026-11-05-jane-doe-acme-reference-call
>     date: 2026-11-05
>     advocate: jane-doe-acme
>     type: reference-call
>     outcome: completed
>     request: 2026-11-02-umbrella-reference-call
>   - id: 2026-11-06-jane-doe-acme-thank-you
>     date: 2026-11-06
>     advocate: jane-doe-acme
>     type: thank-you
>     outcome: completed
> requests:
>   - id: 2026-11-02-umbrella-reference-call
>     type: reference-call
>     status: fulfilled
>     requested_by: sam
>     requested_on: 2026-11-02
>     needed_by: 2026-11-09
>     opportunity:
>       id: OPP-1
>       account: Umbrella
>       amount: 120000
>       currency: USD
>     criteria:
>       industry: healthcare
>       region: emea
>     advocates:
>       - jane-doe-acme
>     stories:
>       - acme-cuts-reporting-time
>     fulfilled_on: 2026-11-05
> stories:
>   - id: acme-cuts-reporting-time
>     title: Acme cuts reporting time
>     kind: case-study
>     status: published
>     advocates:
>       - jane-doe-acme
>     industry: healthcare
>     url: https://example.com/acme
>     approved_on: 2026-02-01
>     expires_on: 2028-02-01
$ advo show jane-doe --full --format json
> {
>   "advocate": {
>     "id": "jane-doe-acme",
>     "name": "Jane Doe",
>     "title": "VP Engineering",
>     "company": "Acme",
>     "email": "jane@acme.example",
>     "phone": null,
>     "account_owner": null,
>     "industry": "healthcare",
>     "segment": "enterprise",
>     "employees": null,
>     "region": "emea",
>     "country": "DE",
>     "languages": [
>       "de",
>       "en"
>     ],
>     "products": [
>       "analytics"
>     ],
>     "use_cases": [],
>     "persona": null,
>     "topics": [],
>     "activities": [
>       "reference-call",
>       "case-study"
>     ],
>     "stage": "active",
>     "stage_on": "2026-01-10",
>     "nominated": {
>       "by": "sam",
>       "date": "2026-01-02",
>       "source": "sales",
>       "reason": null
>     },
>     "nps": {
>       "score": null,
>       "date": null
>     },
>     "consent": {
>       "logo": null,
>       "name": null,
>       "quote": null,
>       "case-study": {
>         "granted": "2026-01-10",
>         "expires": null
>       },
>       "video": null,
>       "press": null
>     },
>     "limits": {
>       "max_per_quarter": null,
>       "max_per_year": null
>     },
>     "unavailable": [],
>     "do_not_contact": false,
>     "commitment": {
>       "activities": [],
>       "until": null,
>       "note": null
>     },
>     "verified_on": "2026-09-01",
>     "tags": [],
>     "notes": null
>   },
>   "engagements": [
>     {
>       "id": "2026-11-05-jane-doe-acme-reference-call",
>       "date": "2026-11-05",
>       "advocate": "jane-doe-acme",
>       "type": "reference-call",
>       "outcome": "completed",
>       "request": "2026-11-02-umbrella-reference-call",
>       "story": null,
>       "logged_by": null,
>       "override": null,
>       "notes": null
>     },
>     {
>       "id": "2026-11-06-jane-doe-acme-thank-you",
>       "date": "2026-11-06",
>       "advocate": "jane-doe-acme",
>       "type": "thank-you",
>       "outcome": "completed",
>       "request": null,
>       "story": null,
>       "logged_by": null,
>       "override": null,
>       "notes": null
>     }
>   ],
>   "requests": [
>     {
>       "id": "2026-11-02-umbrella-reference-call",
>       "type": "reference-call",
>       "status": "fulfilled",
>       "requested_by": "sam",
>       "requested_on": "2026-11-02",
>       "needed_by": "2026-11-09",
>       "opportunity": {
>         "id": "OPP-1",
>         "account": "Umbrella",
>         "amount": 120000,
>         "currency": "USD",
>         "stage": null
>       },
>       "criteria": {
>         "industry": "healthcare",
>         "segment": null,
>         "region": "emea",
>         "country": null,
>         "products": [],
>         "use_cases": [],
>         "persona": null,
>         "languages": []
>       },
>       "advocates": [
>         "jane-doe-acme"
>       ],
>       "stories": [
>         "acme-cuts-reporting-time"
>       ],
>       "fulfilled_on": "2026-11-05",
>       "outcome": {
>         "deal": null,
>         "closed_on": null,
>         "reason": null
>       },
>       "notes": null
>     }
>   ],
>   "stories": [
>     {
>       "id": "acme-cuts-reporting-time",
>       "title": "Acme cuts reporting time",
>       "kind": "case-study",
>       "status": "published",
>       "advocates": [
>         "jane-doe-acme"
>       ],
>       "company": null,
>       "industry": "healthcare",
>       "segment": null,
>       "region": null,
>       "products": [],
>       "use_cases": [],
>       "outcomes": [],
>       "url": "https://example.com/acme",
>       "approved_on": "2026-02-01",
>       "expires_on": "2028-02-01",
>       "tags": [],
>       "notes": null
>     }
>   ]
> }
$ advo show acme-cuts --full
! advo: no advocate 'acme-cuts'
? 2
