# advo nominate: a new advocate in stage nominated, its id on stdout.
$ fixture advocates
$ advo --today 2026-11-16 nominate "Marta Gómez" --company "Andes Manufacturing" --email marta@andes.example --title "Head of BI" --industry manufacturing --segment enterprise --region latam --country CL --products analytics,dashboards --products reporting --activities reference-call --by priya --source success --reason "Great QBR"
> marta-gomez-andes-manufacturing
! nominated Marta Gómez of Andes Manufacturing: advocates/marta-gomez-andes-manufacturing.yaml
$ cat advocates/marta-gomez-andes-manufacturing.yaml
> id: marta-gomez-andes-manufacturing
> name: Marta Gómez
> title: Head of BI
> company: Andes Manufacturing
> email: marta@andes.example
> industry: manufacturing
> segment: enterprise
> region: latam
> country: CL
> products:
>   - analytics
>   - dashboards
>   - reporting
> activities:
>   - reference-call
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   by: priya
>   date: 2026-11-16
>   source: success
>   reason: Great QBR
$ advo --today 2026-11-16 check --strict
# The id follows the name and company; a taken id gets -2.
$ advo --today 2026-11-16 nominate "Ann Lee" --company "Acme, Inc."
> ann-lee-acme-inc
! nominated Ann Lee of Acme, Inc.: advocates/ann-lee-acme-inc.yaml
$ advo --today 2026-11-16 nominate "Ann Lee" --company "Acme Inc" --email ann.lee@acme.example
> ann-lee-acme-inc-2
! nominated Ann Lee of Acme Inc: advocates/ann-lee-acme-inc-2.yaml
$ advo --today 2026-11-16 nominate "李雷" --company "北京" -q
> advocate
$ cat advocates/advocate.yaml
> id: advocate
> name: 李雷
> company: 北京
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
$ advo --today 2026-11-16 nominate "Maximiliana Alexandrina Konstantinopoulou-Vasilopoulou" --company "International Business Consolidated Holdings Incorporated" -q
> maximiliana-alexandrina-konstantinopoulou-vasilopoulou-international-business
# A likely duplicate is refused with the existing id: the same name at the
# same company (ignoring case and accents) …
$ advo --today 2026-11-16 nominate "Jose Muller" --company INITECH
! advo: advocate 'jose-muller-initech' (José Müller, Initech) has the same name at the same company; nothing written (--force nominates another person of that name)
? 4
$ advo --today 2026-11-16 nominate "José  Müller" --company Initech --force
> jose-muller-initech-2
! nominated José  Müller of Initech: advocates/jose-muller-initech-2.yaml
$ cat advocates/jose-muller-initech-2.yaml
> id: jose-muller-initech-2
> name: José  Müller
> company: Initech
> stage: nominated
> stage_on: 2026-11-16
> nominated:
>   date: 2026-11-16
# … or the same e-mail address, ignoring case; --force does not allow two
# advocates to share one.
$ advo --today 2026-11-16 nominate "Someone Else" --company Umbrella --email JANE@acme.example
! advo: advocate 'jane-doe-acme' (Jane Doe, Acme) already has the e-mail address jane@acme.example; nothing written
? 4
$ advo --today 2026-11-16 nominate "Someone Else" --company Umbrella --email jane@acme.example --force
! advo: advocate 'jane-doe-acme' (Jane Doe, Acme) already has the e-mail address jane@acme.example; nothing written
? 4
# Values are checked as advo check checks them; nothing is written.
$ advo --today 2026-11-16 nominate "Bad Values" --company Initech --email bad --country de --segment huge --source sale --activities refrence-call --industry helthcare --employees many
! advo: --email bad: invalid e-mail address 'bad'
! advo: --industry helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail, manufacturing
! advo: --segment huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: --employees many: employees must be a whole number, not 'many'
! advo: --country de: country 'de' must be upper case ('DE')
! advo: --activities refrence-call: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you
! advo: --source sale: unknown source 'sale' (did you mean 'sales'?); known: sales, success, support, product, marketing, partner, self
! advo: nothing written (7 errors)
? 2
$ ls advocates | grep -c bad-values
> 0
? 1
$ advo --today 2026-11-16 nominate "Twice" --company Initech --source sales --source self
! advo: --source is given 2 times; it takes one value
? 2
$ advo --today 2026-11-16 nominate "  " --company Initech
! advo: NAME is empty
? 2
$ advo --today 2026-11-16 nominate "No Company"
! advo: nominate: --company is required
! Run 'advo nominate --help' for its options.
? 2
# Nominations show up as aging after staleness.nomination_days (7).
$ advo --today 2026-11-24 advocates stage:nominated aging:true
> ID                                                                             NAME                                                    COMPANY                                                    STAGE      INDUSTRY            REGION
> advocate                                                                       李雷                                                      北京                                                         nominated
> ann-lee-acme-inc                                                               Ann Lee                                                 Acme, Inc.                                                 nominated
> ann-lee-acme-inc-2                                                             Ann Lee                                                 Acme Inc                                                   nominated
> chloe-martin-initech                                                           Chloé Martin                                            Initech                                                    nominated  manufacturing       emea
> david-kim-umbrella                                                             David Kim                                               Umbrella                                                   nominated  financial-services  apac
> jose-muller-initech-2                                                          José  Müller                                            Initech                                                    nominated
> marta-gomez-andes-manufacturing                                                Marta Gómez                                             Andes Manufacturing                                        nominated  manufacturing       latam
> maximiliana-alexandrina-konstantinopoulou-vasilopoulou-international-business  Maximiliana Alexandrina Konstantinopoulou-Vasilopoulou  International Business Consolidated Holdings Incorporated  nominated
! 8 advocates
