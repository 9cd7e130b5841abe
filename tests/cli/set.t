# advo set ID FIELD=VALUE…: all or nothing, and only the lines of the fields
# set change in the file.
$ fixture advocates
$ cp advocates/ana-silva-northwind.yaml before.yaml
$ advo --today 2026-11-16 set ana nps.score=10 nps.on=2026-11-15 title="Chief Data Officer" products+=forecasting tags-=flagship
! updated advocates/ana-silva-northwind.yaml
$ diff before.yaml advocates/ana-silva-northwind.yaml
> 3c3
> < title: Head of Data
> ---
> > title: Chief Data Officer
> 16a17
> >   - forecasting
> 32,33c33,34
> <   score: 9
> <   date: 2026-10-01
> ---
> >   score: 10
> >   date: 2026-11-15
> 41,42d41
> < tags:
> <   - flagship
? 1
# Dotted paths reach nested fields and consents; FIELD= clears.
$ cp advocates/ana-silva-northwind.yaml before.yaml
$ advo --today 2026-11-16 set ana-silva consent.logo.granted=2026-05-01 consent.quote= limits.max_per_quarter=1 persona= do_not_contact=true
! updated advocates/ana-silva-northwind.yaml
$ diff before.yaml advocates/ana-silva-northwind.yaml
> 20d19
> < persona: data-leader
> 36,38c35,36
> <   quote:
> <     granted: 2025-06-01
> <     expires: 2026-06-01
> ---
> >   logo:
> >     granted: 2026-05-01
> 40a39,41
> > limits:
> >   max_per_quarter: 1
> > do_not_contact: true
? 1
# A grant in one go, lists replaced whole, windows added and removed.
$ advo --today 2026-11-16 set jane-doe consent.video=2026-11-01..2031-11-01 languages=en,es activities+=case-study,quote 'unavailable+=2026-12-20..2027-01-05 Holidays' unavailable+=2027-02-14
! updated advocates/jane-doe-acme.yaml
$ cat advocates/jane-doe-acme.yaml
> id: jane-doe-acme
> name: Jane Doe
> title: VP Engineering
> company: Acme
> email: jane@acme.example
> industry: healthcare
> segment: enterprise
> region: na
> country: US
> languages:
>   - en
>   - es
> products:
>   - analytics
> activities:
>   - reference-call
>   - quote
>   - case-study
> stage: active
> stage_on: 2026-02-01
> nps:
>   score: 7
>   date: 2026-06-01
> consent:
>   quote:
>     granted: 2026-02-01
>   video:
>     granted: 2026-11-01
>     expires: 2031-11-01
> unavailable:
>   - from: 2026-12-20
>     to: 2027-01-05
>     reason: Holidays
>   - from: 2027-02-14
>     to: 2027-02-14
> verified_on: 2026-10-01
$ advo --today 2026-11-16 set jane-doe unavailable-=2027-02-14 'unavailable-=2026-12-20..2027-01-05' limits= -q
$ advo --today 2026-11-16 show jane-doe | grep -c -e unavailable -e limits
> 0
? 1
$ advo --today 2026-11-16 check --strict
# Setting what is already there changes nothing.
$ advo --today 2026-11-16 set bob nps.score=6 products+=dashboards
! bob-stone-globex: nothing changed
# Every invalid assignment is reported; nothing is written.
$ cp advocates/ana-silva-northwind.yaml before.yaml
$ advo --today 2026-11-16 set ana nps.score=11 email=ana country=pt segment=huge industry=helthcare activities+=refrence-call consent.case-study.expires=2025-01-01 products-=crm verified_on=yesterday emial=x name= id=ana nps=9 stage=active title=Fine
! advo: nps.score=11: score must be between 0 and 10, not 11
! advo: email=ana: invalid e-mail address 'ana'
! advo: country=pt: country 'pt' must be upper case ('PT')
! advo: segment=huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: industry=helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail, manufacturing
! advo: activities+=refrence-call: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you
! advo: consent.case-study.expires=2025-01-01: consent expires (2025-01-01) before it was granted (2026-01-10)
! advo: products-=crm: 'crm' not in products (it holds: analytics, dashboards, forecasting)
! advo: verified_on=yesterday: invalid date 'yesterday' (expected YYYY-MM-DD)
! advo: emial=x: unknown field 'emial' in advocate (did you mean 'email'?)
! advo: name=: name is required; it cannot be cleared
! advo: id=ana: the id cannot be changed: it is the name of the record's file
! advo: nps=9: nps is a group of fields (nps.score, nps.date); set one of them, or clear them all with nps=
! advo: stage=active: stage cannot be set here: use 'advo stage ID STAGE', which keeps to the pipeline and sets stage_on
! advo: nothing written (14 errors)
? 2
$ cmp before.yaml advocates/ana-silva-northwind.yaml
$ advo --today 2026-11-16 set ana email=JANE@acme.example
! advo: email=JANE@acme.example: jane@acme.example is already the e-mail address of advocate 'jane-doe-acme'
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 set ana 'unavailable+=soon' unavailable-=2026-01-01 consent.logo+=2026-01-01
! advo: unavailable+=soon: invalid window 'soon' (expected FROM..TO or FROM..TO REASON, dates YYYY-MM-DD)
! advo: unavailable-=2026-01-01: no window 2026-01-01 in unavailable (it is empty)
! advo: consent.logo+=2026-01-01: consent.logo is one grant, not a list: write consent.logo=GRANTED[..EXPIRES], or consent.logo= to withdraw it
! advo: nothing written (3 errors)
? 2
$ advo --today 2026-11-16 set ana title
! advo: title: not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 set jane title=CEO
! advo: 'jane' is ambiguous; it matches:
!   jane-doe-acme (advocate)
!   jane-park-globex (advocate)
? 2
$ advo --today 2026-11-16 set nobody title=CEO
! advo: no advocate 'nobody'
? 2
$ advo --today 2026-11-16 set ana
! advo: set: ASSIGNMENT is required
! Run 'advo set --help' for its options.
? 2
$ cmp before.yaml advocates/ana-silva-northwind.yaml
