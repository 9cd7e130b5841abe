# -o FILE picks the format from the file's extension (.html, .json, .csv,
# .md, .txt in any case) unless --format says otherwise; a --format that
# the extension contradicts is a usage error; any other extension keeps
# the default. For report and export alike.
$ fixture report
$ advo --today 2026-11-16 report --period 2026-Q3 -o q3.html
! wrote q3.html (html report for 2026-Q3)
$ head -c 15 q3.html
> <!DOCTYPE html>
% no newline
$ advo --today 2026-11-16 report coverage --period 2026-Q3 -o out/coverage.CSV && cat out/coverage.CSV
> period_from,period_to,field,value,target,active,available,gap
> 2026-07-01,2026-09-30,industry,healthcare,2,2,0,0
> 2026-07-01,2026-09-30,region,emea,3,4,1,0
> 2026-07-01,2026-09-30,products,analytics,5,4,1,1
! wrote out/coverage.CSV (csv report for 2026-Q3)
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.json
! wrote health.json (json report for 2026-Q3)
$ head -c 1 health.json
> {
% no newline
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.md
! wrote health.md (md report for 2026-Q3)
$ head -n 1 health.md
> # Fixture Advocacy: report for 2026-Q3 (2026-07-01 to 2026-09-30)
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.txt
! wrote health.txt (table report for 2026-Q3)
$ head -n 1 health.txt
> Fixture Advocacy: report for 2026-Q3 (2026-07-01 to 2026-09-30)
# An unknown extension keeps the default; --format agrees or wins.
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.report
! wrote health.report (table report for 2026-Q3)
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.report --format md
! wrote health.report (md report for 2026-Q3)
$ advo --today 2026-11-16 report health --period 2026-Q3 -o health.json --format json
! wrote health.json (json report for 2026-Q3)
# A clash writes nothing.
$ advo --today 2026-11-16 report coverage --period 2026-Q3 -o x.json --format csv
! advo: --format csv clashes with -o x.json, which names json: give one of them, or make them agree
? 2
$ advo --today 2026-11-16 report health --period 2026-Q3 -o x.txt --format md
! advo: --format md clashes with -o x.txt, which names table: give one of them, or make them agree
? 2
$ ls x.json x.txt
! ls: cannot access 'x.json': No such file or directory
! ls: cannot access 'x.txt': No such file or directory
? 2
# export: .csv and .json; an extension of a format export does not write
# needs --format.
$ advo --today 2026-11-16 export advocates --fields id,name -o advocates.json
! wrote 10 advocates to advocates.json
$ head -c 1 advocates.json
> [
% no newline
$ advo --today 2026-11-16 export advocates --fields id -o advocates.Csv
! wrote 10 advocates to advocates.Csv
$ head -n 1 advocates.Csv
> id
$ advo --today 2026-11-16 export advocates --fields id -o advocates.dat
! wrote 10 advocates to advocates.dat
$ head -n 1 advocates.dat
> id
$ advo --today 2026-11-16 export advocates -o advocates.csv --format json
! advo: --format json clashes with -o advocates.csv, which names csv: give one of them, or make them agree
? 2
$ advo --today 2026-11-16 export advocates -o advocates.html
! advo: -o advocates.html names html, which this command does not write (csv or json): give --format to write one of those anyway
? 2
$ advo --today 2026-11-16 export advocates --fields id -o advocates.txt --format csv
! wrote 10 advocates to advocates.txt
