# advo import csv --update: rows that match an advocate (same e-mail, or the
# same name at the same company) update the fields their cells give.
$ fixture import
$ cp advocates/jane-doe-acme.yaml before.yaml
# Without --update the matches are skipped and reported; the new person
# lacks a name and company, so nothing is written.
$ advo --today 2026-11-16 import csv sheets/nps-update.csv --into advocates
! advo: sheets/nps-update.csv: row 4: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/nps-update.csv: row 4: company is required for a new advocate and no column gives it (map one with --map COLUMN=company)
! advo: nothing written: 1 row is invalid (fix it, or import the other rows with --skip-invalid)
? 3
$ advo --today 2026-11-16 import csv sheets/nps-update.csv --into advocates --update --dry-run
> COLUMN  HEADING   FIELD
> A       Email     email
> B       Title     title
> C       NPS       nps.score
> D       NPS Date  nps.date
> E       Products  products
>
> row 2: update jane-doe-acme: products, nps.score, nps.date
> row 3: update jose-muller-initech: title
> row 5: skip jane-doe-acme: same advocate as row 2 (same e-mail)
> created 0, updated 2, skipped 1, invalid 1
! advo: sheets/nps-update.csv: row 4: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/nps-update.csv: row 4: company is required for a new advocate and no column gives it (map one with --map COLUMN=company)
! advo: 1 row is invalid: the import would write nothing (fix it, or add --skip-invalid to import the other rows)
? 3
$ advo --today 2026-11-16 import csv sheets/nps-update.csv --into advocates --update --skip-invalid
> row 2: update jane-doe-acme: products, nps.score, nps.date
> row 3: update jose-muller-initech: title
> row 5: skip jane-doe-acme: same advocate as row 2 (same e-mail)
> created 0, updated 2, skipped 1, invalid 1
! advo: sheets/nps-update.csv: row 4: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/nps-update.csv: row 4: company is required for a new advocate and no column gives it (map one with --map COLUMN=company)
$ diff before.yaml advocates/jane-doe-acme.yaml
> 11a12
> >   - reporting
> 18,19c19,20
> <   score: 7
> <   date: 2026-06-01
> ---
> >   score: 9
> >   date: 2026-11-12
? 1
$ cat advocates/jose-muller-initech.yaml
> id: jose-muller-initech
> name: José Müller
> title: Chief Data Officer
> company: Initech
> email: jose.muller@initech.example
> industry: manufacturing
> region: emea
> country: DE
> stage: nominated
> stage_on: 2026-11-10
> nominated:
>   by: priya
>   date: 2026-11-10
>   source: sales
$ advo --today 2026-11-16 check
# Updating again changes nothing.
$ advo --today 2026-11-16 import csv sheets/nps-update.csv --into advocates --update --skip-invalid
> row 2: skip jane-doe-acme: nothing to change
> row 3: skip jose-muller-initech: nothing to change
> row 5: skip jane-doe-acme: same advocate as row 2 (same e-mail)
> created 0, updated 0, skipped 3, invalid 1
! advo: sheets/nps-update.csv: row 4: name is required for a new advocate and no column gives it (map one with --map COLUMN=name)
! advo: sheets/nps-update.csv: row 4: company is required for a new advocate and no column gives it (map one with --map COLUMN=company)
