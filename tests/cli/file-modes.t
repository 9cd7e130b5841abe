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
