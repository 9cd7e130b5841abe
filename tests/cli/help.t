# advo help: the list of commands, a command's manual page through man
# (aliases and sub-commands name their command's page), the pages of the
# files and settings; --help stays short.
$ advo help
> Commands:
>   init            Create a new program in DIR (default: here)
>   nominate        Nominate a new advocate (stage nominated)
>   advocates       List the advocates a query selects
>   show            Show one record by id or unique id prefix
>   set             Change fields of an advocate: FIELD=VALUE, LIST+=VALUE, LIST-=VALUE
>   edit            Edit any record in $VISUAL or $EDITOR, validated before it is saved
>   stage           Move an advocate to another stage of the pipeline
>   verify          Record that an advocate's profile was confirmed current today
>   stories         List the stories a query selects; --for REQUEST ranks the usable ones
>   story           Add a story, change its fields, or move it through its workflow
>   request         Create, change or close a request for an advocate: request new|set|close
>   requests        List the requests a query selects (also overdue:true, due:3d)
>   match           Rank the advocates to ask for a request, and assign them
>   check           Validate every file and report every problem
>   fmt             Rewrite files in canonical form (--check: only list them)
>   log-engagement  Record an engagement; refuses an ask against the rules of rest (alias: log)
>   engagements     List the engagements a query selects (also by:WHO, past-scheduled:true)
>   engagement      Correct a logged engagement: engagement done|cancel|delete|set
>   rest            Who is unavailable and until when; 'rest check' for scripts
>   report          The program's value for a period: health, requests, revenue, coverage…
>   today           What needs doing today, each with the command that deals with it
>   import          Import the rows of a CSV file as advocates, stories or requests
>   export          Export advocates, stories, requests or engagements as CSV or JSON
>   history         The changes of one record, from git log
>   help            Show the manual page of a command, or list the commands
>   move            A job change: a new record at the new company, the old one alumni, linked
>   forget          Erase a person's personal data everywhere (privacy requests), keeping counts
>   cache           Manage the cache of parsed files in .advo/ (cache clear)
>
> Run 'advo help COMMAND' for a command's manual page, 'advo COMMAND --help' for its options;
> 'advo help files' for the record files, 'advo help advo.toml' for the settings.
$ advo help log | head -4
> ADVO-LOG-ENGAGEMENT(1)            advo manual           ADVO-LOG-ENGAGEMENT(1)
>
> NAME
>        advo-log-engagement,  advo-log  -  record  an engagement, enforcing the
$ advo help rest check | head -4
> ADVO-REST(1)                      advo manual                     ADVO-REST(1)
>
> NAME
>        advo-rest - who is unavailable for asks, why, and until when
$ advo help files | head -4
> ADVO-FILES(5)                     advo manual                    ADVO-FILES(5)
>
> NAME
>        advo-files - the record files of an advo program, and its rules
# A page by the name man knows it by.
$ advo help advo-files | head -4
> ADVO-FILES(5)                     advo manual                    ADVO-FILES(5)
>
> NAME
>        advo-files - the record files of an advo program, and its rules
$ advo help advo-rest check | head -4
> ADVO-REST(1)                      advo manual                     ADVO-REST(1)
>
> NAME
>        advo-rest - who is unavailable for asks, why, and until when
$ advo help advo.toml | head -4
> ADVO.TOML(5)                      advo manual                     ADVO.TOML(5)
>
> NAME
>        advo.toml - settings of an advo program
$ advo help advo | head -4
> ADVO(1)                           advo manual                          ADVO(1)
>
> NAME
>        advo - customer advocacy records in git
$ advo help lgo
! advo: no command or manual page 'lgo' (did you mean 'log'?)
? 2
$ advo help rest chek
! advo: 'rest' has no sub-command 'chek'
? 2
$ advo check --help
> Validate every file and report every problem
> Usage: advo check [OPTIONS]
>
> Options:
>   -h,--help                   Print this help message and exit
>   --strict                    Count warnings as errors
>   --since REV                 Count only warnings that git revision REV did not have
>   --format FORMAT             Output format: table|json (default table)
>
> Run 'advo COMMAND --help' for a command's options, 'man advo' for the manual.
# Without man, a command's --help, and for a topic an error.
$ advo=$(command -v advo) && PATH=/nonexistent "$advo" help verify
> Record that an advocate's profile was confirmed current today
> Usage: verify [OPTIONS] ID...
>
> Positionals:
>   ID TEXT ... REQUIRED        Ids or unique id prefixes of the advocates
>
> Options:
>   -h,--help                   Print this help message and exit
>
> Run 'advo COMMAND --help' for a command's options, 'man advo' for the manual.
! man is not installed; the command's --help:
$ advo=$(command -v advo) && PATH=/nonexistent "$advo" help files 2> err; echo "exit $?"; sed "s|$ADVO_SOURCE_DIR|SOURCES|" err
> exit 3
> advo: man is not installed; the page is SOURCES/man/advo-files.5

