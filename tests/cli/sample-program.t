# The sample program in examples/acme is valid and canonical.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 check --strict
$ advo fmt --check
$ ls advocates | wc -l
> 48
$ cat engagements/*.yaml | grep -c '^- id:'
> 308
