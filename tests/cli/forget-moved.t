# advo forget of a person who changed jobs (advo move): the other record's
# link is relinked to the anonymous id, so check stays clean and no link
# names the forgotten record; the other record is the same person and is
# named, to be forgotten too. Forgetting it then relinks the first.
$ fixture small
$ advo --today 2026-11-16 -q move jane-doe --company Hooli --email jane@hooli.example
> jane-doe-hooli
> advocates/jane-doe-acme.yaml: stage active → alumni, moved_to jane-doe-hooli
> advocates/jane-doe-hooli.yaml: Jane Doe at Hooli, stage nominated, moved_from jane-doe-acme
$ advo --today 2026-11-17 forget jane-doe-acme --retire-stories > /dev/null
! jane-doe-hooli is the same person (a job move) and still holds their data: forget it too with 'advo forget jane-doe-hooli'
! the notes of the requests and stories listed were not changed: read them for anything about this person
$ grep -rn "jane-doe-acme" advocates || echo "no link names jane-doe-acme"
> no link names jane-doe-acme
$ grep -n "moved" advocates/jane-doe-hooli.yaml advocates/forgotten-advocate.yaml
> advocates/jane-doe-hooli.yaml:19:moved_from: forgotten-advocate
> advocates/forgotten-advocate.yaml:22:moved_to: jane-doe-hooli
$ advo --today 2026-11-17 check
$ advo --today 2026-11-17 forget jane-doe-hooli --dry-run
> jane-doe-hooli would become forgotten-advocate-2
> advocates/jane-doe-hooli.yaml: renamed to advocates/forgotten-advocate-2.yaml; removed name, email; stage nominated → alumni; do_not_contact set
> advocates/forgotten-advocate.yaml: job move relinked
! dry run: nothing written
$ advo --today 2026-11-17 forget jane-doe-hooli > /dev/null
$ grep -n "moved" advocates/forgotten-advocate*.yaml
> advocates/forgotten-advocate-2.yaml:18:moved_from: forgotten-advocate
> advocates/forgotten-advocate.yaml:22:moved_to: forgotten-advocate-2
$ advo --today 2026-11-17 check
