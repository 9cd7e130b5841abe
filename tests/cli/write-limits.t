# advo never writes a file it cannot read back: a record over 1 MiB or over
# the node limit of the reader is refused before anything is written, naming
# the field, and one value over 64 KiB is refused as it comes in.
$ fixture small
$ cp advocates/jane-doe-acme.yaml before.yaml
$ python3 -c 'print("x" * 120000, end="")' > big
# One value over 64 KiB: refused like any invalid value.
$ advo --today 2026-11-16 set jane-doe "notes=$(cat big)"
! advo: notes=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…: the value of notes is 120000 bytes, over the limit of 65536 bytes (64 KiB) for one value
! advo: nothing written (1 error)
? 2
$ cmp before.yaml advocates/jane-doe-acme.yaml
# Many values under the value limit that together pass the record limit:
# refused, naming the largest field.
$ python3 -c 'import string; [open("part-" + c, "w").write(c * 60000) for c in string.ascii_lowercase]'
$ advo --today 2026-11-16 set jane-doe "notes=$(cat part-a)" "title=$(cat part-b)" "phone=$(cat part-c)" "persona=$(cat part-d)" "region=$(cat part-e)" "account_owner=$(cat part-f)" "topics+=$(cat part-g)" "topics+=$(cat part-h)" "topics+=$(cat part-i)" "topics+=$(cat part-j)" "topics+=$(cat part-k)" "topics+=$(cat part-l)" "topics+=$(cat part-m)" "topics+=$(cat part-n)" "topics+=$(cat part-o)" "topics+=$(cat part-p)" "topics+=$(cat part-q)" "topics+=$(cat part-r)"
! advo: advocate jane-doe-acme would be 1081 KB, over the limit of 1 MiB for a record file advo can read back; its largest field is topics (720 KB): keep long text elsewhere and link it
? 4
$ cmp before.yaml advocates/jane-doe-acme.yaml
# Too many list items for the reader's node limit, each assignment short
# enough.
$ python3 -c 'print(",".join("t%d" % i for i in range(10000)), end="")' > many-1
$ python3 -c 'print(",".join("u%d" % i for i in range(10000)), end="")' > many-2
$ advo --today 2026-11-16 set jane-doe "tags+=$(cat many-1)" "tags+=$(cat many-2)"
! advo: advocate jane-doe-acme would hold 20052 YAML nodes, over the limit of 20000 for a record file advo can read back; tags holds 20002 of them
? 4
$ cmp before.yaml advocates/jane-doe-acme.yaml
$ advo --today 2026-11-16 check
# The program is still usable, and set still works.
$ advo --today 2026-11-16 set jane-doe title=CTO
! updated advocates/jane-doe-acme.yaml
# import: a cell over the value limit names its row.
$ python3 -c 'print("name,company,notes"); print("Big Cell,Corp," + "z" * 70000); print("Small,Corp,fine")' > big.csv
$ advo --today 2026-11-16 import csv big.csv --into advocates
! advo: big.csv: row 2, column C (notes): the value of notes is 70000 bytes, over the limit of 65536 bytes (64 KiB) for one value
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ ls advocates
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
# nominate too.
$ advo --today 2026-11-16 nominate "Long Notes" --company Corp --notes "$(cat big)"
! advo: --notes xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…: the value of notes is 120000 bytes, over the limit of 65536 bytes (64 KiB) for one value
! advo: nothing written (1 error)
? 2
$ ls advocates
> jane-doe-acme.yaml
> jane-roe-globex.yaml
> jose-muller-initech.yaml
# A note under the value limit goes into the month file, whose own limit
# (64 MiB) is checked the same way when it is written.
$ advo --today 2026-11-16 log jane-doe thank-you --note "$(cat part-a)"
> 2026-11-16-jane-doe-acme-thank-you
$ wc -c < engagements/2026-11.yaml
> 60441
$ advo --today 2026-11-16 check
