# Older versions wrote the dates of nominated and nps under the key `on`,
# which YAML 1.1 readers (PyYAML, Ruby's Psych) take for `true`. advo reads
# it as `date`, check warns, fmt rewrites it, and paths take the old names.
$ fixture small
$ sed -i 's/^  date: 2026-01-02/  on: 2026-01-02/' advocates/jane-doe-acme.yaml
$ printf 'nps:\n  score: 9\n  on: 2026-06-15\n' >> advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 show jane-doe --format json | grep -A1 '"by": "sam"\|"score": 9'
>     "by": "sam",
>     "date": "2026-01-02",
> --
>     "score": 9,
>     "date": "2026-06-15"
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:22:3: warning: 'on' in nominated is the old name of 'date' ('advo fmt' renames it)
> advocates/jane-doe-acme.yaml:30:3: warning: 'on' in nps is the old name of 'date' ('advo fmt' renames it)
! 0 errors, 2 warnings
$ advo --today 2026-11-16 fmt --check
> advocates/jane-doe-acme.yaml
? 1
$ advo --today 2026-11-16 export advocates nominated.on:2026-01-02 nps.on:2026-06-15 --fields id,nominated.on,nps.date
> id,nominated.date,nps.date
> jane-doe-acme,2026-01-02,2026-06-15
$ advo --today 2026-11-16 advocates --sort nps.on --reverse
> ID                   NAME         COMPANY  STAGE      INDUSTRY       REGION  NPS
> jane-doe-acme        Jane Doe     Acme     active     healthcare     emea      9
> jane-roe-globex      Jane Roe     Globex   active     retail         na
> jose-muller-initech  José Müller  Initech  nominated  manufacturing  emea
! 3 advocates
$ advo --today 2026-11-16 fmt
> advocates/jane-doe-acme.yaml
! formatted 1 file
$ grep -A3 '^nominated:\|^nps:' advocates/jane-doe-acme.yaml
> nominated:
>   by: sam
>   date: 2026-01-02
>   source: sales
> nps:
>   score: 9
>   date: 2026-06-15
> consent:
$ advo --today 2026-11-16 check
# set takes the old names too, and writes the new key.
$ advo --today 2026-11-16 set jane-doe nps.on=2026-07-01 nominated.on=
! updated advocates/jane-doe-acme.yaml
$ grep -A3 '^nominated:\|^nps:' advocates/jane-doe-acme.yaml
> nominated:
>   by: sam
>   source: sales
> nps:
>   score: 9
>   date: 2026-07-01
> consent:
# Both names in one map: an error at the later one, naming its line.
$ printf 'nps:\n  date: 2026-06-15\n  on: 2026-06-16\n' > tail.yaml
$ sed -i '/^nps:/,$d' advocates/jane-doe-acme.yaml; cat tail.yaml >> advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:25:3: error: 'date' and its old name 'on' both given in nps: keep one
! 1 error, 0 warnings
? 1
# `On` and `ON` are not the old key: YAML 1.1 reads them as true too, and
# advo's keys are lower case.
$ sed -i 's/^  on: 2026-06-16/  On: 2026-06-16/' advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 check
> advocates/jane-doe-acme.yaml:25:3: error: unknown key 'On' in nps (did you mean 'date'?)
! 1 error, 0 warnings
? 1
