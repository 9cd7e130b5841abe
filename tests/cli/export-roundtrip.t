# Export then import into an empty program gives identical records, even
# with separators, quotes, backslashes and formula-like text in the cells.
$ fixture import-roundtrip
$ advo --today 2026-11-16 export advocates -o advocates.csv
! wrote 2 advocates to advocates.csv
$ advo --today 2026-11-16 export stories -o stories.csv
! wrote 1 story to stories.csv
$ advo --today 2026-11-16 export requests --excel -o requests.csv
! wrote 1 request to requests.csv
$ mkdir empty && cp advo.toml empty/
$ advo --today 2026-11-20 -C empty import csv advocates.csv --into advocates
> row 2: create ana-silva-northwind (+Ana Silva, -Northwind)
> row 3: create marta-gomez-andes-manufacturing (Marta Gómez, Andes Manufacturing; S.A.)
> created 2, updated 0, skipped 0, invalid 0
$ advo --today 2026-11-20 -C empty import csv stories.csv --into stories
> row 2: create andes-cuts-close-time (Andes cuts close time: "from 9 days to 4")
> created 1, updated 0, skipped 0, invalid 0
$ advo --today 2026-11-20 -C empty import csv requests.csv --into requests
> row 2: create 2026-11-02-umbrella-reference-call (reference-call for Umbrella, Inc.)
> created 1, updated 0, skipped 0, invalid 0
$ diff -r advocates empty/advocates && diff -r stories empty/stories && diff -r requests empty/requests && echo identical
> identical
$ advo --today 2026-11-20 -C empty check --strict
# Importing the export again finds every record already there, unchanged.
$ advo --today 2026-11-20 -C empty import csv advocates.csv --into advocates --update
> row 2: skip ana-silva-northwind: nothing to change
> row 3: skip marta-gomez-andes-manufacturing: nothing to change
> created 0, updated 0, skipped 2, invalid 0
# The records a sheet of injected formulas creates are exported neutralised.
$ mkdir injected && cd injected && fixture import
$ advo --today 2026-11-16 -C injected -q import csv injected/sheets/injection.csv --into advocates
> row 2: create hyperlink-http-evil-example-steal-click-me-evil-corp (=HYPERLINK("http://evil.example/steal","Click me"), Evil Corp)
> row 3: create sum-a1-a9-globex (@SUM(A1:A9), Globex)
> row 4: create plus-person-hooli (+Plus Person, Hooli)
> created 3, updated 0, skipped 0, invalid 0
$ advo --today 2026-11-16 -C injected export advocates --fields name,company,notes
> name,company,notes
> "'=HYPERLINK(""http://evil.example/steal"",""Click me"")",Evil Corp,'+1 call me
> Jane Doe,Acme,
> José Müller,Initech,
> '+Plus Person,Hooli,"'=cmd|""/c calc""!A1"
> '@SUM(A1:A9),Globex,'-2+3
