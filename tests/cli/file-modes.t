# A rewrite keeps the file's mode; a new file gets 0666 less the umask.
# A symbolic link inside the program, as a record file or as a record
# folder, is neither written through nor replaced: the write is refused.
$ fixture small
$ chmod 600 advocates/jane-doe-acme.yaml && chmod 664 engagements/2026-11.yaml
$ advo --today 2026-11-16 set jane-doe-acme title=CTO
! updated advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 log jane-doe-acme thank-you --date 2026-11-12
> 2026-11-12-jane-doe-acme-thank-you
$ stat -c '%a %n' advocates/jane-doe-acme.yaml engagements/2026-11.yaml
> 600 advocates/jane-doe-acme.yaml
> 664 engagements/2026-11.yaml
$ umask 002 && advo --today 2026-11-16 log jane-doe-acme thank-you --date 2026-09-01
> 2026-09-01-jane-doe-acme-thank-you
$ umask 077 && advo --today 2026-11-16 log jane-doe-acme thank-you --date 2026-08-03
> 2026-08-03-jane-doe-acme-thank-you
$ stat -c '%a %n' engagements/2026-09.yaml engagements/2026-08.yaml
> 664 engagements/2026-09.yaml
> 600 engagements/2026-08.yaml
$ mkdir keep && mv advocates/jane-roe-globex.yaml keep/ && ln -s ../keep/jane-roe-globex.yaml advocates/jane-roe-globex.yaml
$ advo --today 2026-11-16 set jane-roe-globex country=CA
! advo: advocates/jane-roe-globex.yaml: is a symbolic link; advo writes no file through a link; refused
? 4
$ test -L advocates/jane-roe-globex.yaml && grep '^country' keep/jane-roe-globex.yaml
> country: US
$ mv engagements keep/engagements && ln -s keep/engagements engagements
$ advo --today 2026-11-16 log jane-doe-acme thank-you --date 2026-11-13
! advo: engagements/2026-11.yaml: the folder engagements is a symbolic link; advo writes no program file through a link; refused
? 4
$ test -L engagements && grep -c '^- id' keep/engagements/2026-11.yaml
> 3
# import writes its records as every command writes a file: through a
# record folder that is a link, nothing, whether it creates a record or
# updates one.
$ rm advocates/jane-roe-globex.yaml && mv advocates keep/advocates && ln -s keep/advocates advocates && printf 'Name,Company,Email\nAnn Lee,Hooli,ann@hooli.example\n' > new.csv
$ advo --today 2026-11-16 import csv new.csv --into advocates
> row 2: create ann-lee-hooli (Ann Lee, Hooli)
> created 1, updated 0, skipped 0, invalid 0
! advo: advocates/ann-lee-hooli.yaml: the folder advocates is a symbolic link; advo writes no program file through a link; refused
? 4
$ ls keep/advocates
> jane-doe-acme.yaml
> jose-muller-initech.yaml
$ printf 'Name,Company,Email,Title\nJane Doe,Acme,jane@acme.example,CFO\n' > update.csv
$ advo --today 2026-11-16 import csv update.csv --into advocates --update
> row 2: update jane-doe-acme: title
> created 0, updated 1, skipped 0, invalid 0
! advo: advocates/jane-doe-acme.yaml: the folder advocates is a symbolic link; advo writes no program file through a link; refused
? 4
$ grep '^title' keep/advocates/jane-doe-acme.yaml
> title: CTO
