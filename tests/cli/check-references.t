# References to records that do not exist, ids that do not match their file,
# duplicate e-mails and engagements in the wrong month file.
$ fixture small
$ sed -i 's/advocate: jane-roe-globex/advocate: jane-roe-glob/' engagements/2026-10.yaml
$ sed -i 's/acme-cuts-reporting-time$/acme-cuts-reporting/' requests/2026-11-02-umbrella-reference-call.yaml
$ sed -i 's/^id: jane-doe-acme$/id: jane-doe-acme-corp/' advocates/jane-doe-acme.yaml
$ sed -i 's/^email: jroe@globex.example$/email: JANE@acme.example/' advocates/jane-roe-globex.yaml
$ sed -i 's/date: 2026-11-06/date: 2026-12-06/' engagements/2026-11.yaml
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:1:5: error: id 'jane-doe-acme-corp' does not match the file name 'jane-doe-acme.yaml'
> advocates/jane-roe-globex.yaml:4:8: error: e-mail JANE@acme.example is also the e-mail of advocate 'jane-doe-acme-corp'
> engagements/2026-10.yaml:3:13: error: no advocate 'jane-roe-glob'
> engagements/2026-11.yaml:8:9: error: engagement of 2026-12-06 belongs in engagements/2026-12.yaml
> requests/2026-11-02-umbrella-reference-call.yaml:18:5: error: no story 'acme-cuts-reporting'
! 5 errors, 0 warnings
? 1
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
