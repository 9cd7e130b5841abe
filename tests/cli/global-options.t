# Finding the program, global options before or after the command, exit codes.
$ fixture small
$ advo --version
> advo 0.1.0
$ mkdir -p deep/er && cd deep/er && advo show jose-muller --format json | head -3
> {
>   "id": "jose-muller-initech",
>   "name": "José Müller",
$ cd / && advo -C "$OLDPWD" show jose-m --format json | head -2
> {
>   "id": "jose-muller-initech",
$ cd / && ADVO_DIR="$OLDPWD" advo show jose-m --format json | head -2
> {
>   "id": "jose-muller-initech",
$ advo show jose-m --format json --today 2026-11-20 -q | head -2
> {
>   "id": "jose-muller-initech",
$ cd / && advo check
! advo: no advo program here: no advo.toml in the current folder or any folder above it (create one with 'advo init', or point at one with -C DIR)
? 3
$ advo --today 2026-13-01 check
! advo: --today: invalid date '2026-13-01' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ ADVO_TODAY=someday advo check
! advo: ADVO_TODAY: invalid date 'someday' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo frobnicate
! advo: unknown command 'frobnicate'
! Run 'advo --help' for the list of commands.
? 2
$ advo
! advo: a command is required
! Run 'advo --help' for the list of commands.
? 2
$ advo check --format xml
! advo: check: unknown format 'xml'; known: table, json
! Run 'advo check --help' for its options.
? 2
$ advo -C /nonexistent check
! advo: -C /nonexistent: no such folder
? 2
# Every way of giving the global options before the command: the command
# still gets all its options.
$ cd / && advo -C"$OLDPWD" --today=2026-11-20 --color=never -q --no-cache show jose-m --format json | head -2
> {
>   "id": "jose-muller-initech",
$ cd / && advo --dir="$OLDPWD" --today 2026-11-20 --color never --quiet advocates --format csv stage:active | cut -d, -f1 | head -2
> id
> jane-doe-acme
$ advo -qC . check --format json | head -1
> {
$ advo --help advocates | head -2
> List the advocates a query selects
> Usage: advo advocates [OPTIONS] [QUERY...]
$ advo advocates --help | head -1
> List the advocates a query selects
# --width fits tables to N columns, piped too; 0 cuts nothing; anything
# else is a usage error.
$ advo --today 2026-11-20 --width 40 advocates stage:active -q | head -2
> ID               STAGE   INDUSTRY  REGION
> jane-doe-acme    active  healthc…  emea
$ advo --today 2026-11-20 --width 0 advocates stage:active -q | head -2
> ID               NAME      COMPANY  STAGE   INDUSTRY    REGION
> jane-doe-acme    Jane Doe  Acme     active  healthcare  emea
$ advo --width 5 advocates
! advo: --width must be a number of columns from 20 to 1000 (0: no limit), not '5'
? 2
$ advo --width=wide advocates
! advo: --width must be a number of columns from 20 to 1000 (0: no limit), not 'wide'
? 2
