# advo import csv: every problem named by row and column, and nothing
# written while any row is invalid.
$ fixture import
# A bad date in row 37 of a 40-row survey.
$ advo --today 2026-11-16 import csv sheets/nps-survey.csv --into advocates
! advo: sheets/nps-survey.csv: row 37, column E (NPS Date): invalid date '2026-09-31' (expected YYYY-MM-DD)
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ ls advocates
> jane-doe-acme.yaml
> jose-muller-initech.yaml
$ advo --today 2026-11-16 import csv sheets/nps-survey.csv --into advocates --dry-run | tail -n 3
> row 40: create ivo-novak-novak-labs (Ivo Novak, Novak Labs)
> row 41: create jon-novak-novak-labs (Jon Novak, Novak Labs)
> created 39, updated 0, skipped 0, invalid 1
! advo: sheets/nps-survey.csv: row 37, column E (NPS Date): invalid date '2026-09-31' (expected YYYY-MM-DD)
! advo: 1 row is invalid: the import would write nothing (fix it, or add --skip-invalid to import the other rows)
# --skip-invalid writes the other rows and names the one left out.
$ advo --today 2026-11-16 import csv sheets/nps-survey.csv --into advocates --skip-invalid | tail -n 2
> row 41: create jon-novak-novak-labs (Jon Novak, Novak Labs)
> created 39, updated 0, skipped 0, invalid 1
! advo: sheets/nps-survey.csv: row 37, column E (NPS Date): invalid date '2026-09-31' (expected YYYY-MM-DD)
$ ls advocates | tee ../advocates-after-import
> ada-novak-novak-labs.yaml
> ada-okafor-okafor-labs.yaml
> ada-park-park-labs.yaml
> ada-reyes-reyes-labs.yaml
> ben-novak-novak-labs.yaml
> ben-okafor-okafor-labs.yaml
> ben-park-park-labs.yaml
> ben-reyes-reyes-labs.yaml
> cleo-novak-novak-labs.yaml
> cleo-okafor-okafor-labs.yaml
> cleo-park-park-labs.yaml
> cleo-reyes-reyes-labs.yaml
> dev-novak-novak-labs.yaml
> dev-okafor-okafor-labs.yaml
> dev-park-park-labs.yaml
> dev-reyes-reyes-labs.yaml
> eli-novak-novak-labs.yaml
> eli-okafor-okafor-labs.yaml
> eli-park-park-labs.yaml
> eli-reyes-reyes-labs.yaml
> fay-okafor-okafor-labs.yaml
> fay-park-park-labs.yaml
> fay-reyes-reyes-labs.yaml
> gus-novak-novak-labs.yaml
> gus-okafor-okafor-labs.yaml
> gus-park-park-labs.yaml
> gus-reyes-reyes-labs.yaml
> hana-novak-novak-labs.yaml
> hana-okafor-okafor-labs.yaml
> hana-park-park-labs.yaml
> hana-reyes-reyes-labs.yaml
> ivo-novak-novak-labs.yaml
> ivo-okafor-okafor-labs.yaml
> ivo-park-park-labs.yaml
> ivo-reyes-reyes-labs.yaml
> jane-doe-acme.yaml
> jon-novak-novak-labs.yaml
> jon-okafor-okafor-labs.yaml
> jon-park-park-labs.yaml
> jon-reyes-reyes-labs.yaml
> jose-muller-initech.yaml
$ ls advocates/fay-novak-novak-labs.yaml
! ls: cannot access 'advocates/fay-novak-novak-labs.yaml': No such file or directory
? 2
# Rows with too few or too many cells.
$ advo --today 2026-11-16 import csv sheets/ragged.csv --into advocates
! advo: sheets/ragged.csv: row 4: the row has 1 cell but the header has 3 (a missing or extra delimiter, or a line break outside quotes?)
! advo: sheets/ragged.csv: row 5: the row has 4 cells but the header has 3 (a missing or extra delimiter, or a line break outside quotes?)
! advo: nothing written: 2 rows are invalid (fix them, or import the other rows with --skip-invalid)
? 3
# Stories and requests are checked as 'advo check' would.
$ advo --today 2026-11-16 import csv sheets/stories.csv --into stories
! advo: sheets/stories.csv: row 4, column D (Advocates): no advocate 'nobody-here'
! advo: sheets/stories.csv: row 4, column H (Link): invalid URL 'ftp://example.com/x' (expected http:// or https://)
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ advo --today 2026-11-16 import csv sheets/requests.csv --into requests
! advo: sheets/requests.csv: row 5, column A (Request Type): unknown activity type 'reference call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you, webinar
! advo: sheets/requests.csv: row 5, column G (Amount): amount must be a number, not '1,200,000'
! advo: sheets/requests.csv: row 5, column H (Currency): invalid currency 'usd' (expected a code like USD or EUR)
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ ls stories requests
> requests:
> 2026-11-02-umbrella-reference-call.yaml
>
> stories:
> acme-cuts-reporting-time.yaml
# Files that are not UTF-8 CSV, and sheets without a header row.
$ advo --today 2026-11-16 import csv sheets/latin1.csv --into advocates
! advo: sheets/latin1.csv: row 2, column A (Name): not UTF-8 text (save the sheet as "CSV UTF-8")
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ printf 'Name,Company\nAna,Acme\nBo\0b,Globex\n' > sheets/nul.csv
$ advo --today 2026-11-16 import csv sheets/nul.csv --into advocates
! advo: sheets/nul.csv: row 3, column A (Name): a NUL byte (\0) at byte 3 of the cell: cells hold text, never NUL bytes (is the file a spreadsheet's binary format?)
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ advo --today 2026-11-16 import csv sheets/utf16.csv --into advocates
! advo: sheets/utf16.csv: the file is UTF-16 text; save the sheet as "CSV UTF-8"
? 3
$ advo --today 2026-11-16 import csv sheets/empty.csv --into advocates
! advo: sheets/empty.csv: the file is empty: a header row naming the columns is required
? 3
$ advo --today 2026-11-16 import csv sheets/no-header.csv --into advocates
! advo: sheets/no-header.csv: no heading of row 1 names a field of advocates (Jane Roe, Acme, jane.roe@acme.example): is the header row missing? (map columns with --map COLUMN=FIELD)
? 3
$ advo --today 2026-11-16 import csv missing.csv --into advocates
! advo: missing.csv: cannot read: No such file or directory
? 3
# Mistakes on the command line.
$ advo --today 2026-11-16 import csv sheets/partners.csv --into engagements
! advo: import: unknown record kind 'engagements'; known: advocates, stories, requests
! Run 'advo import --help' for its options.
? 2
$ advo --today 2026-11-16 import csv sheets/partners.csv
! advo: import: --into is required
! Run 'advo import --help' for its options.
? 2
$ advo --today 2026-11-16 import sheets/partners.csv --into advocates
! advo: import: unknown sub-command 'sheets/partners.csv'; import takes csv
! Run 'advo import --help' for its options.
? 2
$ advo --today 2026-11-16 import
! advo: import needs a format: advo import csv FILE --into KIND
? 2
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --map Name
! advo: --map takes COLUMN=FIELD (or COLUMN= to ignore a column), not 'Name'
? 2
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --map Nickname=name
! advo: --map Nickname=name: no column 'Nickname' in the sheet
? 2
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --map Name=nickname
! advo: --map Name=nickname: unknown field 'nickname' for advocates
? 2
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --map Name=company
! column B (Company) is ignored: company is filled from column A (Name)
! (--map COLUMN=FIELD fills a field from a column; --unmapped=notes keeps such columns in notes)
! advo: sheets/partners.csv: row 2: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/partners.csv: row 3: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/partners.csv: row 4: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: nothing written: 3 rows are invalid (fix them, or import the other rows with --skip-invalid)
? 3
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --unmapped=keep
! advo: import: unknown --unmapped choice 'keep'; known: ignore, notes
! Run 'advo import --help' for its options.
? 2
# Mapping files with mistakes: every one is named at its line and column.
$ printf 'delimiter = "x"\nunmaped = "notes"\n[columns]\nName = 3\n' > bad.toml
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --mapping bad.toml
! advo: bad.toml:1:13: delimiter must be one of "," ";" "|" ":" or "tab"
! advo: bad.toml:2:1: unknown key 'unmaped' in the mapping file (did you mean 'unmapped'?)
! advo: bad.toml:4:8: the field of column 'Name' must be text ("" ignores the column)
! advo: the mapping file has 3 errors; nothing imported
? 3
$ printf '[columns\n' > broken.toml
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --mapping broken.toml
! advo: broken.toml:1:9: Error while parsing table header: expected ']', saw '\n'
! advo: the mapping file has 1 error; nothing imported
? 3
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --mapping missing.toml
! advo: missing.toml: cannot read: No such file or directory
? 3
# A heading or field the sheet or the schema does not have is named with
# the line of the mapping file that gives it.
$ printf '[columns]\nName = "name"\nSegment = "tier"\n' > fields.toml
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --mapping fields.toml
! advo: fields.toml:3: unknown field 'tier' for advocates
? 2
# None of the failed imports since the one above wrote an advocate.
$ ls advocates | diff ../advocates-after-import -
