# advo init creates a program that checks clean, and refuses to overwrite one.
$ advo init acme --name "Acme Advocacy"
! advo: new program 'Acme Advocacy' in acme
$ ls -A acme
> .gitattributes
> .gitignore
> advo.toml
> advocates
> engagements
> requests
> stories
$ cat acme/.gitattributes acme/.gitignore
> engagements/*.yaml merge=advo
> .advo/
$ grep -A3 '^\[program\]' acme/advo.toml
> [program]
> name = "Acme Advocacy"
> currency = "USD"           # the currency reports sum amounts in
> fulfil_sla_days = 5        # a request should be fulfilled within this many days
$ advo -C acme check
$ advo init acme
! advo: acme already holds a program (advo.toml); nothing written
? 4
$ echo '.cache/' > .gitignore
$ advo init
! advo: new program 'run' in .
$ cat .gitignore
> .cache/
> .advo/
