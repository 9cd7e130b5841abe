# Broken and hostile record files: each one an error naming the file (exit
# 3 for commands that load the program), and every other file still checked.
$ fixture small
$ printf 'id: nul-byte\nname: N\x00\ncompany: C\nstage: active\n' > advocates/nul-byte.yaml
$ printf 'id: latin\nname: Jos\xe9\ncompany: C\nstage: active\n' > advocates/latin.yaml
$ printf 'id: tabbed\nname: T\ncompany: C\nstage: active\nnps:\n\tscore: 9\n' > advocates/tabbed.yaml
$ printf '\n\n' > advocates/blank.yaml
$ printf '\xef\xbb\xbfid: bom\nname: Bom\ncompany: C\nstage: active\n' > advocates/bom.yaml
$ printf 'id: crlf\r\nname: Crlf\r\ncompany: C\r\nstage: active\r\n' > advocates/crlf.yaml
$ : > advocates/empty.yaml
$ mkdir advocates/folder.yaml
$ mkfifo advocates/pipe.yaml
$ ln -s /etc/hostname advocates/outside.yaml
$ ln -s jane-doe-acme.yaml advocates/inside.yaml
$ printf 'title: %s%s\n' "$(printf '[%.0s' $(seq 1 200))" "$(printf ']%.0s' $(seq 1 200))" > stories/deep.yaml
$ printf 'notes: %s\n' "$(head -c 1100000 /dev/zero | tr '\0' 'a')" > stories/huge.yaml
$ { p=a; echo 'a: &a [x, x, x, x, x, x, x, x, x, x]'; for i in b c d e f g h; do printf '%s: &%s [%s*%s]\n' $i $i "$(printf "*$p, %.0s" 1 2 3 4 5 6 7 8 9)" $p; p=$i; done; } > requests/laughs.yaml
$ { echo 'tags:'; for i in $(seq 1 25000); do echo "  - t$i"; done; } > requests/many-nodes.yaml
$ advo check
> advocates/blank.yaml: error: empty file
> advocates/bom.yaml: warning: file starts with a byte-order mark ('advo fmt' removes it)
> advocates/crlf.yaml: warning: file has CR (Windows) line endings ('advo fmt' writes LF)
> advocates/empty.yaml: error: empty file
> advocates/folder.yaml: error: is a folder, not a file
> advocates/inside.yaml:1:5: error: id 'jane-doe-acme' does not match the file name 'inside.yaml'
> advocates/jane-doe-acme.yaml:1:5: error: duplicate id 'jane-doe-acme' (also in advocates/inside.yaml)
> advocates/jane-doe-acme.yaml:5:8: error: e-mail jane@acme.example is also the e-mail of advocate 'jane-doe-acme'
> advocates/latin.yaml: error: file is not valid UTF-8
> advocates/nul-byte.yaml:2: error: file contains NUL bytes
> advocates/outside.yaml: error: symbolic link points outside the program; refused
> advocates/pipe.yaml: error: is not a regular file
> advocates/tabbed.yaml:6:7: error: YAML syntax: illegal map value
> requests/laughs.yaml:5:8: error: aliases expand past the limit of 20000 nodes
> requests/many-nodes.yaml:19999:5: error: more than 20000 YAML nodes in one file
> stories/deep.yaml:1:23: error: nesting deeper than 16 levels
> stories/huge.yaml: error: file is larger than the limit of 1048576 bytes
! 15 errors, 2 warnings
? 1
$ advo show jane-doe
! advo: advocates/blank.yaml: empty file
! advo: advocates/empty.yaml: empty file
! advo: advocates/folder.yaml: is a folder, not a file
! advo: advocates/latin.yaml: file is not valid UTF-8
! advo: advocates/nul-byte.yaml:2: file contains NUL bytes
! advo: advocates/outside.yaml: symbolic link points outside the program; refused
! advo: advocates/pipe.yaml: is not a regular file
! advo: advocates/tabbed.yaml:6:7: YAML syntax: illegal map value
! advo: requests/laughs.yaml:5:8: aliases expand past the limit of 20000 nodes
! advo: requests/many-nodes.yaml:19999:5: more than 20000 YAML nodes in one file
! advo: stories/deep.yaml:1:23: nesting deeper than 16 levels
! advo: stories/huge.yaml: file is larger than the limit of 1048576 bytes
! advo: the program has 12 errors (see 'advo check')
? 3
# A byte-order mark and CR line endings are readable: warnings, and 'advo
# fmt' writes the canonical form.
$ rm -r advocates/nul-byte.yaml advocates/latin.yaml advocates/tabbed.yaml advocates/blank.yaml advocates/empty.yaml advocates/folder.yaml advocates/pipe.yaml advocates/outside.yaml advocates/inside.yaml stories/deep.yaml stories/huge.yaml requests/laughs.yaml requests/many-nodes.yaml
$ advo --today 2026-11-16 show crlf
> id: crlf
> name: Crlf
> company: C
> stage: active
> # activity as of 2026-11-16, from the engagement log:
> # last ask: none
> # asks in the last 90 days: 0
> # asks in the last 365 days: 0 (effort 0)
> # gives in the last 365 days: 0 (effort 0)
> # next available: no ask type in activities
$ advo fmt
> advocates/bom.yaml
> advocates/crlf.yaml
! formatted 2 files
$ advo check --strict
