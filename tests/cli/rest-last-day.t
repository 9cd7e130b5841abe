# On the last day a date can name (9999-12-31) a rule of rest that clears
# later is told "after 9999-12-31": no date of year 10000 is ever printed,
# and JSON gives null with the last day in clears_after and
# next_available_after.
$ fixture rest
$ advo --today 9999-12-31 log ada reference-call
> 9999-12-31-ada-lovelace-analytical-reference-call
$ advo --today 9999-12-31 rest
> ADVOCATE                 NEXT AVAILABLE    REASONS           TYPES
> ada-lovelace-analytical  after 9999-12-31  min-gap           case-study, webinar
> ada-lovelace-analytical  after 9999-12-31  resting, min-gap  reference-call
> finn-fox-zeta            none              do-not-contact    reference-call
> gil-green-eta            none              no-consent        quote
! 3 active advocates are unavailable for an ask type they are willing to do on 9999-12-31
$ advo --today 9999-12-31 rest ada --type reference-call --format json
> [
>   {
>     "id": "ada-lovelace-analytical",
>     "type": "reference-call",
>     "on": "9999-12-31",
>     "available": false,
>     "reasons": [
>       {
>         "code": "resting",
>         "message": "resting after the reference-call of 9999-12-31 (60 days)",
>         "clears_on": null,
>         "clears_after": "9999-12-31"
>       },
>       {
>         "code": "min-gap",
>         "message": "asked 9999-12-31 (reference-call); 14 days between asks",
>         "clears_on": null,
>         "clears_after": "9999-12-31"
>       }
>     ],
>     "next_available": null,
>     "next_available_after": "9999-12-31"
>   }
> ]
$ advo --today 9999-12-31 rest --format csv
> id,type,on,available,next_available,reasons
> ada-lovelace-analytical,case-study,9999-12-31,no,,min-gap after 9999-12-31
> ada-lovelace-analytical,reference-call,9999-12-31,no,,"resting after 9999-12-31, min-gap after 9999-12-31"
> ada-lovelace-analytical,webinar,9999-12-31,no,,min-gap after 9999-12-31
> finn-fox-zeta,reference-call,9999-12-31,no,,do-not-contact
> gil-green-eta,quote,9999-12-31,no,,no-consent
$ advo --today 9999-12-31 rest check ada --type case-study
> ada-lovelace-analytical is not available for case-study on 9999-12-31
>   min-gap: asked 9999-12-31 (reference-call); 14 days between asks; clears after 9999-12-31
>   next available: after 9999-12-31
? 1
$ advo --today 9999-12-31 show ada | grep '^#   '
> #   case-study: after 9999-12-31 (min-gap)
> #   reference-call: after 9999-12-31 (resting, min-gap)
> #   webinar: after 9999-12-31 (min-gap)
$ advo --today 9999-12-31 match --type case-study --all
> RANK  ID            NAME     COMPANY  SCORE  ASKS  LAST ASK
>    1  ivy-ito-iota  Ivy Ito  Iota     100.0     0  never
>
> Excluded (8):
> ID                       NAME          SCORE  NEXT AVAILABLE    REASONS
> ada-lovelace-analytical  Ada Lovelace    0.0  after 9999-12-31  min-gap
> bob-brown-beta           Bob Brown     100.0  none              not-willing, no-consent
> cy-chen-gamma            Cy Chen       100.0  none              not-willing, no-consent
> dee-diaz-delta           Dee Diaz      100.0  none              not-willing, no-consent
> eve-evans-epsilon        Eve Evans     100.0  none              not-active, not-willing, no-consent
> finn-fox-zeta            Finn Fox      100.0  none              do-not-contact, not-willing, no-consent
> gil-green-eta            Gil Green     100.0  none              not-willing, no-consent
> hal-hill-theta           Hal Hill      100.0  none              not-willing, no-consent
! 1 eligible for case-study on 9999-12-31, 8 excluded
$ advo --today 9999-12-31 match --type case-study --all --format json | grep -E '"(clears_after|next_available_after)"'
>           "clears_after": "9999-12-31"
>       "next_available_after": "9999-12-31",
$ advo --today 9999-12-31 request new --type reference-call --by sam --account Omega --needed-by +30d
! advo: --needed-by +30d: invalid date '+30d': that day is outside 0001-01-01..9999-12-31, the days a date can name
! advo: nothing written (1 error)
? 2
# Nothing else prints a day of year 10000 either.
$ for c in today check "show ada --format json" report "report --format json" "rest --on 9999-12-31 --format md"; do advo --today 9999-12-31 $c; done 2>&1 | grep '10000-' || echo "no day after 9999-12-31"
> no day after 9999-12-31
