# advo import csv --map, --mapping and --unmapped: headings no rule knows.
$ fixture import
# Without a mapping nothing fills name or company.
$ advo --today 2026-11-16 import csv sheets/event-signups.csv --into advocates
! advo: sheets/event-signups.csv: no heading of row 1 names a field of advocates (Person, Employer, Mail, …): is the header row missing? (map columns with --map COLUMN=FIELD)
? 3
$ advo --today 2026-11-16 import csv sheets/event-signups.csv --into advocates --map Person=name --map Employer=company --map Mail=email --map Interests=topics --map "Signed Up=nominated.on" --map "Dietary Needs="
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> created 2, updated 0, skipped 0, invalid 0
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
>   date: 2026-11-03
# A mapping file says the same once for every import of such a sheet; it
# keeps unmapped columns in notes.
$ cat sheets/event-signups.toml
> # How the event sign-up sheet maps to advocate fields.
> unmapped = "notes"
>
> [columns]
> Person = "name"
> Employer = "company"
> Mail = "email"
> Interests = "topics"
> "Signed Up" = "nominated.on"
$ rm advocates/ines-costa-tejo-bank.yaml advocates/omar-haddad-desert-rail.yaml
$ advo --today 2026-11-16 import csv sheets/event-signups.csv --into advocates --mapping sheets/event-signups.toml --dry-run
> COLUMN  HEADING        FIELD
> A       Person         name
> B       Employer       company
> C       Mail           email
> D       Interests      topics
> E       Dietary Needs  notes (no field of that name)
> F       Signed Up      nominated.date
>
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> created 2, updated 0, skipped 0, invalid 0
! dry run: nothing written
$ advo --today 2026-11-16 import csv sheets/event-signups.csv --into advocates --mapping sheets/event-signups.toml
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> created 2, updated 0, skipped 0, invalid 0
! column E (Dietary Needs) goes into notes: no field of that name
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
>   date: 2026-11-03
> notes: "Dietary Needs: vegetarian"
# --map overrides the mapping file; --unmapped=ignore overrides its unmapped.
$ rm advocates/ines-costa-tejo-bank.yaml advocates/omar-haddad-desert-rail.yaml
$ advo --today 2026-11-16 import csv sheets/event-signups.csv --into advocates --mapping sheets/event-signups.toml --map Interests=products --unmapped=ignore
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> created 2, updated 0, skipped 0, invalid 0
! column E (Dietary Needs) is ignored: no field of that name
! (--map COLUMN=FIELD fills a field from a column; --unmapped=notes keeps such columns in notes)
$ cat advocates/ines-costa-tejo-bank.yaml
> id: ines-costa-tejo-bank
> name: Ines Costa
> company: Tejo Bank
> email: ines@tejo.example
> products:
>   - analytics
>   - forecasting
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-03
# --unmapped=notes without a mapping file: such cells follow the notes a
# column gives. Ignoring Phone lets Mobile fill the phone.
$ rm advocates/ines-costa-tejo-bank.yaml advocates/omar-haddad-desert-rail.yaml
$ advo --today 2026-11-16 import csv sheets/crm-contacts.csv --into advocates --unmapped=notes --map Phone=
> row 2: create amelie-dubois-northwind-health (Amélie Dubois, Northwind Health)
> row 3: create jurgen-weiss-weiss-sohne-logistik (Jürgen Weiß, Weiß & Söhne Logistik)
> row 4: create zoe-akesson-nordvik-retail (Zoë Åkesson, Nordvik Retail)
> row 5: skip jane-doe-acme: already there (same e-mail)
> row 6: create wei-zhang-lion-city-freight (Wei Zhang, Lion City Freight)
> row 7: skip amelie-dubois-northwind-health: same advocate as row 2 (same e-mail)
> row 8: skip jose-muller-initech: already there (same name at the same company)
> row 9: create priya-raman-lotus-health-network (Priya Raman, Lotus Health Network)
> created 5, updated 0, skipped 3, invalid 0
! column K (Lead Source) goes into notes: no field of that name
! 2 rows matched advocates already there; --update updates them from the sheet
$ cat advocates/amelie-dubois-northwind-health.yaml
> id: amelie-dubois-northwind-health
> name: Amélie Dubois
> title: Directrice, Data & BI
> company: Northwind Health
> email: amelie.dubois@northwind.example
> account_owner: Kate Morgan
> industry: healthcare
> country: FR
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
> notes: |-
>   Met at the Paris summit.
>   Wants to talk about "data mesh".
>   Lead Source: Web
$ cat advocates/jurgen-weiss-weiss-sohne-logistik.yaml
> id: jurgen-weiss-weiss-sohne-logistik
> name: Jürgen Weiß
> title: CFO
> company: Weiß & Söhne Logistik
> email: jurgen.weiss@weiss.example
> phone: "+49 171 5550123"
> account_owner: Priya Nair
> industry: logistics
> country: DE
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
> notes: "Lead Source: Partner Referral"
# Two imports of the same sheet at the same moment: the lock on the program
# folder serialises them, so the second finds what the first created.
$ rm advocates/amelie-* advocates/jurgen-* advocates/zoe-* advocates/wei-* advocates/priya-*
$ (advo --today 2026-11-16 -q import csv sheets/event-signups.csv --into advocates --mapping sheets/event-signups.toml > a.out & advo --today 2026-11-16 -q import csv sheets/event-signups.csv --into advocates --mapping sheets/event-signups.toml > b.out & wait)
$ cat a.out b.out | sort
> created 0, updated 0, skipped 2, invalid 0
> created 2, updated 0, skipped 0, invalid 0
> row 2: create ines-costa-tejo-bank (Ines Costa, Tejo Bank)
> row 2: skip ines-costa-tejo-bank: already there (same e-mail)
> row 3: create omar-haddad-desert-rail (Omar Haddad, Desert Rail)
> row 3: skip omar-haddad-desert-rail: already there (same e-mail)
$ ls advocates
> ines-costa-tejo-bank.yaml
> jane-doe-acme.yaml
> jose-muller-initech.yaml
> omar-haddad-desert-rail.yaml
