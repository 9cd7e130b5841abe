# advo import csv --delimiter: the cell separator given rather than detected.
$ fixture import
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --delimiter ';' --dry-run
> COLUMN  HEADING    FIELD
> A       Name       name
> B       Company    company
> C       E-Mail     email
> D       Country    country
> E       Segment    segment
> F       Products   products
> G       Languages  languages
> H       NPS        nps.score
> I       NPS Date   nps.date
>
> row 2: create hans-kruger-kruger-schmidt-co-kg (Hans Krüger, Krüger, Schmidt & Co. KG)
> row 3: create lucia-fernandez-iberia-salud (Lucía Fernández, Iberia Salud)
> row 4: create sven-olsen-fjord-energy (Sven Olsen, Fjord Energy)
> created 3, updated 0, skipped 0, invalid 0
! dry run: nothing written
# A wrong delimiter leaves one column per row, which names no field.
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --delimiter ,
! advo: sheets/partners.csv: no heading of row 1 names a field of advocates (Name;Company;E-Mail;Country;Segment;Products;Languages;NPS;NPS Date): is the header row missing? (map columns with --map COLUMN=FIELD)
? 3
$ ls advocates
> jane-doe-acme.yaml
> jose-muller-initech.yaml
$ tr ',' '\t' < sheets/event-signups.csv > signups.tsv
$ advo --today 2026-11-16 import csv signups.tsv --into advocates --delimiter tab --map Person=name --map Employer=company --map Mail=email --map Interests=topics
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> created 2, updated 0, skipped 0, invalid 0
! column E (Dietary Needs) is ignored: no field of that name
! column F (Signed Up) is ignored: no field of that name
! (--map COLUMN=FIELD fills a field from a column; --unmapped=notes keeps such columns in notes)
$ cat advocates/ines-costa-tejo-bank.yaml
> id: ines-costa-tejo-bank
> name: Ines Costa
> company: Tejo Bank
> email: ines@tejo.example
> topics:
>   - analytics
>   - forecasting
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates --delimiter x
! advo: --delimiter must be one of , ; | : or tab, not 'x'
? 2
