# advo check judges every ask against the asks before it in the log (by
# date, then id): one that breaks a time-bound rule of rest (blackout,
# resting, min-gap, caps, the dates of a consent on file) without an
# override: is an error. Stage, do-not-contact and willingness are today's
# state and say nothing about an old ask, so they are not judged. Five or
# more asks in 120 days is a fatigue warning. Fixture `rest`, today
# 2026-11-20.
$ fixture rest
$ advo --today 2026-11-20 check --strict
#
# Fatigue: Ivy may be asked 5 times a quarter. Each of these asks keeps
# every rule (14 days apart, the second call 61 days after the first,
# consents granted 2026-01-01), but the five fall within 120 days:
# (2026-04-03, 2026-08-01] holds them all.
$ advo --today 2026-11-20 log ivy reference-call --date 2026-06-01
> 2026-06-01-ivy-ito-iota-reference-call
$ advo --today 2026-11-20 log ivy webinar --date 2026-06-15
> 2026-06-15-ivy-ito-iota-webinar
$ advo --today 2026-11-20 log ivy case-study --date 2026-06-29
> 2026-06-29-ivy-ito-iota-case-study
$ advo --today 2026-11-20 log ivy quote --date 2026-07-13
> 2026-07-13-ivy-ito-iota-quote
$ advo --today 2026-11-20 check --strict
$ advo --today 2026-11-20 log ivy reference-call --date 2026-08-01
> 2026-08-01-ivy-ito-iota-reference-call
$ advo --today 2026-11-20 check
> engagements/2026-08.yaml:3:13: warning: ivy-ito-iota has 5 asks in the 120 days to 2026-08-01 (the first on 2026-06-01); 5 or more is a sign of fatigue
! 0 errors, 1 warning
$ advo --today 2026-11-20 check --strict > /dev/null
! 0 errors, 1 warning
? 1
$ rm engagements/2026-0[678].yaml
#
# Asks that break a rule, logged knowingly with --override: check is clean.
# hal: a call on 2026-10-01, another on 2026-10-20 (resting until
#   2026-10-01 + 60 = 2026-11-30).
# cy: a call on 2026-11-16, inside the blackout 2026-11-15 to 2026-12-06.
# ada: a case study on 2025-12-15, before her consent of 2026-01-01.
# bob: a webinar on 2026-10-01; his limit of 1 a quarter is taken by the
#   call of 2026-09-01.
# dee: a call on 2026-12-15, 5 days after the planned webinar (min-gap 14).
# gil (no quote consent on file), eve (paused) and finn (do not contact)
#   are refused today too, but for reasons check cannot judge afterwards.
$ advo --today 2026-11-20 log hal reference-call --date 2026-10-01
> 2026-10-01-hal-hill-theta-reference-call
$ advo -q --today 2026-11-20 log hal reference-call --date 2026-10-20 --override "asked by the CEO"
> 2026-10-20-hal-hill-theta-reference-call
$ advo -q --today 2026-11-20 log cy reference-call --date 2026-11-16 --override "took it from home"
> 2026-11-16-cy-chen-gamma-reference-call
$ advo -q --today 2026-11-20 log ada case-study --date 2025-12-15 --override "consent given by e-mail"
> 2025-12-15-ada-lovelace-analytical-case-study
$ advo -q --today 2026-11-20 log bob webinar --date 2026-10-01 --override "his own webinar"
> 2026-10-01-bob-brown-beta-webinar
$ advo -q --today 2026-11-20 log dee reference-call --date 2026-12-15 --override "same trip"
> 2026-12-15-dee-diaz-delta-reference-call
$ advo -q --today 2026-11-20 log gil quote --date 2026-10-05 --override "verbal consent"
> 2026-10-05-gil-green-eta-quote
$ advo -q --today 2026-11-20 log eve reference-call --date 2026-10-06 --override "before the pause"
> 2026-10-06-eve-evans-epsilon-reference-call
$ advo -q --today 2026-11-20 log finn reference-call --date 2026-10-07 --override "he called us"
> 2026-10-07-finn-fox-zeta-reference-call
$ advo --today 2026-11-20 check --strict
#
# Without the overrides each time-bound rule is an error at its ask.
$ sed -i '/^  override:/d' engagements/*.yaml
$ advo --today 2026-11-20 check
> engagements/2025-12.yaml:1:3: error: ask breaks the rule of rest 'no-consent' without an override: case-study consent only from 2026-01-01
> engagements/2026-10.yaml:1:3: error: ask breaks the rule of rest 'cap-quarter' without an override: 1 ask in the last 90 days (cap 1)
> engagements/2026-10.yaml:26:3: error: ask breaks the rule of rest 'resting' without an override: resting after the reference-call of 2026-10-01 (60 days)
> engagements/2026-11.yaml:16:3: error: ask breaks the rule of rest 'blackout' without an override: unavailable 2026-11-15 to 2026-12-06 (Year-end close)
> engagements/2026-12.yaml:6:3: error: ask breaks the rule of rest 'min-gap' without an override: asked 2026-12-10 (webinar); 14 days between asks
! 5 errors, 0 warnings
? 1
$ advo --today 2026-11-20 check --format json | grep -c '"code": "rest-rule"'
> 5
