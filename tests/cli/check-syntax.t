# A YAML syntax error names the file, line and column, and changes nothing.
$ fixture small
$ printf 'id: jane-roe-globex\nname: Jane Roe\ncompany: [Globex\nstage: active\n' > advocates/jane-roe-globex.yaml
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 check
> advocates/jane-roe-globex.yaml:4:6: error: YAML syntax: end of sequence flow not found
! 1 error, 0 warnings
? 1
$ advo show jane-doe
! advo: advocates/jane-roe-globex.yaml:4:6: YAML syntax: end of sequence flow not found
! advo: the program has 1 error (see 'advo check')
? 3
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
