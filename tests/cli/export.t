# advo export: records for spreadsheets and scripts, one row per record,
# lists joined with ';', nested fields as dotted columns.
$ fixture import-roundtrip
$ advo --today 2026-11-16 export advocates
> id,name,title,company,email,phone,account_owner,industry,segment,employees,region,country,languages,products,use_cases,persona,topics,activities,stage,stage_on,nominated.by,nominated.date,nominated.source,nominated.reason,nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,consent.name.granted,consent.name.expires,consent.quote.granted,consent.quote.expires,consent.case-study.granted,consent.case-study.expires,consent.video.granted,consent.video.expires,consent.press.granted,consent.press.expires,limits.max_per_quarter,limits.max_per_year,unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,verified_on,tags,notes
> ana-silva-northwind,'+Ana Silva,,'-Northwind,ana@northwind.example,,,,,,,,,,,,,,declined,2026-05-05,,2026-05-01,self,,,,,,,,,,,,,,,,,,,,,false,,,,,,"'=HYPERLINK(""http://evil.example"",""click"")"
> marta-gomez-andes-manufacturing,Marta Gómez,"Head of BI, LATAM","Andes Manufacturing; S.A.",marta@andes.example,'+56 2 2555 0100,"Kate ""KM"" Morgan",manufacturing,enterprise,5200,latam,CL,"es;en","analytics;dash\;boards;a\|b;back\\slash","forecasting;plant, floor",executive,"'=HYPERLINK(""http://evil.example"",""x"");+growth;-lean;@scale","reference-call;case-study",active,2026-03-01,priya,2026-01-10,success,"Great QBR, ""very"" keen",10,2026-10-01,,,2026-01-15,2031-01-15,2026-01-15,,2026-02-01,2027-02-01,2026-03-01,,2026-03-02,2026-12-31,2026-04-01,,1,4,"2026-12-20..2027-01-05 Holidays\; family, abroad;2027-03-01..2027-03-02",true,reference-call,2027-06-30,Signed with the renewal,2026-11-01,"champion;emea\|latam","First line, with a comma.
> Second ""quoted"" line; a semicolon.
> =SUM(A1) on a line of its own
> Ünïcödé and 中文
> "
$ advo --today 2026-11-16 export stories
> id,title,kind,status,advocates,company,industry,segment,region,products,use_cases,outcomes,url,approvals,approved_on,expires_on,tags,notes
> andes-cuts-close-time,"Andes cuts close time: ""from 9 days to 4""",case-study,published,marta-gomez-andes-manufacturing,"Andes Manufacturing; S.A.",manufacturing,enterprise,latam,"analytics;dash\;boards",forecasting,"cut month-end close from 9 to 4 days;saved $2M, in year one","https://example.com/andes?ref=a,b",2026-04-01..2031-04-01,2026-04-01,2031-04-01,flagship,"Approved by legal.
> Quote on page 2; logo on cover.
> "
$ advo --today 2026-11-16 export requests
> id,type,status,requested_by,requested_on,needed_by,opportunity.id,opportunity.account,opportunity.amount,opportunity.currency,opportunity.stage,criteria.industry,criteria.segment,criteria.region,criteria.country,criteria.products,criteria.use_cases,criteria.persona,criteria.languages,advocates,stories,fulfilled_on,outcome.deal,outcome.closed_on,outcome.reason,notes
> 2026-11-02-umbrella-reference-call,reference-call,fulfilled,Sam O'Hara,2026-11-02,2026-11-09,OPP-1,"Umbrella, Inc.",1234567.89,EUR,negotiation,manufacturing,enterprise,latam,CL,"analytics;dash\;boards",forecasting,executive,es,marta-gomez-andes-manufacturing,andes-cuts-close-time,2026-11-05,won,2026-11-14,"Reference ""sealed it""; CFO call","Call went well.
> Follow up in Q1.
> "
$ advo --today 2026-11-16 export engagements
> id,date,advocate,type,outcome,request,story,logged_by,override,notes
> 2026-11-05-marta-gomez-andes-manufacturing-reference-call,2026-11-05,marta-gomez-andes-manufacturing,reference-call,completed,2026-11-02-umbrella-reference-call,andes-cuts-close-time,kate,,"Great call, ""sealed it"""
> 2026-11-10-marta-gomez-andes-manufacturing-thank-you,2026-11-10,marta-gomez-andes-manufacturing,thank-you,completed,,,,,
# A query picks records; --fields picks columns (a group gives all of it).
$ advo --today 2026-11-16 export advocates stage:declined --fields name,email,nominated
> name,email,nominated.by,nominated.date,nominated.source,nominated.reason
> '+Ana Silva,ana@northwind.example,,2026-05-01,self,
$ advo --today 2026-11-16 export engagements type:thank-you --fields date,advocate,type
> date,advocate,type
> 2026-11-10,marta-gomez-andes-manufacturing,thank-you
$ advo --today 2026-11-16 export advocates industry:retail
> id,name,title,company,email,phone,account_owner,industry,segment,employees,region,country,languages,products,use_cases,persona,topics,activities,stage,stage_on,nominated.by,nominated.date,nominated.source,nominated.reason,nps.score,nps.date,moved_to,moved_from,consent.logo.granted,consent.logo.expires,consent.name.granted,consent.name.expires,consent.quote.granted,consent.quote.expires,consent.case-study.granted,consent.case-study.expires,consent.video.granted,consent.video.expires,consent.press.granted,consent.press.expires,limits.max_per_quarter,limits.max_per_year,unavailable,do_not_contact,commitment.activities,commitment.until,commitment.note,verified_on,tags,notes
# Cells a spreadsheet would run as formulas start with an apostrophe.
$ advo --today 2026-11-16 export advocates --fields name,company,topics,notes
> name,company,topics,notes
> '+Ana Silva,'-Northwind,,"'=HYPERLINK(""http://evil.example"",""click"")"
> Marta Gómez,"Andes Manufacturing; S.A.","'=HYPERLINK(""http://evil.example"",""x"");+growth;-lean;@scale","First line, with a comma.
> Second ""quoted"" line; a semicolon.
> =SUM(A1) on a line of its own
> Ünïcödé and 中文
> "
# JSON: every field of each record, or the chosen ones.
$ advo --today 2026-11-16 export advocates stage:declined --format json
> [
>   {
>     "id": "ana-silva-northwind",
>     "name": "+Ana Silva",
>     "title": null,
>     "company": "-Northwind",
>     "email": "ana@northwind.example",
>     "phone": null,
>     "account_owner": null,
>     "industry": null,
>     "segment": null,
>     "employees": null,
>     "region": null,
>     "country": null,
>     "languages": [],
>     "products": [],
>     "use_cases": [],
>     "persona": null,
>     "topics": [],
>     "activities": [],
>     "stage": "declined",
>     "stage_on": "2026-05-05",
>     "nominated": {
>       "by": null,
>       "date": "2026-05-01",
>       "source": "self",
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
>     "verified_on": null,
>     "tags": [],
>     "notes": "=HYPERLINK(\"http://evil.example\",\"click\")"
>   }
> ]
$ advo --today 2026-11-16 export stories --format json --fields id,title,advocates,approved_on
> [
>   {
>     "id": "andes-cuts-close-time",
>     "title": "Andes cuts close time: \"from 9 days to 4\"",
>     "advocates": [
>       "marta-gomez-andes-manufacturing"
>     ],
>     "approved_on": "2026-04-01"
>   }
> ]
# --excel starts the file with a byte-order mark; -o writes a file.
$ advo --today 2026-11-16 export requests --excel --fields id,status -o requests.csv
! wrote 1 request to requests.csv
$ od -c requests.csv | head -n 2
> 0000000 357 273 277   i   d   ,   s   t   a   t   u   s  \r  \n   2   0
> 0000020   2   6   -   1   1   -   0   2   -   u   m   b   r   e   l   l
$ advo --today 2026-11-16 -q export advocates -o out/advocates.json --format json
$ ls out
> advocates.json
# Mistakes.
$ advo --today 2026-11-16 export customers
! advo: export: unknown kind 'customers'; known: advocates, stories, requests, engagements
! Run 'advo export --help' for its options.
? 2
$ advo --today 2026-11-16 export
! advo: export: KIND is required
! Run 'advo export --help' for its options.
? 2
$ advo --today 2026-11-16 export advocates --fields name,emial
! advo: unknown field 'emial' for --fields (did you mean 'email'?)
? 2
$ advo --today 2026-11-16 export advocates --format json --excel
! advo: --excel is for --format csv
? 2
$ advo --today 2026-11-16 export advocates --format table
! advo: export: unknown format 'table'; known: csv, json
! Run 'advo export --help' for its options.
? 2
$ advo --today 2026-11-16 export advocates stgae:active
! advo: unknown field 'stgae' in 'stgae:active' (did you mean 'stage'?)
? 2
$ touch blocked
$ advo --today 2026-11-16 export advocates -o blocked/x.csv
! advo: blocked/x.csv: cannot create folder: Not a directory
? 4
