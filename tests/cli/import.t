# advo import csv: a CRM contacts export (byte-order mark, CRLF line ends,
# quoted commas and line breaks, accented names, empty cells, a duplicate
# row and a blank row) into a program that already has two of its people.
$ fixture import
# A dry run shows how each column maps and what each row would do.
$ advo --today 2026-11-16 import csv sheets/crm-contacts.csv --into advocates --dry-run
> COLUMN  HEADING          FIELD
> A       First Name       name (first part)
> B       Last Name        name (last part)
> C       Title            title
> D       Account Name     company
> E       Email            email
> F       Phone            phone
> G       Mobile           - (phone is filled from column F (Phone))
> H       Mailing Country  country
> I       Industry         industry
> J       Account Owner    account_owner
> K       Lead Source      - (no field of that name)
> L       Description      notes
>
> row 2: create amelie-dubois-northwind-health (Amélie Dubois, Northwind Health)
> row 3: create jurgen-weiss-weiss-sohne-logistik (Jürgen Weiß, Weiß & Söhne Logistik)
> row 4: create zoe-akesson-nordvik-retail (Zoë Åkesson, Nordvik Retail)
> row 5: skip jane-doe-acme: already there (same e-mail)
> row 6: create wei-zhang-lion-city-freight (Wei Zhang, Lion City Freight)
> row 7: skip amelie-dubois-northwind-health: same advocate as row 2 (same e-mail)
> row 8: skip jose-muller-initech: already there (same name at the same company)
> row 9: create priya-raman-lotus-health-network (Priya Raman, Lotus Health Network)
> created 5, updated 0, skipped 3, invalid 0
! 2 rows matched advocates already there; --update updates them from the sheet
! dry run: nothing written
$ ls advocates
> jane-doe-acme.yaml
> jose-muller-initech.yaml
$ advo --today 2026-11-16 import csv sheets/crm-contacts.csv --into advocates
> row 2: create amelie-dubois-northwind-health (Amélie Dubois, Northwind Health)
> row 3: create jurgen-weiss-weiss-sohne-logistik (Jürgen Weiß, Weiß & Söhne Logistik)
> row 4: create zoe-akesson-nordvik-retail (Zoë Åkesson, Nordvik Retail)
> row 5: skip jane-doe-acme: already there (same e-mail)
> row 6: create wei-zhang-lion-city-freight (Wei Zhang, Lion City Freight)
> row 7: skip amelie-dubois-northwind-health: same advocate as row 2 (same e-mail)
> row 8: skip jose-muller-initech: already there (same name at the same company)
> row 9: create priya-raman-lotus-health-network (Priya Raman, Lotus Health Network)
> created 5, updated 0, skipped 3, invalid 0
! column G (Mobile) is ignored: phone is filled from column F (Phone)
! column K (Lead Source) is ignored: no field of that name
! (--map COLUMN=FIELD fills a field from a column; --unmapped=notes keeps such columns in notes)
! 2 rows matched advocates already there; --update updates them from the sheet
$ ls advocates
> amelie-dubois-northwind-health.yaml
> jane-doe-acme.yaml
> jose-muller-initech.yaml
> jurgen-weiss-weiss-sohne-logistik.yaml
> priya-raman-lotus-health-network.yaml
> wei-zhang-lion-city-freight.yaml
> zoe-akesson-nordvik-retail.yaml
# The quoted line break stays in the notes; the country name becomes a code.
$ cat advocates/amelie-dubois-northwind-health.yaml
> id: amelie-dubois-northwind-health
> name: Amélie Dubois
> title: Directrice, Data & BI
> company: Northwind Health
> email: amelie.dubois@northwind.example
> phone: "+33 1 42 68 53 00"
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
$ cat advocates/jurgen-weiss-weiss-sohne-logistik.yaml
> id: jurgen-weiss-weiss-sohne-logistik
> name: Jürgen Weiß
> title: CFO
> company: Weiß & Söhne Logistik
> email: jurgen.weiss@weiss.example
> account_owner: Priya Nair
> industry: logistics
> country: DE
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
$ advo --today 2026-11-16 check
# Importing the same sheet again creates nothing.
$ advo --today 2026-11-16 -q import csv sheets/crm-contacts.csv --into advocates
> row 2: skip amelie-dubois-northwind-health: already there (same e-mail)
> row 3: skip jurgen-weiss-weiss-sohne-logistik: already there (same e-mail)
> row 4: skip zoe-akesson-nordvik-retail: already there (same e-mail)
> row 5: skip jane-doe-acme: already there (same e-mail)
> row 6: skip wei-zhang-lion-city-freight: already there (same e-mail)
> row 7: skip amelie-dubois-northwind-health: already there (same e-mail)
> row 8: skip jose-muller-initech: already there (same name at the same company)
> row 9: skip priya-raman-lotus-health-network: already there (same name at the same company)
> created 0, updated 0, skipped 8, invalid 0
# A semicolon-separated sheet with CRLF line ends: the delimiter is detected,
# list cells split on '|' or ';', enumerations and countries in any case.
$ advo --today 2026-11-16 import csv sheets/partners.csv --into advocates
> row 2: create hans-kruger-kruger-schmidt-co-kg (Hans Krüger, Krüger, Schmidt & Co. KG)
> row 3: create lucia-fernandez-iberia-salud (Lucía Fernández, Iberia Salud)
> row 4: create sven-olsen-fjord-energy (Sven Olsen, Fjord Energy)
> created 3, updated 0, skipped 0, invalid 0
$ cat advocates/hans-kruger-kruger-schmidt-co-kg.yaml
> id: hans-kruger-kruger-schmidt-co-kg
> name: Hans Krüger
> company: Krüger, Schmidt & Co. KG
> email: hans@krueger.example
> segment: enterprise
> country: DE
> languages:
>   - de
>   - en
> products:
>   - analytics
>   - dashboards
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
> nps:
>   score: 9
>   date: 2026-10-01
$ cat advocates/lucia-fernandez-iberia-salud.yaml
> id: lucia-fernandez-iberia-salud
> name: Lucía Fernández
> company: Iberia Salud
> email: lucia@iberia.example
> segment: mid-market
> country: ES
> languages:
>   - es
>   - en
> products:
>   - analytics
>   - reporting
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
> nps:
>   score: 10
>   date: 2026-09-15
$ advo --today 2026-11-16 check
