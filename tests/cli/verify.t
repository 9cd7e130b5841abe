# advo verify ID…: the profile was confirmed current today.
$ fixture advocates
$ advo --today 2026-11-16 advocates stale:true
> ID                 NAME        COMPANY  STAGE     INDUSTRY  REGION  NPS
> bob-stone-globex   Bob Stone   Globex   active    retail    na        6
> frank-li-hooli     Frank Li    Hooli    alumni    retail    apac
> grace-hall-globex  Grace Hall  Globex   declined  retail    na
! 3 advocates
$ cp advocates/bob-stone-globex.yaml before.yaml
$ advo --today 2026-11-16 verify bob
! bob-stone-globex: verified on 2026-11-16
$ diff before.yaml advocates/bob-stone-globex.yaml
> 27c27
> < verified_on: 2026-03-01
> ---
> > verified_on: 2026-11-16
? 1
$ advo --today 2026-11-16 verify frank grace bob frank
! frank-li-hooli: verified on 2026-11-16
! grace-hall-globex: verified on 2026-11-16
! bob-stone-globex: already verified today
$ advo --today 2026-11-16 advocates stale:true
! no advocates match
$ advo --today 2026-11-16 check --strict
# Every id is found before anything is written.
$ advo --today 2026-11-17 verify ana nobody
! advo: no advocate 'nobody'
? 2
$ grep verified_on advocates/ana-silva-northwind.yaml
> verified_on: 2026-09-01
$ advo --today 2026-11-17 verify jane
! advo: 'jane' is ambiguous; it matches:
!   jane-doe-acme (advocate)
!   jane-park-globex (advocate)
? 2
$ advo --today 2026-11-17 verify
! advo: verify: ID is required
! Run 'advo verify --help' for its options.
? 2
