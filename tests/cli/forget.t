# advo forget: a privacy request removes the person's data everywhere and
# keeps the anonymous counts; check passes afterwards.
$ fixture small
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
# A story featuring the person must not go on being used: forget refuses
# while one is not retired, naming it, and writes nothing.
$ advo forget jane-doe --today 2026-11-16
! advo: jane-doe-acme features in stories that are not retired: acme-cuts-reporting-time (published)
!   a story cannot go on featuring someone who asked to be forgotten; --retire-stories retires them in the same change
!   nothing written
? 4
$ advo forget jane-doe --dry-run --today 2026-11-16
! advo: jane-doe-acme features in stories that are not retired: acme-cuts-reporting-time (published)
!   a story cannot go on featuring someone who asked to be forgotten; --retire-stories retires them in the same change
!   nothing written
? 4
# A dry run says what would happen.
$ advo forget jane-doe --retire-stories --dry-run --today 2026-11-16
> jane-doe-acme would become forgotten-advocate
> advocates/jane-doe-acme.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, title, email; stage active → alumni; do_not_contact set
> engagements/2026-11.yaml: 2 engagements renamed, notes removed
> requests/2026-11-02-umbrella-reference-call.yaml: advocates relinked
> stories/acme-cuts-reporting-time.yaml: advocates relinked; published → retired
! dry run: nothing written
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
# The record leaves the program (alumni, do not contact) and its stories
# are retired, in the same change.
$ advo forget jane-doe --retire-stories --today 2026-11-16
> jane-doe-acme is now forgotten-advocate
> advocates/jane-doe-acme.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, title, email; stage active → alumni; do_not_contact set
> engagements/2026-11.yaml: 2 engagements renamed, notes removed
> requests/2026-11-02-umbrella-reference-call.yaml: advocates relinked
> stories/acme-cuts-reporting-time.yaml: advocates relinked; published → retired
! the notes of the requests and stories listed were not changed: read them for anything about this person
$ advo check --strict --today 2026-11-16
$ grep -rn -i -e 'jane-doe' -e 'jane doe' -e 'jane@' -e 'VP Engineering' --exclude-dir=.advo . || echo 'nothing left'
> nothing left
$ ls advocates
> forgotten-advocate.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
# It has left every pool: nothing in today even once its profile would be
# stale, not stale, not counted active towards a coverage target, out of
# match and rest (only the excluded list names it), and no story featuring
# it is offered.
$ printf '\n[[targets]]\nfield = "industry"\nvalue = "healthcare"\nmin_active = 1\n' >> advo.toml
$ advo --today 2027-06-01 today | grep forgotten || echo 'not in today'
> not in today
$ advo --today 2027-06-01 today --format json | grep forgotten || echo 'not in today'
> not in today
$ advo --today 2027-06-01 advocates stale:true
> ID                   NAME         COMPANY  STAGE      INDUSTRY       REGION
> jane-roe-globex      Jane Roe     Globex   active     retail         na
> jose-muller-initech  José Müller  Initech  nominated  manufacturing  emea
! 2 advocates
$ advo --today 2026-11-16 --width 80 report | sed -n -e '/^HEALTH/,/^$/p' -e '/^MEMBERSHIP/,/^$/p' -e '/^COVERAGE/,/^$/p'
> HEALTH: red
>   Fulfilment rate (green): 100% of the period's requests were fulfilled (1
>     fulfilled, 0 unfulfilled); green from 90%, amber from 75%.
>   Coverage targets met (red): 0 of 1 coverage targets have enough active
>     advocates; green from 100%, amber from 50%.
>   Stale profiles (red): 100% of active profiles are unverified for 180 days or
>     more, or never verified (1 of 1); green up to 10%, amber up to 25%.
>
> MEMBERSHIP
>   3 advocates now: 1 nominated, 1 active, 1 alumni.
>   In the period 1 added (nominated) and 0 activated (now active, stage changed
>     in the period).
>
> COVERAGE OF TARGETS
>   0 of 1 targets met. Active: advocates in stage active; available: active and
>     free for a reference-call on 2026-11-16.
>   TARGET                WANTED  ACTIVE  AVAILABLE  GAP
>   industry: healthcare       1       0          0    1  ░░░░░░░░░░░░░░░░░░░░░░░░
>
$ advo --today 2026-11-16 match --type reference-call --all
> No advocate is eligible for reference-call on 2026-11-16; the nearest:
> ID               NAME      SCORE  NEXT AVAILABLE  WHY           REASONS
> jane-roe-globex  Jane Roe   12.6  2026-11-30      free soonest  resting
>
> Excluded (3):
> ID                   NAME                SCORE  NEXT AVAILABLE  REASONS
> jane-roe-globex      Jane Roe             12.6  2026-11-30      resting
> forgotten-advocate   forgotten-advocate    3.0  none            not-active, do-not-contact, resting, min-gap
> jose-muller-initech  José Müller         100.0  none            not-active, not-willing
! 0 eligible for reference-call on 2026-11-16, 3 excluded
$ advo --today 2026-11-16 rest --type reference-call
> ADVOCATE         NEXT AVAILABLE  REASONS
> jane-roe-globex  2026-11-30      resting
! 1 active advocate is unavailable for reference-call on 2026-11-16
$ advo --today 2026-11-16 stories --for 2026-11-02-umbrella-reference-call
! no usable story fits 2026-11-02-umbrella-reference-call on 2026-11-16
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
> stage: alumni
> stage_on: 2026-11-16
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
> #   case-study: none (not-active, do-not-contact)
> #   reference-call: none (not-active, do-not-contact)
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
> status: retired
> advocates:
>   - forgotten-advocate
> industry: healthcare
> url: https://example.com/acme
> approvals:
>   - date: 2026-02-01
>     expires: 2028-02-01
# A second person gets the next anonymous id.
$ advo forget jane-roe --today 2026-11-16
> jane-roe-globex is now forgotten-advocate-2
> advocates/jane-roe-globex.yaml: renamed to advocates/forgotten-advocate-2.yaml; removed name, email; stage active → alumni; do_not_contact set
> engagements/2026-10.yaml: 1 engagement renamed, notes removed
$ ls advocates
> forgotten-advocate-2.yaml
> forgotten-advocate.yaml
> jose-muller-initech.yaml
# Forgetting an anonymous record again changes nothing.
$ advo forget forgotten-advocate-2 --today 2026-11-16
! forgotten-advocate-2 is already an anonymous record; nothing to forget
# A record forgotten before forgetting took records out of the pools (still
# active, its story published) leaves them when forgotten again, keeping its id.
$ sed -i -e 's/^stage: alumni/stage: active/' -e 's/^stage_on: .*/stage_on: 2026-01-10/' -e '/^do_not_contact/d' advocates/forgotten-advocate.yaml && sed -i 's/^status: retired/status: published/' stories/acme-cuts-reporting-time.yaml
$ advo forget forgotten-advocate --today 2026-11-20
! advo: forgotten-advocate features in stories that are not retired: acme-cuts-reporting-time (published)
!   a story cannot go on featuring someone who asked to be forgotten; --retire-stories retires them in the same change
!   nothing written
? 4
$ advo forget forgotten-advocate --retire-stories --dry-run --today 2026-11-20
> forgotten-advocate is already an anonymous record; it would leave every pool
> advocates/forgotten-advocate.yaml: stage active → alumni; do_not_contact set
> stories/acme-cuts-reporting-time.yaml: published → retired
! dry run: nothing written
$ advo forget forgotten-advocate --retire-stories --today 2026-11-20
> forgotten-advocate is already an anonymous record; it leaves every pool
> advocates/forgotten-advocate.yaml: stage active → alumni; do_not_contact set
> stories/acme-cuts-reporting-time.yaml: published → retired
$ grep -e '^stage' -e '^do_not' advocates/forgotten-advocate.yaml && grep '^status' stories/acme-cuts-reporting-time.yaml
> stage: alumni
> stage_on: 2026-11-20
> do_not_contact: true
> status: retired
$ advo forget forgotten-advocate --today 2026-11-20
! forgotten-advocate is already an anonymous record; nothing to forget
$ advo check --strict --today 2026-11-20
# An unknown id is a usage error and changes nothing.
$ advo forget nobody
! advo: no advocate 'nobody'
? 2
# With git, advo says the history still holds the data and how to purge it.
$ rm -rf ./* .advo .git && fixture small
$ git init -q && git add -A && git commit -qm start
$ advo forget jose --today 2026-11-16
> jose-muller-initech is now forgotten-advocate
> advocates/jose-muller-initech.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, nominated.reason; stage nominated → alumni; do_not_contact set
! git history still holds the removed data; once this change is committed, purge it from every commit by running, at the top of a fresh clone of the repository (git clone --no-local):
! git filter-repo --prune-empty never --blob-callback '
! import re
! if blob.original_id in {b"74bbd2a2a64c57aa79ce183c618d3d8988ee4719", }:
!   for old, new in ((b"Loves the dashboards", b""), (b"Jos\xc3\xa9 M\xc3\xbcller", b"forgotten-advocate"), ):
!     blob.data = re.sub(rb"(?<![\w@.+-])" + re.escape(old) + rb"(?![\w@.+-])", lambda m: new, blob.data)
! ' --message-callback '
! for old, new in ((b"Jos\xc3\xa9 M\xc3\xbcller", b"forgotten-advocate"), ):
!   message = message.replace(old, new)
! return message
! '
! then force-push and have every clone replaced
$ git status --short
>  D advocates/jose-muller-initech.yaml
> ?? advocates/forgotten-advocate.yaml
# With --commit, the message says how many stories were retired and names no one.
$ git add -A && git commit -qm 'forget jose' && advo -q --commit forget jane-doe --retire-stories --today 2026-11-16 > /dev/null 2>&1 && git log -1 --format=%s && git show --stat --format= HEAD | sed 's/ *|.*//'
> forget: personal data erased, the record is now forgotten-advocate-2; 1 story retired
>  advocates/{jane-doe-acme.yaml => forgotten-advocate-2.yaml}
>  engagements/2026-11.yaml
>  requests/2026-11-02-umbrella-reference-call.yaml
>  stories/acme-cuts-reporting-time.yaml
>  4 files changed, 12 insertions(+), 13 deletions(-)
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
>     approvals:
>       - date: 2026-02-01
>         expires: 2028-02-01
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
>     "moved_to": null,
>     "moved_from": null,
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
>       "approvals": [
>         {
>           "date": "2026-02-01",
>           "expires": "2028-02-01"
>         }
>       ],
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
