# Tab completion in fish (`complete -C`): candidates in fish's order, with
# the descriptions fish shows after a tab.
$ fixture gitshell
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo '
> advocates	List the advocates a query selects
> cache	Manage the cache of parsed files in .advo/
> check	Validate every file and report every problem
> edit	Edit any record in $VISUAL or $EDITOR, validated before it is saved
> engagement	Correct a logged engagement: engagement done|cancel|delete|set
> engagements	List the engagements a query selects
> export	Export advocates, stories, requests or engagements as CSV or JSON
> fmt	Rewrite files in canonical form
> forget	Erase a person's personal data everywhere (privacy requests), keeping counts
> help	Show the manual page of a command, or list the commands
> history	The changes of one record, from git log
> import	Import the rows of a CSV file as advocates, stories or requests
> init	Create a new program in DIR
> log	Record an engagement
> log-engagement	Record an engagement
> match	Rank the advocates to ask for a request, and assign them
> move	A job change: a new record at the new company, the old one alumni, linked
> nominate	Nominate a new advocate
> report	The program's value for a period: health, requests, revenue, coverage…
> request	Create, change or close a request for an advocate: request new|set|close
> requests	List the requests a query selects
> rest	Who is unavailable and until when
> set	Change fields of an advocate: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE
> show	Show one record by id or unique id prefix
> stage	Move an advocate to another stage of the pipeline
> stories	List the stories a query selects
> story	Add a story, change its fields, or move it through its workflow
> today	What needs doing today, each with the command that deals with it
> verify	Record that an advocate's profile was confirmed current today
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo sh'
> show	Show one record by id or unique id prefix
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo lo'
> log	Record an engagement
> log-engagement	Record an engagement
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo check --'
> --color	Colour output: auto, always or never
> --commit	Commit the files a writing command changes
> --dir	Use the program in DIR
> --format	Output format: table|json
> --help	Print this help message and exit
> --no-cache	Read every file
> --quiet	Print no messages, only data and errors
> --since	Count only warnings that git revision REV did not have
> --strict	Count warnings as errors
> --today	Take DATE as today
> --width	Fit tables and text to N columns
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo show --format '
> json
> yaml
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo advocates --format=m'
> --format=md
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo stage jane-doe-acme a'
> active
> alumni
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo log jane-doe-acme '
> case-study
> podcast
> reference-call
> thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo log jane-doe-acme p'
> podcast
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo show ja'
> jane-doe-acme
> jane-roe-globex
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo rest '
> check	Exit 0 when the advocate is available for the type, 1 when not
> jane-doe-acme
> jane-roe-globex
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo rest check --type '
> case-study
> podcast
> reference-call
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo rest check jo'
> jose-muller-initech
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo advocates industry:'
> industry:healthcare
> industry:manufacturing
> industry:retail
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo set jane-doe-acme segment=e'
> segment=enterprise
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo -C '
> advocates/	Directory
> engagements/	Directory
> requests/	Directory
> stories/	Directory
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo history 2026-11-0'
> 2026-11-02-umbrella-reference-call
> 2026-11-05-jane-doe-acme-reference-call
> 2026-11-06-jane-doe-acme-thank-you
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo log jane-doe-acme podcast --story '
> acme-cuts-reporting-time
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo help rest ch'
> check
$ "$ADVO_SOURCE_DIR"/tests/completion/complete-fish 'advo --commit verify jane-r'
> jane-roe-globex
