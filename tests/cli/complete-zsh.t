# Tab completion in zsh (compinit and completions/_advo): the line is typed
# on a terminal, TAB pressed, and every match zsh adds is listed, whole
# words as zsh shows them.
$ fixture gitshell
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo '
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
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo sh'
> show
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo lo'
> log
> log-engagement
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo check --'
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
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo show --format '
> json
> yaml
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo advocates --format=m'
> --format=md
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo stage jane-doe-acme a'
> active
> alumni
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo log jane-doe-acme '
> case-study
> podcast
> reference-call
> thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo log jane-doe-acme p'
> podcast
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo show ja'
> jane-doe-acme
> jane-roe-globex
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo rest '
> check
> jane-doe-acme
> jane-roe-globex
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo rest check --type '
> case-study
> podcast
> reference-call
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo rest check jo'
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo advocates industry:'
> industry:healthcare
> industry:manufacturing
> industry:retail
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo set jane-doe-acme segment=e'
> segment=enterprise
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo -C '
> advocates
> engagements
> requests
> stories
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo history 2026-11-0'
> 2026-11-02-umbrella-reference-call
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo log jane-doe-acme podcast --story '
> acme-cuts-reporting-time
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo help rest ch'
> check
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-zsh 'advo --commit verify jane-r'
> jane-roe-globex
