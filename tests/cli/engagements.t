# advo engagements [QUERY]: the engagement log, in date order. Fixture
# `rest`: Dee's webinar of 2026-12-10 is still scheduled.
$ fixture rest
$ advo --today 2026-12-12 engagements
> ID                                                 OUTCOME
> 2026-09-01-bob-brown-beta-reference-call           completed
> 2026-11-02-ada-lovelace-analytical-reference-call  completed
> 2026-11-10-ada-lovelace-analytical-thank-you       completed
> 2026-11-15-ada-lovelace-analytical-webinar         cancelled
> 2026-12-10-dee-diaz-delta-webinar                  scheduled
! 5 engagements
# Reference fields take a unique prefix of an id (ada → ada-lovelace-analytical).
$ advo --today 2026-12-12 engagements advocate:ada not:outcome:cancelled
> ID                                                 OUTCOME
> 2026-11-02-ada-lovelace-analytical-reference-call  completed
> 2026-11-10-ada-lovelace-analytical-thank-you       completed
! 2 engagements
$ advo --today 2026-12-12 engagements advocate:ada-lovelace-analytical type:thank-you
> ID                                            OUTCOME
> 2026-11-10-ada-lovelace-analytical-thank-you  completed
! 1 engagement
$ advo --today 2026-12-12 engagements 'date:>2026-11-01' --sort advocate --limit 2
> ID                                                 OUTCOME
> 2026-11-02-ada-lovelace-analytical-reference-call  completed
> 2026-11-10-ada-lovelace-analytical-thank-you       completed
! 2 of 4 engagements
$ advo --today 2026-12-12 engagements date:2026-11-01..2026-11-30 --format csv
> id,date,advocate,type,outcome,request,story,logged_by,override,notes
> 2026-11-02-ada-lovelace-analytical-reference-call,2026-11-02,ada-lovelace-analytical,reference-call,completed,,,,,
> 2026-11-10-ada-lovelace-analytical-thank-you,2026-11-10,ada-lovelace-analytical,thank-you,completed,,,,,
> 2026-11-15-ada-lovelace-analytical-webinar,2026-11-15,ada-lovelace-analytical,webinar,cancelled,,,,,
# past-scheduled: still scheduled though the day has gone.
$ advo --today 2026-12-12 engagements past-scheduled:true --format json
> [
>   {
>     "id": "2026-12-10-dee-diaz-delta-webinar",
>     "date": "2026-12-10",
>     "advocate": "dee-diaz-delta",
>     "type": "webinar",
>     "outcome": "scheduled",
>     "request": null,
>     "story": null,
>     "logged_by": null,
>     "override": null,
>     "notes": null
>   }
> ]
$ advo --today 2026-12-09 engagements past-scheduled:true
! no engagements match
# by: is who logged it; story: (and request:) take prefixes too.
$ advo --today 2026-12-12 log hal quote --date 2026-12-11 --by "Sam Lee" --story theta --override "asked by marketing"
> 2026-12-11-hal-hill-theta-quote
! breaks not-willing, no-consent; logged with the override
$ advo --today 2026-12-12 engagements by:sam* --format md
> | ID | OUTCOME | REQUEST | STORY | BY |
> | --- | --- | --- | --- | --- |
> | 2026-12-11-hal-hill-theta-quote | completed |  | theta-halves-month-end | Sam Lee |
$ advo --today 2026-12-12 engagements story:theta request:
> ID                               OUTCOME    STORY                   BY
> 2026-12-11-hal-hill-theta-quote  completed  theta-halves-month-end  Sam Lee
! 1 engagement
$ advo --today 2026-12-12 engagements by:
> ID                                                 OUTCOME
> 2026-09-01-bob-brown-beta-reference-call           completed
> 2026-11-02-ada-lovelace-analytical-reference-call  completed
> 2026-11-10-ada-lovelace-analytical-thank-you       completed
> 2026-11-15-ada-lovelace-analytical-webinar         cancelled
> 2026-12-10-dee-diaz-delta-webinar                  scheduled
! 5 engagements
# A prefix no id starts with matches nothing; `requests` and `stories`
# show an ambiguous one. Mistakes are usage errors.
$ advo --today 2026-12-12 engagements advocate:zoe
! no engagements match
$ advo --today 2026-12-12 engagements advocat:ada
! advo: unknown field 'advocat' in 'advocat:ada' (did you mean 'advocate'?)
? 2
$ advo --today 2026-12-12 engagements outcome:done
! advo: 'outcome:done': unknown outcome 'done'; known: scheduled, completed, declined, no-show, cancelled
? 2
$ advo --today 2026-12-12 engagements past-scheduled:maybe
! advo: 'past-scheduled:maybe': past-scheduled takes true or false, not 'maybe'
? 2
$ advo --today 2026-12-12 engagements --sort nothing
! advo: unknown field 'nothing' for --sort
? 2
