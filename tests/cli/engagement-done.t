# advo engagement done ID: a scheduled engagement took place. Fixture
# `rest`: Dee's webinar is scheduled for 2026-12-10; webinar rests 90 days.
$ fixture rest
# Logging the webinar on its day would be a second ask, refused as resting
# after the scheduled one; it is refused (exit 4) naming the command to use.
$ advo --today 2026-12-10 log dee webinar
! advo: dee-diaz-delta is scheduled for webinar 2026-12-10 as 2026-12-10-dee-diaz-delta-webinar; nothing written; to record that it took place, run: advo engagement done 2026-12-10-dee-diaz-delta-webinar
? 4
# Not before its day; ids take a unique prefix; an unknown or ambiguous one
# is a usage error.
$ advo --today 2026-12-09 engagement done 2026-12-10
! advo: 2026-12-10-dee-diaz-delta-webinar is on 2026-12-10, after today (2026-12-09); it can be done on or after its day
? 2
$ advo --today 2026-12-10 engagement done 2026-12-99
! advo: no engagement '2026-12-99'
? 2
$ advo --today 2026-12-10 engagement done 2026-11
! advo: '2026-11' is ambiguous; it matches:
!   2026-11-02-ada-lovelace-analytical-reference-call (engagement)
!   2026-11-10-ada-lovelace-analytical-thank-you (engagement)
!   2026-11-15-ada-lovelace-analytical-webinar (engagement)
? 2
# On its day: the outcome becomes completed, every other entry as it was.
$ advo --today 2026-12-10 engagement done 2026-12-10
! 2026-12-10-dee-diaz-delta-webinar: scheduled → completed
$ cat engagements/2026-12.yaml
> - id: 2026-12-10-dee-diaz-delta-webinar
>   date: 2026-12-10
>   advocate: dee-diaz-delta
>   type: webinar
>   outcome: completed
$ advo --today 2026-12-10 engagement done 2026-12-10-dee-diaz-delta-webinar
! 2026-12-10-dee-diaz-delta-webinar: already completed; nothing changed
# Only a scheduled engagement is done; a cancelled one is changed with set.
$ advo --today 2026-12-10 engagement done 2026-11-15-ada
! advo: 2026-11-15-ada-lovelace-analytical-webinar is cancelled, not scheduled; to change its outcome anyway, run: advo engagement set 2026-11-15-ada-lovelace-analytical-webinar outcome=completed
? 2
# A scheduled ask for a request: done fulfils the request and adds the
# advocate to it, as logging a completed engagement does.
$ advo --today 2026-12-01 log cy reference-call --date 2026-12-15 --request 2026-11-16
> 2026-12-15-cy-chen-gamma-reference-call
! request 2026-11-16-initech-reference-call: scheduled (was open)
$ advo --today 2026-12-16 engagement done 2026-12-15-cy
! 2026-12-15-cy-chen-gamma-reference-call: scheduled → completed
! request 2026-11-16-initech-reference-call: fulfilled (was scheduled)
$ cat requests/2026-11-16-initech-reference-call.yaml
> id: 2026-11-16-initech-reference-call
> type: reference-call
> status: fulfilled
> requested_by: sam
> requested_on: 2026-11-16
> needed_by: 2026-11-23
> opportunity:
>   account: Initech
> advocates:
>   - cy-chen-gamma
> fulfilled_on: 2026-12-15
$ advo --today 2026-12-16 engagements request:2026-11-16
> ID                                       OUTCOME    REQUEST
> 2026-12-15-cy-chen-gamma-reference-call  completed  2026-11-16-initech-reference-call
! 1 engagement
$ advo engagement
! advo: engagement needs a sub-command: done, cancel, delete or set (see 'advo engagement --help')
? 2
$ advo engagement finish 2026-12-10
! advo: unknown engagement sub-command 'finish'; engagement takes done, cancel, delete or set
? 2
