# An engagement still scheduled after its day took place or was called off,
# and the log does not say which: check warns, today lists it, each with the
# commands that record it. Fixture `rest`: Dee's webinar of 2026-12-10.
$ fixture rest
$ advo --today 2026-12-10 check
$ advo --today 2026-12-11 check
> engagements/2026-12.yaml:5:12: warning: still scheduled, but 2026-12-10 has passed; run: advo engagement done 2026-12-10-dee-diaz-delta-webinar (it took place) or advo engagement cancel 2026-12-10-dee-diaz-delta-webinar (it did not)
! 0 errors, 1 warning
$ advo --today 2026-12-11 check --strict
> engagements/2026-12.yaml:5:12: warning: still scheduled, but 2026-12-10 has passed; run: advo engagement done 2026-12-10-dee-diaz-delta-webinar (it took place) or advo engagement cancel 2026-12-10-dee-diaz-delta-webinar (it did not)
! 0 errors, 1 warning
? 1
$ advo --today 2026-12-11 today | sed -n '/still scheduled/,/^$/p'
> Engagements still scheduled after their day (1)
>   2026-12-10-dee-diaz-delta-webinar: webinar with Dee Diaz still scheduled for 2026-12-10
>       (1 day ago); if it did not take place: advo engagement cancel
>       2026-12-10-dee-diaz-delta-webinar
>     advo engagement done 2026-12-10-dee-diaz-delta-webinar
>
$ advo --today 2026-12-11 today --format json | grep -A5 engagement-unrecorded
>       "kind": "engagement-unrecorded",
>       "id": "2026-12-10-dee-diaz-delta-webinar",
>       "date": "2026-12-10",
>       "message": "webinar with Dee Diaz still scheduled for 2026-12-10 (1 day ago); if it did not take place: advo engagement cancel 2026-12-10-dee-diaz-delta-webinar",
>       "command": "advo engagement done 2026-12-10-dee-diaz-delta-webinar"
>     },
$ advo --today 2026-12-11 engagement done 2026-12-10
! 2026-12-10-dee-diaz-delta-webinar: scheduled → completed
$ advo --today 2026-12-11 check
