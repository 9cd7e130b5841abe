# advo stage ID STAGE: the pipeline's moves, each setting stage_on.
$ fixture advocates
$ advo --today 2026-11-16 stage chloe qualified --reason "Interview went well"
! chloe-martin-initech: nominated → qualified
$ advo --today 2026-11-16 show chloe | grep -e '^stage' -e '^notes'
> stage: qualified
> stage_on: 2026-11-16
> notes: "2026-11-16 nominated → qualified: Interview went well"
$ advo --today 2026-11-17 stage chloe active
! chloe-martin-initech: qualified → active
$ advo --today 2026-11-18 stage chloe paused --reason "Busy until the spring"
! chloe-martin-initech: active → paused
$ advo --today 2026-11-19 stage chloe active
! chloe-martin-initech: paused → active
$ advo --today 2026-11-20 stage chloe alumni
! chloe-martin-initech: active → alumni
$ advo --today 2026-11-21 stage chloe nominated
! chloe-martin-initech: alumni → nominated
$ cat advocates/chloe-martin-initech.yaml
> id: chloe-martin-initech
> name: Chloé Martin
> company: Initech
> email: chloe@initech.example
> industry: manufacturing
> segment: smb
> region: emea
> country: FR
> products:
>   - analytics
> stage: nominated
> stage_on: 2026-11-21
> nominated:
>   by: priya
>   date: 2026-10-30
>   source: support
>   reason: Loves the alerts
> notes: |-
>   2026-11-16 nominated → qualified: Interview went well
>   2026-11-18 active → paused: Busy until the spring
$ advo --today 2026-11-22 stage david declined --reason "Not a fit: no executive sponsor"
! david-kim-umbrella: nominated → declined
$ advo --today 2026-11-23 stage david nominated
! david-kim-umbrella: declined → nominated
$ advo --today 2026-11-23 stage jose active
! jose-muller-initech: qualified → active
$ advo --today 2026-11-23 stage jose-muller declined
! advo: 'jose-muller-initech' cannot move from active to declined; from active it can move to paused or alumni
? 4
$ advo --today 2026-11-23 check --strict
# A reason adds a line to notes that already exist.
$ advo --today 2026-11-24 stage eva active --reason "Migration done"
! eva-novak-acme: paused → active
$ tail -3 advocates/eva-novak-acme.yaml
> notes: |-
>   Busy with a migration until January
>   2026-11-24 paused → active: Migration done
# Any other move is refused, naming the allowed ones; nothing is written.
$ cp advocates/jane-doe-acme.yaml before.yaml
$ advo --today 2026-11-24 stage jane-doe nominated
! advo: 'jane-doe-acme' cannot move from active to nominated; from active it can move to paused or alumni
? 4
$ advo --today 2026-11-24 stage jane-doe active
! advo: 'jane-doe-acme' is already active; from active it can move to paused or alumni
? 4
$ advo --today 2026-11-24 stage frank active
! advo: 'frank-li-hooli' cannot move from alumni to active; from alumni it can move to nominated
? 4
$ advo --today 2026-11-24 stage grace qualified
! advo: 'grace-hall-globex' cannot move from declined to qualified; from declined it can move to nominated
? 4
$ advo --today 2026-11-24 stage jane-doe activ
! advo: unknown stage 'activ' (did you mean 'active'?); known: nominated, qualified, active, paused, alumni, declined
? 2
$ advo --today 2026-11-24 stage jane paused
! advo: 'jane' is ambiguous; it matches:
!   jane-doe-acme (advocate)
!   jane-park-globex (advocate)
? 2
$ advo --today 2026-11-24 stage nobody paused
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-24 stage jane-doe
! advo: stage: STAGE is required
! Run 'advo stage --help' for its options.
? 2
$ cmp before.yaml advocates/jane-doe-acme.yaml
