# advo advocates [QUERY]: the advocates a query selects (today 2026-11-16).
$ fixture advocates
$ advo --today 2026-11-16 advocates
> ID                    NAME          COMPANY    STAGE      INDUSTRY            REGION  NPS
> ana-silva-northwind   Ana Silva     Northwind  active     healthcare          emea      9
> bob-stone-globex      Bob Stone     Globex     active     retail              na        6
> chloe-martin-initech  Chloé Martin  Initech    nominated  manufacturing       emea
> david-kim-umbrella    David Kim     Umbrella   nominated  financial-services  apac
> eva-novak-acme        Eva Novak     Acme       paused     manufacturing       emea      8
> frank-li-hooli        Frank Li      Hooli      alumni     retail              apac
> grace-hall-globex     Grace Hall    Globex     declined   retail              na
> jane-doe-acme         Jane Doe      Acme       active     healthcare          na        7
> jane-park-globex      Jane Park     Globex     active     financial-services  emea
> jose-muller-initech   José Müller   Initech    qualified  manufacturing       emea     10
! 10 advocates
# Terms are field:value and all must hold; text ignores case and accents.
$ advo --today 2026-11-16 advocates stage:active industry:Healthcare
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
> jane-doe-acme        Jane Doe   Acme       active  healthcare  na        7
! 2 advocates
$ advo --today 2026-11-16 advocates 'name:"jose muller"'
> ID                   NAME         COMPANY  STAGE      INDUSTRY       REGION  NPS
> jose-muller-initech  José Müller  Initech  qualified  manufacturing  emea     10
! 1 advocate
$ advo --today 2026-11-16 advocates "stage:active region:emea"
> ID                   NAME       COMPANY    STAGE   INDUSTRY            REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare          emea      9
> jane-park-globex     Jane Park  Globex     active  financial-services  emea
! 2 advocates
# A list field matches when it holds the value; a,b matches either.
$ advo --today 2026-11-16 advocates products:analytics
> ID                    NAME          COMPANY    STAGE      INDUSTRY       REGION  NPS
> ana-silva-northwind   Ana Silva     Northwind  active     healthcare     emea      9
> chloe-martin-initech  Chloé Martin  Initech    nominated  manufacturing  emea
> jane-doe-acme         Jane Doe      Acme       active     healthcare     na        7
! 3 advocates
$ advo --today 2026-11-16 advocates stage:paused,alumni
> ID              NAME       COMPANY  STAGE   INDUSTRY       REGION  NPS
> eva-novak-acme  Eva Novak  Acme     paused  manufacturing  emea      8
> frank-li-hooli  Frank Li   Hooli    alumni  retail         apac
! 2 advocates
$ advo --today 2026-11-16 advocates not:stage:active,nominated
> ID                   NAME         COMPANY  STAGE      INDUSTRY       REGION  NPS
> eva-novak-acme       Eva Novak    Acme     paused     manufacturing  emea      8
> frank-li-hooli       Frank Li     Hooli    alumni     retail         apac
> grace-hall-globex    Grace Hall   Globex   declined   retail         na
> jose-muller-initech  José Müller  Initech  qualified  manufacturing  emea     10
! 4 advocates
# '*' matches any run of characters.
$ advo --today 2026-11-16 advocates 'name:jane*'
> ID                NAME       COMPANY  STAGE   INDUSTRY            REGION  NPS
> jane-doe-acme     Jane Doe   Acme     active  healthcare          na        7
> jane-park-globex  Jane Park  Globex   active  financial-services  emea
! 2 advocates
$ advo --today 2026-11-16 advocates 'company:*tech'
> ID                    NAME          COMPANY  STAGE      INDUSTRY       REGION  NPS
> chloe-martin-initech  Chloé Martin  Initech  nominated  manufacturing  emea
> jose-muller-initech   José Müller   Initech  qualified  manufacturing  emea     10
! 2 advocates
# Numbers and dates compare with < <= > >= and ranges a..b (quote < and >
# from the shell); a missing value never compares, not: includes it.
$ advo --today 2026-11-16 advocates 'nps.score:>8'
> ID                   NAME         COMPANY    STAGE      INDUSTRY       REGION  NPS
> ana-silva-northwind  Ana Silva    Northwind  active     healthcare     emea      9
> jose-muller-initech  José Müller  Initech    qualified  manufacturing  emea     10
! 2 advocates
$ advo --today 2026-11-16 advocates nps.score:6..8
> ID                NAME       COMPANY  STAGE   INDUSTRY       REGION  NPS
> bob-stone-globex  Bob Stone  Globex   active  retail         na        6
> eva-novak-acme    Eva Novak  Acme     paused  manufacturing  emea      8
> jane-doe-acme     Jane Doe   Acme     active  healthcare     na        7
! 3 advocates
$ advo --today 2026-11-16 advocates 'not:nps.score:>=7'
> ID                    NAME          COMPANY   STAGE      INDUSTRY            REGION  NPS
> bob-stone-globex      Bob Stone     Globex    active     retail              na        6
> chloe-martin-initech  Chloé Martin  Initech   nominated  manufacturing       emea
> david-kim-umbrella    David Kim     Umbrella  nominated  financial-services  apac
> frank-li-hooli        Frank Li      Hooli     alumni     retail              apac
> grace-hall-globex     Grace Hall    Globex    declined   retail              na
> jane-park-globex      Jane Park     Globex    active     financial-services  emea
! 6 advocates
$ advo --today 2026-11-16 advocates 'verified_on:<2026-06-01'
> ID                NAME       COMPANY  STAGE   INDUSTRY  REGION  NPS
> bob-stone-globex  Bob Stone  Globex   active  retail    na        6
> frank-li-hooli    Frank Li   Hooli    alumni  retail    apac
! 2 advocates
$ advo --today 2026-11-16 advocates verified_on:2026-09-01..
> ID                   NAME         COMPANY    STAGE      INDUSTRY       REGION  NPS
> ana-silva-northwind  Ana Silva    Northwind  active     healthcare     emea      9
> jane-doe-acme        Jane Doe     Acme       active     healthcare     na        7
> jose-muller-initech  José Müller  Initech    qualified  manufacturing  emea     10
! 3 advocates
$ advo --today 2026-11-16 advocates 'consent.case-study.granted:<2026-02-01'
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
! 1 advocate
$ advo --today 2026-11-16 advocates nominated.source:sales
> ID                   NAME       COMPANY    STAGE      INDUSTRY            REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active     healthcare          emea      9
> david-kim-umbrella   David Kim  Umbrella   nominated  financial-services  apac
! 2 advocates
# Empty and present fields, booleans, consent scopes, windows.
$ advo --today 2026-11-16 advocates email:
> ID                 NAME        COMPANY  STAGE     INDUSTRY       REGION  NPS
> eva-novak-acme     Eva Novak   Acme     paused    manufacturing  emea      8
> grace-hall-globex  Grace Hall  Globex   declined  retail         na
! 2 advocates
$ advo --today 2026-11-16 advocates not:nps: stage:active
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
> bob-stone-globex     Bob Stone  Globex     active  retail      na        6
> jane-doe-acme        Jane Doe   Acme       active  healthcare  na        7
! 3 advocates
$ advo --today 2026-11-16 advocates do_not_contact:true
> ID                 NAME        COMPANY  STAGE     INDUSTRY  REGION
> grace-hall-globex  Grace Hall  Globex   declined  retail    na
! 1 advocate
$ advo --today 2026-11-16 advocates consent:quote
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
> jane-doe-acme        Jane Doe   Acme       active  healthcare  na        7
! 2 advocates
$ advo --today 2026-11-16 advocates unavailable:2026-11-20
> ID                NAME       COMPANY  STAGE   INDUSTRY  REGION  NPS
> bob-stone-globex  Bob Stone  Globex   active  retail    na        6
! 1 advocate
# Virtual fields: stale (not verified for more than 180 days), aging
# (nominated more than 7 days ago), available:TYPE (no rule of rest today).
$ advo --today 2026-11-16 advocates stale:true
> ID                 NAME        COMPANY  STAGE     INDUSTRY  REGION  NPS
> bob-stone-globex   Bob Stone   Globex   active    retail    na        6
> frank-li-hooli     Frank Li    Hooli    alumni    retail    apac
> grace-hall-globex  Grace Hall  Globex   declined  retail    na
! 3 advocates
$ advo --today 2026-11-16 advocates aging:true
> ID                    NAME          COMPANY  STAGE      INDUSTRY       REGION
> chloe-martin-initech  Chloé Martin  Initech  nominated  manufacturing  emea
! 1 advocate
$ advo --today 2026-11-16 advocates available:reference-call
> ID             NAME      COMPANY  STAGE   INDUSTRY    REGION  NPS
> jane-doe-acme  Jane Doe  Acme     active  healthcare  na        7
! 1 advocate
$ advo --today 2026-11-16 advocates available:case-study
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
! 1 advocate
$ advo --today 2026-11-16 advocates available:quote
> ID             NAME      COMPANY  STAGE   INDUSTRY    REGION  NPS
> jane-doe-acme  Jane Doe  Acme     active  healthcare  na        7
! 1 advocate
$ advo --today 2026-12-19 advocates available:reference-call
> ID                   NAME       COMPANY    STAGE   INDUSTRY    REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare  emea      9
> bob-stone-globex     Bob Stone  Globex     active  retail      na        6
> jane-doe-acme        Jane Doe   Acme       active  healthcare  na        7
! 3 advocates
$ advo --today 2026-11-16 advocates industry:retail stage:active available:reference-call
! no advocates match
# Sorting and a limit.
$ advo --today 2026-11-16 advocates --sort nps.score --reverse --limit 3
> ID                   NAME         COMPANY    STAGE      INDUSTRY       REGION  NPS
> jose-muller-initech  José Müller  Initech    qualified  manufacturing  emea     10
> ana-silva-northwind  Ana Silva    Northwind  active     healthcare     emea      9
> eva-novak-acme       Eva Novak    Acme       paused     manufacturing  emea      8
! 3 of 10 advocates
$ advo --today 2026-11-16 advocates stage:active --sort name
> ID                   NAME       COMPANY    STAGE   INDUSTRY            REGION  NPS
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare          emea      9
> bob-stone-globex     Bob Stone  Globex     active  retail              na        6
> jane-doe-acme        Jane Doe   Acme       active  healthcare          na        7
> jane-park-globex     Jane Park  Globex     active  financial-services  emea
! 4 advocates
$ advo --today 2026-11-16 advocates stage:active,paused --sort verified_on
> ID                   NAME       COMPANY    STAGE   INDUSTRY            REGION  NPS
> bob-stone-globex     Bob Stone  Globex     active  retail              na        6
> jane-park-globex     Jane Park  Globex     active  financial-services  emea
> eva-novak-acme       Eva Novak  Acme       paused  manufacturing       emea      8
> ana-silva-northwind  Ana Silva  Northwind  active  healthcare          emea      9
> jane-doe-acme        Jane Doe   Acme       active  healthcare          na        7
! 5 advocates
# Formats: JSON has every field; CSV every field as a dotted column.
$ advo --today 2026-11-16 advocates name:bob* --format json
> [
>   {
>     "id": "bob-stone-globex",
>     "name": "Bob Stone",
>     "title": "IT Director",
>     "company": "Globex",
>     "email": "bob@globex.example",
>     "phone": null,
>     "account_owner": null,
>     "industry": "retail",
>     "segment": "mid-market",
>     "employees": null,
>     "region": "na",
>     "country": "US",
>     "languages": [],
>     "products": [
>       "dashboards"
>     ],
>     "use_cases": [],
>     "persona": null,
>     "topics": [],
>     "activities": [
>       "reference-call"
>     ],
>     "stage": "active",
>     "stage_on": "2025-11-01",
>     "nominated": {
>       "by": "lee",
>       "date": "2025-10-20",
>       "source": "success",
>       "reason": null
>     },
>     "nps": {
>       "score": 6,
>       "date": "2026-02-01"
>     },
>     "moved_to": null,
>     "moved_from": null,
>     "consent": {
>       "logo": null,
>       "name": null,
>       "quote": null,
>       "case-study": null,
>       "video": null,
>       "press": null
>     },
>     "limits": {
>       "max_per_quarter": null,
>       "max_per_year": null
>     },
>     "unavailable": [
>       {
>         "from": "2026-11-10",
>         "to": "2026-11-30",
>         "reason": "Parental leave"
>       }
>     ],
>     "do_not_contact": false,
>     "commitment": {
>       "activities": [],
>       "until": null,
>       "note": null
>     },
>     "verified_on": "2026-03-01",
>     "tags": [],
>     "notes": null
>   }
> ]
$ advo --today 2026-11-16 advocates stage:active --format csv --limit 2
> id,name,title,company,email,phone,account_owner,industry,segment,employees,region,country,languages,products,use_cases,persona,topics,activities,stage,stage_on,nominated.by,nominated.date,nominated.source,nominated.reason,nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,consent.name.granted,consent.name.expires,consent.quote.granted,consent.quote.expires,consent.case-study.granted,consent.case-study.expires,consent.video.granted,consent.video.expires,consent.press.granted,consent.press.expires,limits.max_per_quarter,limits.max_per_year,unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,verified_on,tags,notes
> ana-silva-northwind,Ana Silva,Head of Data,Northwind,ana.silva@northwind.example,,,healthcare,enterprise,12000,emea,PT,"pt;en","analytics;dashboards",compliance-reporting,data-leader,,"reference-call;case-study;quote",active,2026-01-10,sam,2025-12-01,sales,Cut reporting time in half,9,2026-10-01,,,,,,,2025-06-01,2026-06-01,2026-01-10,,,,,,,,,false,,,,2026-09-01,flagship,
> bob-stone-globex,Bob Stone,IT Director,Globex,bob@globex.example,,,retail,mid-market,,na,US,,dashboards,,,,reference-call,active,2025-11-01,lee,2025-10-20,success,,6,2026-02-01,,,,,,,,,,,,,,,,,2026-11-10..2026-11-30 Parental leave,false,,,,2026-03-01,,
$ advo --today 2026-11-16 advocates stage:active --format md
> | ID | NAME | COMPANY | STAGE | INDUSTRY | REGION | NPS |
> | --- | --- | --- | --- | --- | --- | ---: |
> | ana-silva-northwind | Ana Silva | Northwind | active | healthcare | emea | 9 |
> | bob-stone-globex | Bob Stone | Globex | active | retail | na | 6 |
> | jane-doe-acme | Jane Doe | Acme | active | healthcare | na | 7 |
> | jane-park-globex | Jane Park | Globex | active | financial-services | emea |  |
$ advo --today 2026-11-16 advocates stage:alumni --format json
> [
>   {
>     "id": "frank-li-hooli",
>     "name": "Frank Li",
>     "title": null,
>     "company": "Hooli",
>     "email": "frank.li@hooli.example",
>     "phone": null,
>     "account_owner": null,
>     "industry": "retail",
>     "segment": null,
>     "employees": null,
>     "region": "apac",
>     "country": "SG",
>     "languages": [],
>     "products": [],
>     "use_cases": [],
>     "persona": null,
>     "topics": [],
>     "activities": [],
>     "stage": "alumni",
>     "stage_on": "2025-06-01",
>     "nominated": {
>       "by": null,
>       "date": null,
>       "source": null,
>       "reason": null
>     },
>     "nps": {
>       "score": null,
>       "date": null
>     },
>     "moved_to": null,
>     "moved_from": null,
>     "consent": {
>       "logo": null,
>       "name": null,
>       "quote": null,
>       "case-study": null,
>       "video": null,
>       "press": null
>     },
>     "limits": {
>       "max_per_quarter": null,
>       "max_per_year": null
>     },
>     "unavailable": [],
>     "do_not_contact": false,
>     "commitment": {
>       "activities": [],
>       "until": null,
>       "note": null
>     },
>     "verified_on": "2025-01-15",
>     "tags": [],
>     "notes": null
>   }
> ]
$ advo --today 2026-11-16 advocates industry:healthcare stage:paused
! no advocates match
$ advo --today 2026-11-16 advocates industry:healthcare stage:paused --format json
> []
$ advo --today 2026-11-16 advocates industry:healthcare stage:paused --format csv
> id,name,title,company,email,phone,account_owner,industry,segment,employees,region,country,languages,products,use_cases,persona,topics,activities,stage,stage_on,nominated.by,nominated.date,nominated.source,nominated.reason,nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,consent.name.granted,consent.name.expires,consent.quote.granted,consent.quote.expires,consent.case-study.granted,consent.case-study.expires,consent.video.granted,consent.video.expires,consent.press.granted,consent.press.expires,limits.max_per_quarter,limits.max_per_year,unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,verified_on,tags,notes
# A narrow terminal leaves out names and companies before cutting ids.
$ advo --today 2026-11-16 --width 50 advocates stage:active
> ID                   STAGE   INDUSTRY  REGION  NPS
> ana-silva-northwind  active  healthc…  emea      9
> bob-stone-globex     active  retail    na        6
> jane-doe-acme        active  healthc…  na        7
> jane-park-globex     active  financi…  emea
! 4 advocates
# Mistakes are usage errors that say what to write instead.
$ advo --today 2026-11-16 advocates industy:retail
! advo: unknown field 'industy' in 'industy:retail' (did you mean 'industry'?)
? 2
$ advo --today 2026-11-16 advocates avalable:quote
! advo: unknown field 'avalable' in 'avalable:quote' (did you mean 'available'?)
? 2
$ advo --today 2026-11-16 advocates zzz:1
! advo: unknown field 'zzz' in 'zzz:1'; the fields of advocates are: id, name, title, company, email, phone, account_owner, industry, segment, employees, region, country, languages, products, use_cases, persona, topics, activities, stage, stage_on, nominated, nps, moved_to, moved_from, consent, limits, unavailable, do_not_contact, commitment, verified_on, tags, notes, stale, aging, available
? 2
$ advo --today 2026-11-16 advocates stage:activ
! advo: 'stage:activ': unknown stage 'activ' (did you mean 'active'?); known: nominated, qualified, active, paused, alumni, declined
? 2
$ advo --today 2026-11-16 advocates 'nps.score:>nine'
! advo: 'nps.score:>nine': score must be a whole number, not 'nine'
? 2
$ advo --today 2026-11-16 advocates 'verified_on:<2026-02-30'
! advo: 'verified_on:<2026-02-30': invalid date '2026-02-30' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-16 advocates 'industry:>m'
! advo: 'industry:>m': '<' and '>' compare dates and numbers; industry is text
? 2
$ advo --today 2026-11-16 advocates 'nps.score:>7,8'
! advo: 'nps.score:>7,8': a comparison takes one value
? 2
$ advo --today 2026-11-16 advocates nps:9
! advo: 'nps:9': nps is a group of fields (nps.score, nps.date); query one of them, or 'nps:' for none set
? 2
$ advo --today 2026-11-16 advocates industry:helthcare
! advo: 'industry:helthcare': unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail, manufacturing
? 2
$ advo --today 2026-11-16 advocates activities:refrence-call
! advo: 'activities:refrence-call': unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you
? 2
$ advo --today 2026-11-16 advocates available:refrence-call
! advo: 'available:refrence-call': unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: case-study, quote, reference-call, thank-you
? 2
$ advo --today 2026-11-16 advocates stale:yes
! advo: 'stale:yes': stale takes true or false, not 'yes'
? 2
$ advo --today 2026-11-16 advocates jane
! advo: 'jane' is not a query term: write field:value, like stage:active (quote a value with spaces: name:"Jane Doe")
? 2
$ advo --today 2026-11-16 advocates 'name:"Jane'
! advo: unbalanced '"' in the query 'name:"Jane'
? 2
$ advo --today 2026-11-16 advocates --sort nps.scor
! advo: unknown field 'nps.scor' for --sort (did you mean 'nps.score'?)
? 2
$ advo --today 2026-11-16 advocates --sort nps
! advo: cannot sort by nps: it is not a single value (did you mean 'nps.score'?)
? 2
$ advo --today 2026-11-16 advocates --limit 0
! advo: advocates: --limit: must be a whole number of 1 or more, not '0'
! Run 'advo advocates --help' for its options.
? 2
$ advo --today 2026-11-16 advocates --format xml
! advo: advocates: unknown format 'xml'; known: table, json, csv, md
! Run 'advo advocates --help' for its options.
? 2
