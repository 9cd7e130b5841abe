# A sheet as people type it: values of [vocab] and of enumerations in any
# case, with spaces for hyphens, are written in the program's own spelling;
# a product already in the program keeps its spelling; e-mail addresses are
# kept lower-case. A value that is not known is still refused, as typed.
$ fixture import
$ printf 'Name,Company,Email,Industry,Segment,Products\nAda Lovelace,Babbage Ltd,Ada@Babbage.Example,Financial Services,Mid Market,"Analytics; Data Studio"\n' > sheet.csv
$ advo --today 2026-11-16 import csv sheet.csv --into advocates
> row 2: create ada-lovelace-babbage-ltd (Ada Lovelace, Babbage Ltd)
> created 1, updated 0, skipped 0, invalid 0
$ grep -e '^email' -e '^industry' -e '^segment' -e '^  - ' advocates/ada-lovelace-babbage-ltd.yaml
> email: ada@babbage.example
> industry: financial-services
> segment: mid-market
>   - analytics
>   - Data Studio
$ advo check --strict --today 2026-11-16
# set takes the same spellings.
$ advo -q set ada industry=RETAIL segment=ENTERPRISE && grep -e '^industry' -e '^segment' advocates/ada-lovelace-babbage-ltd.yaml
> industry: retail
> segment: enterprise
$ printf 'Name,Company,Industry\nBob Byte,Byte Co,Fintech\n' > bad.csv
$ advo --today 2026-11-16 import csv bad.csv --into advocates
! advo: bad.csv: row 2, column C (Industry): unknown industry 'Fintech' (did you mean 'financial-services'?); known: healthcare, financial-services, retail, manufacturing, technology, logistics
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
