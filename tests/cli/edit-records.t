# advo edit ID on every kind of record: a story, a request, an engagement
# (its entry alone, written back into its month file). Fixture `rest`, whose
# transcripts take 2026-11-20 as today: min_gap_days 14; Ada's reference
# call of 2026-11-02; Dee's webinar is scheduled for 2026-12-10.
$ fixture rest
$ EDITOR='sed -i "s/^title: .*/title: Theta halves its month-end close/"' advo --today 2026-11-20 edit theta
! saved stories/theta-halves-month-end.yaml
$ grep title stories/theta-halves-month-end.yaml
> title: Theta halves its month-end close
# A story may not name an advocate who does not exist, nor lose the
# approval date its status needs; the copy is kept.
$ cp stories/theta-halves-month-end.yaml story-before.yaml
$ EDITOR='sed -i -e "s/^  - hal-hill-theta/  - hal-hill-theta\n  - nobody/" -e "/^approvals:/,+1d"' advo --today 2026-11-20 edit theta
! advo: .advo/edit/theta-halves-month-end.yaml:1:1: a story that is published needs approved_on, the day the customer signed it off
! advo: .advo/edit/theta-halves-month-end.yaml:7:5: no advocate 'nobody'
! advo: nothing written: the edited story has 2 errors; the edited text is kept in .advo/edit/theta-halves-month-end.yaml
? 3
$ cmp story-before.yaml stories/theta-halves-month-end.yaml
$ rm -r .advo/edit
# A request; its type stays an ask.
$ EDITOR='sed -i "s/^needed_by: .*/needed_by: 2026-11-27/"' advo --today 2026-11-20 edit 2026-11-16-initech
! saved requests/2026-11-16-initech-reference-call.yaml
$ grep needed_by requests/2026-11-16-initech-reference-call.yaml
> needed_by: 2026-11-27
$ EDITOR='sed -i "s/^type: .*/type: thank-you/"' advo --today 2026-11-20 edit 2026-11-16-initech
! advo: .advo/edit/2026-11-16-initech-reference-call.yaml:2:7: thank-you is a give; a request's type is an ask type
! advo: nothing written: the edited request has 1 error; the edited text is kept in .advo/edit/2026-11-16-initech-reference-call.yaml
? 3
$ rm -r .advo/edit
# An engagement: the editor gets the entry alone; only its lines of the
# month file change.
$ cp engagements/2026-11.yaml month-before.yaml
$ EDITOR='f() { cat "$1" > entry-shown.yaml; echo "notes: sent a mug" >> "$1"; }; f' advo --today 2026-11-20 edit 2026-11-10-ada
! saved engagements/2026-11.yaml
$ cat entry-shown.yaml
> id: 2026-11-10-ada-lovelace-analytical-thank-you
> date: 2026-11-10
> advocate: ada-lovelace-analytical
> type: thank-you
> outcome: completed
$ diff month-before.yaml engagements/2026-11.yaml
> 10a11
> >   notes: sent a mug
? 1
# A new date moves the entry to the file of its month, as `advo engagement
# set` does; the emptied file goes.
$ EDITOR='sed -i "s/^date: .*/date: 2027-01-12/"' advo --today 2026-11-20 edit 2026-12-10-dee
! saved engagements/2027-01.yaml (moved from engagements/2026-12.yaml)
$ ls engagements
> 2026-09.yaml
> 2026-11.yaml
> 2027-01.yaml
$ cat engagements/2027-01.yaml
> - id: 2026-12-10-dee-diaz-delta-webinar
>   date: 2027-01-12
>   advocate: dee-diaz-delta
>   type: webinar
>   outcome: scheduled
# Made an ask again inside Ada's rest, the entry is refused (exit 4) as
# `advo engagement set` refuses it, and the edited text is kept; with an
# `override:` giving the reason, it is saved.
$ cp engagements/2026-11.yaml month-before.yaml
$ EDITOR='sed -i "s/^outcome: .*/outcome: completed/"' advo --today 2026-11-20 edit 2026-11-15-ada
! advo: refused: ada-lovelace-analytical is not available for webinar on 2026-11-15
!   min-gap: asked 2026-11-02 (reference-call); 14 days between asks; clears on 2026-11-16
!   next available: 2026-11-16
!   nothing written; to save it anyway, give the reason with override: REASON; the edited text is kept in .advo/edit/2026-11-15-ada-lovelace-analytical-webinar.yaml
? 4
$ cmp month-before.yaml engagements/2026-11.yaml
$ EDITOR='sed -i -e "s/^outcome: .*/outcome: completed/" -e "\$a override: she offered"' advo --today 2026-11-20 edit 2026-11-15-ada
! the text of an earlier edit is still kept in .advo/edit/2026-11-15-ada-lovelace-analytical-webinar.yaml
! breaks min-gap; changed with the override
! saved engagements/2026-11.yaml
$ grep -A6 "id: 2026-11-15-ada" engagements/2026-11.yaml
> - id: 2026-11-15-ada-lovelace-analytical-webinar
>   date: 2026-11-15
>   advocate: ada-lovelace-analytical
>   type: webinar
>   outcome: completed
>   override: she offered
$ rm -r .advo/edit
# On a terminal (script gives it one), the refusal offers to open the
# editor again: this editor moves Ada's reference call next to her webinar
# the first time and adds the reason the second.
$ printf '#!/bin/sh\nif [ -e .round ]; then echo "override: agreed" >> "$1"; else touch .round; sed -i "s/^date: .*/date: 2026-11-14/" "$1"; fi\n' > two-rounds; chmod +x two-rounds
$ set -o pipefail; printf 'y\n' | EDITOR=./two-rounds script -qec "advo --today 2026-11-20 edit 2026-11-02-ada" /dev/null | tr -d '\r' | grep -v '^y$'
> advo: refused: ada-lovelace-analytical is not available for reference-call on 2026-11-14
>   scheduled: webinar already planned for 2026-11-15; clears on 2026-11-16
>   next available: 2026-11-29
>   nothing written; to save it anyway, give the reason with override: REASON
> Open the editor again to fix it? [Y/n] breaks scheduled; changed with the override
> saved engagements/2026-11.yaml
$ grep -A5 "id: 2026-11-02-ada" engagements/2026-11.yaml
> - id: 2026-11-02-ada-lovelace-analytical-reference-call
>   date: 2026-11-14
>   advocate: ada-lovelace-analytical
>   type: reference-call
>   outcome: completed
>   override: agreed
# An entry keeps its id, advocate and type; it names records that exist; a
# day after today cannot be completed. Nothing is written; the copy is kept.
$ cp engagements/2026-11.yaml month-before.yaml
$ EDITOR='sed -i -e "s/^id: .*/id: x/" -e "s/^advocate: .*/advocate: bob-brown-beta/" -e "s/^type: .*/type: webinar/" -e "\$a request: nope"' advo --today 2026-11-20 edit 2026-11-10-ada
! advo: .advo/edit/2026-11-10-ada-lovelace-analytical-thank-you.yaml:1:5: the id cannot be changed (it names the entry); keep id: 2026-11-10-ada-lovelace-analytical-thank-you
! advo: .advo/edit/2026-11-10-ada-lovelace-analytical-thank-you.yaml:3:11: the advocate cannot be changed; keep advocate: ada-lovelace-analytical (log the engagement for the right advocate and delete this one)
! advo: .advo/edit/2026-11-10-ada-lovelace-analytical-thank-you.yaml:4:7: the type cannot be changed; keep type: thank-you (log the engagement with the right type and delete this one)
! advo: .advo/edit/2026-11-10-ada-lovelace-analytical-thank-you.yaml:7:10: no request 'nope'
! advo: nothing written: the edited engagement has 4 errors; the edited text is kept in .advo/edit/2026-11-10-ada-lovelace-analytical-thank-you.yaml
? 3
$ EDITOR='sed -i "s/^outcome: .*/outcome: completed/"' advo --today 2026-11-20 edit 2026-12-10-dee
! advo: .advo/edit/2026-12-10-dee-diaz-delta-webinar.yaml:5:10: an engagement dated after today (2026-11-20) cannot be completed; it would be scheduled
! advo: nothing written: the edited engagement has 1 error; the edited text is kept in .advo/edit/2026-12-10-dee-diaz-delta-webinar.yaml
? 3
$ cmp month-before.yaml engagements/2026-11.yaml
$ ls .advo/edit
> 2026-11-10-ada-lovelace-analytical-thank-you.yaml
> 2026-12-10-dee-diaz-delta-webinar.yaml
# A completed entry given a request fulfils it, as `advo engagement set`
# does.
$ EDITOR='sed -i "\$a request: 2026-11-16-initech-reference-call"' advo --today 2026-11-20 edit 2026-09-01-bob
! request 2026-11-16-initech-reference-call: fulfilled (was open)
! saved engagements/2026-09.yaml
$ grep -E "status|fulfilled" requests/2026-11-16-initech-reference-call.yaml
> status: fulfilled
> fulfilled_on: 2026-09-01
# Ids and prefixes of every kind; an ambiguous prefix lists the candidates.
$ EDITOR=true advo --today 2026-11-20 edit 2026-11-1
! advo: '2026-11-1' is ambiguous; it matches:
!   2026-11-10-ada-lovelace-analytical-thank-you (engagement)
!   2026-11-15-ada-lovelace-analytical-webinar (engagement)
!   2026-11-16-initech-reference-call (request)
? 2
$ EDITOR=true advo --today 2026-11-20 edit nobody
! advo: no record 'nobody'
? 2
$ EDITOR=true advo --today 2026-11-20 edit 2026-11-02-ada
! 2026-11-02-ada-lovelace-analytical-reference-call: no changes; nothing written
# Completion offers ids of every kind (engagements once the month is
# typed).
$ advo __complete -- edit 2026-11-1
> words
> 2026-11-16-initech-reference-call
> 2026-11-10-ada-lovelace-analytical-thank-you
> 2026-11-15-ada-lovelace-analytical-webinar
$ advo __complete -- edit t
> words
> theta-halves-month-end
