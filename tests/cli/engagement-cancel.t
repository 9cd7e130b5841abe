# advo engagement cancel ID [--reason R]: an engagement was called off; a
# cancelled ask no longer counts for the rules of rest. Fixture `rest`.
$ fixture rest
$ advo --today 2026-12-01 log cy reference-call --date 2026-12-15 --request 2026-11-16 --note "intro call"
> 2026-12-15-cy-chen-gamma-reference-call
! request 2026-11-16-initech-reference-call: scheduled (was open)
$ advo --today 2026-12-01 rest check cy --type reference-call --on 2026-12-20
> cy-chen-gamma is not available for reference-call on 2026-12-20
>   resting: resting after the reference-call of 2026-12-15 (60 days); clears on 2027-02-13
>   min-gap: asked 2026-12-15 (reference-call); 14 days between asks; clears on 2026-12-29
>   next available: 2027-02-13
? 1
$ advo --today 2026-12-01 engagement cancel 2026-12-15-cy --reason "customer postponed"
! 2026-12-15-cy-chen-gamma-reference-call: scheduled → cancelled
! request 2026-11-16-initech-reference-call is still scheduled; to reopen it, run: advo request set 2026-11-16-initech-reference-call status=matched
$ cat engagements/2026-12.yaml
> - id: 2026-12-10-dee-diaz-delta-webinar
>   date: 2026-12-10
>   advocate: dee-diaz-delta
>   type: webinar
>   outcome: scheduled
> - id: 2026-12-15-cy-chen-gamma-reference-call
>   date: 2026-12-15
>   advocate: cy-chen-gamma
>   type: reference-call
>   outcome: cancelled
>   request: 2026-11-16-initech-reference-call
>   notes: |-
>     intro call
>     cancelled: customer postponed
# Cy is free again; the request is left scheduled, with the way to reopen it.
$ advo --today 2026-12-01 rest check cy --type reference-call --on 2026-12-20
> cy-chen-gamma is available for reference-call on 2026-12-20
# Again: nothing to change without a reason; with one, it is added.
$ advo --today 2026-12-01 engagement cancel 2026-12-15-cy
! 2026-12-15-cy-chen-gamma-reference-call: already cancelled; nothing changed
$ advo --today 2026-12-01 engagement cancel 2026-12-15-cy --reason "still postponed"
! 2026-12-15-cy-chen-gamma-reference-call: still cancelled; the reason is added to its notes
! request 2026-11-16-initech-reference-call is still scheduled; to reopen it, run: advo request set 2026-11-16-initech-reference-call status=matched
$ grep -A3 notes engagements/2026-12.yaml
>   notes: |-
>     intro call
>     cancelled: customer postponed
>     cancelled: still postponed
$ advo --today 2026-12-01 engagement cancel nothing-like-it
! advo: no engagement 'nothing-like-it'
? 2
$ advo --today 2026-12-01 engagement cancel 2026-12-15-cy --reason "$(printf 'bad \377 byte')"
! advo: --reason is not valid UTF-8 text
? 2
