# A write never leaves the program failing its own check: the program as
# the write would leave it is checked, and a write that adds an error is
# refused (exit 4) with nothing written, naming the records and the way out.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 check
# Chloe's speaking of 2026-11-29 is scheduled: a blackout over it is refused.
$ cp advocates/chloe-dubois-maison-lumiere.yaml before.yaml
$ advo --today 2026-11-16 set chloe 'unavailable+=2026-11-20..2026-12-05 parental leave'
! advo: refused: the change would add an error to what 'advo check' finds; nothing written
!   the speaking of 2026-11-29 (2026-11-29-chloe-dubois-maison-lumiere-speaking): ask breaks the rule of rest 'blackout' without an override: unavailable 2026-11-20 to 2026-12-05 (parental leave)
!     cancel it first with 'advo engagement cancel 2026-11-29-chloe-dubois-maison-lumiere-speaking', or pass --override REASON
? 4
$ cmp before.yaml advocates/chloe-dubois-maison-lumiere.yaml && echo unchanged
> unchanged
# The first way out: cancel the speaking, then the blackout is an ordinary write.
$ cp -R . ../cancelled && cd ../cancelled && advo --today 2026-11-16 engagement cancel 2026-11-29-chloe-dubois-maison-lumiere-speaking --reason "parental leave"
! 2026-11-29-chloe-dubois-maison-lumiere-speaking: scheduled → cancelled
$ cd ../cancelled && advo --today 2026-11-16 set chloe 'unavailable+=2026-11-20..2026-12-05 parental leave'
! updated advocates/chloe-dubois-maison-lumiere.yaml
$ cd ../cancelled && advo --today 2026-11-16 check
# The other: --override REASON keeps the speaking, recording the reason on it.
$ advo --today 2026-11-16 set chloe 'unavailable+=2026-11-20..2026-12-05 parental leave' --override "keynote agreed before the leave"
! updated advocates/chloe-dubois-maison-lumiere.yaml
! 2026-11-29-chloe-dubois-maison-lumiere-speaking: override recorded (keynote agreed before the leave)
$ grep -A7 'id: 2026-11-29-chloe' engagements/2026-11.yaml
> - id: 2026-11-29-chloe-dubois-maison-lumiere-speaking
>   date: 2026-11-29
>   advocate: chloe-dubois-maison-lumiere
>   type: speaking
>   outcome: scheduled
>   logged_by: kate.morgan
>   override: keynote agreed before the leave
>   notes: Agreed on the last call
$ advo --today 2026-11-16 check
$ advo --today 2026-11-16 set chloe 'unavailable+=2026-12-20..2026-12-24' --override " "
! advo: --override needs the reason the rule is broken
? 2
# An error already in the program does not block a write that leaves it as
# it was: the manager mends one thing at a time.
$ sed -i '/^  override: keynote agreed/d' engagements/2026-11.yaml
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:60:3: error: ask breaks the rule of rest 'blackout' without an override: unavailable 2026-11-20 to 2026-12-05 (parental leave)
! 1 error, 0 warnings
? 1
$ advo --today 2026-11-16 set chloe title="Head of Retail Analytics"
! updated advocates/chloe-dubois-maison-lumiere.yaml
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:60:3: error: ask breaks the rule of rest 'blackout' without an override: unavailable 2026-11-20 to 2026-12-05 (parental leave)
! 1 error, 0 warnings
? 1
# …but a write that adds another error still is refused, naming only the new one.
$ advo --today 2026-11-16 request set 2026-09-15-summit stories+=cobalt-systems-embeds-analytics-in-its-product
! advo: refused: the change would add an error to what 'advo check' finds; nothing written
!   request 2026-09-15-summit-insurance-reference-call: uses story 'cobalt-systems-embeds-analytics-in-its-product' on 2026-09-17 (its fulfilled_on), when the story is not usable: draft, not approved
? 4
# A story re-approved after a request used it under its first approval: the
# renewal is a new approval and the first stays, so it is an ordinary write.
$ advo --today 2026-12-10 story set sakura approved_on=2026-12-01 expires_on=2031-11-30
! updated stories/sakura-logistics-on-supply-chain-visibility.yaml
$ grep -A5 '^approvals:' stories/sakura-logistics-on-supply-chain-visibility.yaml
> approvals:
>   - date: 2024-06-18
>     expires: 2026-12-26
>   - date: 2026-12-01
>     expires: 2031-11-30
# check finds nothing about the story (its one error is the override removed above).
$ advo --today 2026-12-10 check | grep sakura-logistics-on-supply-chain-visibility || echo nothing about the story
> nothing about the story
! 1 error, 4 warnings
# Rewriting the approval the request used is still refused.
$ advo --today 2026-12-10 story set sakura approvals=2026-12-01..2031-11-30
! advo: refused: the change would add an error to what 'advo check' finds; nothing written
!   request 2026-09-15-summit-insurance-reference-call: uses story 'sakura-logistics-on-supply-chain-visibility' on 2026-09-17 (its fulfilled_on), when the story is not usable: approved only on 2026-12-01
? 4
