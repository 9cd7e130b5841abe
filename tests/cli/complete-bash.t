# Tab completion in bash (with bash-completion): the line is typed, TAB
# pressed, and COMPREPLY is what bash offers. Words after = and : are
# offered without what bash already has on the line.
$ fixture gitshell
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo '
> advocates
> cache
> check
> edit
> engagement
> engagements
> export
> fmt
> forget
> help
> history
> import
> init
> log
> log-engagement
> match
> move
> nominate
> report
> request
> requests
> rest
> set
> show
> stage
> stories
> story
> today
> verify
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo sh'
> show
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo lo'
> log
> log-engagement
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo check --'
> --color
> --commit
> --dir
> --format
> --help
> --no-cache
> --quiet
> --since
> --strict
> --today
> --width
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo show --format '
> json
> yaml
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo log jane-doe-acme podcast --date f'
> friday
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo advocates --format=m'
> md
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo stage jane-doe-acme a'
> active
> alumni
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo log jane-doe-acme '
> case-study
> podcast
> reference-call
> thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo log jane-doe-acme p'
> podcast
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo show ja'
> jane-doe-acme
> jane-roe-globex
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo rest '
> check
> jane-doe-acme
> jane-roe-globex
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo rest check --type '
> case-study
> podcast
> reference-call
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo rest check jo'
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo advocates industry:'
> healthcare
> manufacturing
> retail
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo set jane-doe-acme segment=e'
> enterprise
# Folders as bash completes them, hidden ones too: advo's own .advo/ is
# there once any command has run.
$ mkdir -p .advo
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo -C '
> .advo
> advocates
> engagements
> requests
> stories
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo history 2026-11-0'
> 2026-11-02-umbrella-reference-call
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo log jane-doe-acme podcast --story '
> acme-cuts-reporting-time
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo help rest ch'
> check
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo --commit verify jane-r'
> jane-roe-globex
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-bash 'advo engagement cancel 2026-11-05-'
> 2026-11-05-jane-doe-acme-reference-call
