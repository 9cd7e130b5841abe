# advo engagement delete ID [--force]: removes an entry logged by mistake.
# Fixture `rest`.
$ fixture rest
$ advo --today 2026-11-20 log ada thank-you
> 2026-11-20-ada-lovelace-analytical-thank-you
$ advo --today 2026-11-20 engagement delete 2026-11-20-ada
! deleted 2026-11-20-ada-lovelace-analytical-thank-you from engagements/2026-11.yaml
$ advo --today 2026-11-20 engagements advocate:ada
> ID                                                 OUTCOME
> 2026-11-02-ada-lovelace-analytical-reference-call  completed
> 2026-11-10-ada-lovelace-analytical-thank-you       completed
> 2026-11-15-ada-lovelace-analytical-webinar         cancelled
! 3 engagements
# A month file left without entries goes.
$ advo --today 2026-11-20 engagement delete 2026-09-01
! deleted 2026-09-01-bob-brown-beta-reference-call from engagements/2026-09.yaml
$ ls engagements
> 2026-11.yaml
> 2026-12.yaml
# An entry answering a request or concerning a story is refused (exit 4)
# unless --force.
$ advo --today 2026-11-20 log hal thank-you --story theta
> 2026-11-20-hal-hill-theta-thank-you
$ advo --today 2026-11-20 engagement delete 2026-11-20-hal
! advo: 2026-11-20-hal-hill-theta-thank-you is linked to story theta-halves-month-end; nothing written; to cancel it instead, run: advo engagement cancel 2026-11-20-hal-hill-theta-thank-you; to delete it anyway, add --force
? 4
$ advo --today 2026-11-20 engagement delete 2026-11-20-hal --force
! deleted 2026-11-20-hal-hill-theta-thank-you from engagements/2026-11.yaml
$ advo --today 2026-11-20 engagements advocate:hal
! no engagements match
$ advo --today 2026-11-20 engagement delete 2026-11-20-hal
! advo: no engagement '2026-11-20-hal'
? 2
$ advo --today 2026-11-20 engagement delete
! advo: engagement: ID is required
! Run 'advo engagement --help' for its options.
? 2
