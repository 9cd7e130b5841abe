# A change cut short after its commit point: the next command, reading or
# writing, completes what .advo-journal lists. Temporary files no journal
# names are what a write cut short left: check names them, the next write
# removes them.
$ fixture small
$ printf 'id: temp-person-tmp-co\nname: Temp Person\ncompany: Tmp Co\nstage: nominated\n' > advocates/temp-person-tmp-co.yaml
$ sed 's/^requested_by: sam$/requested_by: kim/' requests/2026-11-02-umbrella-reference-call.yaml > requests/.2026-11-02-umbrella-reference-call.yaml.99999999.tmp
$ python3 -c 'import functools,sys; d=open(sys.argv[1],"rb").read(); h=functools.reduce(lambda h,b: ((h^b)*1099511628211)%2**64, d, 1469598103934665603); print("%016x\t%d" % (h,len(d)))' requests/.2026-11-02-umbrella-reference-call.yaml.99999999.tmp > hash
$ printf 'advo journal 1\nwrite\t%s\t.2026-11-02-umbrella-reference-call.yaml.99999999.tmp\trequests/2026-11-02-umbrella-reference-call.yaml\nremove\tadvocates/temp-person-tmp-co.yaml\nend\n' "$(cat hash)" > .advo-journal && rm hash
$ advo --today 2026-11-16 advocates --format csv | cut -d, -f1
> id
> jane-doe-acme
> jane-roe-globex
> jose-muller-initech
$ grep requested_by requests/2026-11-02-umbrella-reference-call.yaml
> requested_by: kim
$ ls -A . requests advocates
> .:
> .advo
> advo.toml
> advocates
> engagements
> requests
> stories
>
> advocates:
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
>
> requests:
> 2026-11-02-umbrella-reference-call.yaml
# Completed once: nothing is left to do.
$ advo --today 2026-11-16 check
# A journal that is not whole is not guessed at.
$ printf 'advo journal 1\nremove\tadvocates/jane-doe-acme.yaml\n' > .advo-journal
$ advo --today 2026-11-16 advocates
! advo: .advo-journal: not a journal advo can complete; look at it, then remove it
? 3
$ rm .advo-journal
# A journalled content that is gone is not made up: the file stays as it is.
$ printf 'advo journal 1\nwrite\t0123456789abcdef\t10\t.2026-11.yaml.99999999.tmp\tengagements/2026-11.yaml\nend\n' > .advo-journal
$ advo --today 2026-11-16 -q check
$ grep -c '^- id: ' engagements/2026-11.yaml
> 2
$ ls -A .
> .advo
> advo.toml
> advocates
> engagements
> requests
> stories
# Temporary files of a write cut short.
$ printf half > advocates/.jane-doe-acme.yaml.99999999.tmp
$ printf half > .advo-journal.99999999.tmp
$ advo --today 2026-11-16 check
> .advo-journal.99999999.tmp: warning: leftover temporary file of an interrupted write; the next advo write removes it
> advocates/.jane-doe-acme.yaml.99999999.tmp: warning: leftover temporary file of an interrupted write; the next advo write removes it
! 0 errors, 2 warnings
$ advo --today 2026-11-16 check --strict
> .advo-journal.99999999.tmp: warning: leftover temporary file of an interrupted write; the next advo write removes it
> advocates/.jane-doe-acme.yaml.99999999.tmp: warning: leftover temporary file of an interrupted write; the next advo write removes it
! 0 errors, 2 warnings
? 1
$ advo --today 2026-11-16 verify jane-roe-globex
! jane-roe-globex: verified on 2026-11-16
$ advo --today 2026-11-16 check --strict
$ ls -A . advocates
> .:
> .advo
> advo.toml
> advocates
> engagements
> requests
> stories
>
> advocates:
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
