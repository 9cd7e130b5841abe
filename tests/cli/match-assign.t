# advo match REQUEST --assign ID…: the choice recorded on the request.
# Fixture `match`, today 2026-11-20 (see match.t for the ranking).
$ fixture match
$ cp requests/2026-11-18-northwind-clinics-reference-call.yaml before.yaml
# An eligible advocate is added to the request, which becomes matched;
# nothing is printed on stdout.
$ advo --today 2026-11-20 match 2026-11-18 --assign ada
! 2026-11-18-northwind-clinics-reference-call: assigned ada-adams-alpha-health (open → matched)
$ diff before.yaml requests/2026-11-18-northwind-clinics-reference-call.yaml
> 3c3
> < status: open
> ---
> > status: matched
> 18a19,20
> > advocates:
> >   - ada-adams-alpha-health
? 1
# Assigning again changes nothing; an advocate beyond the shortlist shown
# (abe ranks 7th) may be assigned as long as the rules allow it.
$ advo --today 2026-11-20 match 2026-11-18 --assign ada-adams
! 2026-11-18-northwind-clinics-reference-call: nothing changed
$ advo --today 2026-11-20 match 2026-11-18 --assign abe ada
! 2026-11-18-northwind-clinics-reference-call: assigned abe-abbott-apex-care
# An excluded advocate is refused with every reason and the day each
# clears (pia rests until 2027-01-09); nothing is written.
$ cp requests/2026-11-18-northwind-clinics-reference-call.yaml before.yaml
$ advo --today 2026-11-20 match 2026-11-18 --assign pia dan lee
! advo: refused: pia-park-pine-health is not available for reference-call on 2026-11-20
!   resting: resting after the reference-call of 2026-11-10 (60 days); clears on 2027-01-09
!   min-gap: asked 2026-11-10 (reference-call); 14 days between asks; clears on 2026-11-24
!   next available: 2027-01-09
! dan-dunn-delta-health is not available for reference-call on 2026-11-20
!   do-not-contact: marked do not contact; does not clear by itself
!   next available: none (do-not-contact does not clear by itself)
!   nothing written; to assign anyway, give the reason with --override REASON
? 4
$ cmp before.yaml requests/2026-11-18-northwind-clinics-reference-call.yaml
# --override assigns anyway and keeps the reason, dated, in the notes.
$ advo --today 2026-11-20 match 2026-11-18 --assign pia --override "Only EMEA hospital on analytics; she offered"
! pia-park-pine-health breaks resting, min-gap; assigned with the override, noted on the request
! 2026-11-18-northwind-clinics-reference-call: assigned pia-park-pine-health
$ grep -A3 -e '^status' -e '^advocates' -e '^notes' requests/2026-11-18-northwind-clinics-reference-call.yaml
> status: matched
> requested_by: sam
> requested_on: 2026-11-18
> needed_by: 2026-11-25
> --
> advocates:
>   - ada-adams-alpha-health
>   - abe-abbott-apex-care
>   - pia-park-pine-health
> notes: "2026-11-20 assigned pia-park-pine-health despite resting, min-gap: Only EMEA hospital on analytics; she offered"
# The rules apply on --on: on 2026-11-30 cy's quarter cap is over.
$ advo --today 2026-11-20 match 2026-11-18 --assign cy --override "cap" --on 2026-11-30
! no advocate assigned now is excluded; --override not recorded
! 2026-11-18-northwind-clinics-reference-call: assigned cy-cole-cedar-health
# A matched request is logged against as usual: the completed call fulfils
# it, and closing it again records the deal.
$ advo --today 2026-11-20 log ada reference-call --request 2026-11-18 --by kate
> 2026-11-20-ada-adams-alpha-health-reference-call
! request 2026-11-18-northwind-clinics-reference-call: fulfilled (was matched)
$ advo --today 2026-11-20 request close 2026-11-18 --status fulfilled --deal won --reason "Signed after the call"
! 2026-11-18-northwind-clinics-reference-call: still fulfilled, deal won
$ sed -n '/^status/p;/^fulfilled_on/,$p' requests/2026-11-18-northwind-clinics-reference-call.yaml
> status: fulfilled
> fulfilled_on: 2026-11-20
> outcome:
>   deal: won
>   closed_on: 2026-11-20
>   reason: Signed after the call
> notes: "2026-11-20 assigned pia-park-pine-health despite resting, min-gap: Only EMEA hospital on analytics; she offered"
# A closed request is never assigned.
$ advo --today 2026-11-20 match 2026-11-18 --assign lee
! advo: 2026-11-18-northwind-clinics-reference-call is fulfilled: a closed request is not assigned; nothing written
? 4
$ advo --today 2026-11-20 match 2026-11-02 --assign lee --override "needed"
! advo: 2026-11-02-polar-freight-reference-call is cancelled: a closed request is not assigned (reopen it first: advo request set 2026-11-02-polar-freight-reference-call status=open); nothing written
? 4
# A scheduled request keeps its status.
$ advo --today 2026-11-20 log rae reference-call --date 2026-11-27 --request 2026-10-20
> 2026-11-27-rae-ross-river-clinic-reference-call
! request 2026-10-20-summit-retail-reference-call: scheduled (was matched)
$ advo --today 2026-11-20 match 2026-10-20 --assign tim
! 2026-10-20-summit-retail-reference-call: assigned tim-todd-twin-care
$ grep -A3 -e '^status' -e '^advocates' requests/2026-10-20-summit-retail-reference-call.yaml
> status: scheduled
> requested_by: sam
> requested_on: 2026-10-20
> needed_by: 2026-11-10
> --
> advocates:
>   - lee-lund-lake-clinic
>   - rae-ross-river-clinic
>   - tim-todd-twin-care
# Errors name the advocate; the override needs a reason.
$ advo --today 2026-11-20 match 2026-11-19 --assign nobody
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-20 match 2026-11-19 --assign t
! advo: 't' is ambiguous; it matches:
!   tim-todd-twin-care (advocate)
!   tom-todd-twin-care (advocate)
? 2
$ advo --today 2026-11-20 match 2026-11-19 --assign lou --override " "
! advo: --override needs the reason a rule is broken
? 2
$ advo --today 2026-11-20 match 2026-11-19 --assign lou --override "Legal approved a one-off logo use"
! lou-lane-lark-health breaks no-consent; assigned with the override, noted on the request
! 2026-11-19-harbor-health-logo: assigned lou-lane-lark-health (open → matched)
$ advo --today 2026-11-20 check --strict
