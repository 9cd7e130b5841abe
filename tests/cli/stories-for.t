# advo stories --for REQUEST: the usable stories that fit a request's
# criteria, best first, scored as advocates are (industry 3, segment 2,
# region 2, products 2, use_cases 1), recency left out.
$ fixture stories
#
# Orion Health asks for healthcare, emea, analytics: Σ weight 3 + 2 + 2 = 7.
#   northwind-cuts-readmissions  3 + 2 + 2 = 7 → 100 × 7/7 = 100.0 (published: first)
#   hooli-capacity-planning      3 + 2 + 2 = 7 → 100.0 (approved)
#   hooli-patient-flow-video     3 + 2 + 0 = 5 → 100 × 5/7 = 71.4
# The expired webinar, the quote without consent and the draft are left out;
# so are stories that match nothing.
$ advo --today 2026-11-16 stories --for 2026-11-10-orion
> SCORE  ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> 100.0  northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
> 100.0  hooli-capacity-planning      case-study  approved               healthcare  emea
>  71.4  hooli-patient-flow-video     video       published  2026-12-01  healthcare  emea
! 3 usable stories fit 2026-11-10-orion-health-reference-call on 2026-11-16
$ advo --today 2026-11-16 stories --for 2026-11-10-orion --explain
> 1. northwind-cuts-readmissions  100.0 (case-study, published, expires 2029-01-14)
>    CRITERION  WANTED      HAS                    MATCH  WEIGHT  POINTS
>    industry   healthcare  healthcare              1.00       3    3.00
>    region     emea        emea                    1.00       2    2.00
>    products   analytics   analytics, dashboards   1.00       2    2.00
>    total                                                     7    7.00
>
> 2. hooli-capacity-planning  100.0 (case-study, approved)
>    CRITERION  WANTED      HAS         MATCH  WEIGHT  POINTS
>    industry   healthcare  healthcare   1.00       3    3.00
>    region     emea        emea         1.00       2    2.00
>    products   analytics   analytics    1.00       2    2.00
>    total                                          7    7.00
>
> 3. hooli-patient-flow-video  71.4 (video, published, expires 2026-12-01)
>    CRITERION  WANTED      HAS         MATCH  WEIGHT  POINTS
>    industry   healthcare  healthcare   1.00       3    3.00
>    region     emea        emea         1.00       2    2.00
>    products   analytics   dashboards   0.00       2    0.00
>    total                                          7    5.00
! 3 usable stories fit 2026-11-10-orion-health-reference-call on 2026-11-16
$ advo --today 2026-11-16 stories --for 2026-11-10-orion --limit 1 --explain --format md
> ### 1. northwind-cuts-readmissions — 100.0
>
> case-study, published, expires 2029-01-14
>
> | CRITERION | WANTED | HAS | MATCH | WEIGHT | POINTS |
> | --- | --- | --- | ---: | ---: | ---: |
> | industry | healthcare | healthcare | 1.00 | 3 | 3.00 |
> | region | emea | emea | 1.00 | 2 | 2.00 |
> | products | analytics | analytics, dashboards | 1.00 | 2 | 2.00 |
> | total |  |  |  | 7 | 7.00 |
# JSON: the breakdown in the shape advo match gives it; criteria is its
# older form, kept for one release.
$ advo --today 2026-11-16 stories --for 2026-11-10-orion kind:video --format json
> [
>   {
>     "id": "hooli-patient-flow-video",
>     "score": 71.4,
>     "breakdown": {
>       "industry": {
>         "wanted": "healthcare",
>         "has": "healthcare",
>         "match": 1,
>         "points": 3
>       },
>       "region": {
>         "wanted": "emea",
>         "has": "emea",
>         "match": 1,
>         "points": 2
>       },
>       "products": {
>         "wanted": [
>           "analytics"
>         ],
>         "has": [
>           "dashboards"
>         ],
>         "match": 0,
>         "points": 0
>       }
>     },
>     "criteria": [
>       {
>         "criterion": "industry",
>         "wanted": "healthcare",
>         "has": "healthcare",
>         "match": 1,
>         "weight": 3,
>         "points": 3
>       },
>       {
>         "criterion": "region",
>         "wanted": "emea",
>         "has": "emea",
>         "match": 1,
>         "weight": 2,
>         "points": 2
>       },
>       {
>         "criterion": "products",
>         "wanted": "analytics",
>         "has": "dashboards",
>         "match": 0,
>         "weight": 2,
>         "points": 0
>       }
>     ],
>     "story": {
>       "id": "hooli-patient-flow-video",
>       "title": "Hooli patient flow video",
>       "kind": "video",
>       "status": "published",
>       "advocates": [
>         "eva-berg-hooli"
>       ],
>       "company": "Hooli",
>       "industry": "healthcare",
>       "segment": "enterprise",
>       "region": "emea",
>       "products": [
>         "dashboards"
>       ],
>       "use_cases": [
>         "capacity-planning"
>       ],
>       "outcomes": [],
>       "url": "https://example.com/hooli-video",
>       "approvals": [
>         {
>           "date": "2026-03-01",
>           "expires": "2026-12-01"
>         }
>       ],
>       "approved_on": "2026-03-01",
>       "expires_on": "2026-12-01",
>       "tags": [],
>       "notes": null
>     }
>   }
> ]
$ advo --today 2026-11-16 stories --for 2026-11-10-orion --format csv
> score,id,title,kind,status,advocates,company,industry,segment,region,products,use_cases,outcomes,url,approvals,approved_on,expires_on,tags,notes
> 100.0,northwind-cuts-readmissions,Northwind cuts readmissions,case-study,published,ana-lima-northwind,Northwind,healthcare,mid-market,emea,"analytics;dashboards",patient-outcomes,readmissions down 12%,https://example.com/northwind,2026-01-15..2029-01-14,2026-01-15,2029-01-14,,
> 100.0,hooli-capacity-planning,Hooli capacity planning,case-study,approved,eva-berg-hooli,Hooli,healthcare,enterprise,emea,analytics,"capacity-planning;patient-outcomes",,,2026-06-01..,2026-06-01,,,
> 71.4,hooli-patient-flow-video,Hooli patient flow video,video,published,eva-berg-hooli,Hooli,healthcare,enterprise,emea,dashboards,capacity-planning,,https://example.com/hooli-video,2026-03-01..2026-12-01,2026-03-01,2026-12-01,,
#
# On 2026-12-02 the video's approval has ended.
$ advo --today 2026-12-02 stories --for 2026-11-10-orion
> SCORE  ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> 100.0  northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
> 100.0  hooli-capacity-planning      case-study  approved               healthcare  emea
! 2 usable stories fit 2026-11-10-orion-health-reference-call on 2026-12-02
#
# Criteria as options instead of a request. retail, latam, dashboards:
# Σ weight 7; the blog has all three (100.0), the video and the case study
# only the product: 2/7 = 28.6. Segment and use cases: Σ weight 2 + 1 = 3;
# the video 2 + 1×1/2 = 2.5 → 83.3, the case study 0 + 0.5 → 16.7.
$ advo --today 2026-11-16 stories --industry retail --region latam --products dashboards
> SCORE  ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> 100.0  initech-store-blog           blog        published  2027-02-01  retail      latam
>  28.6  hooli-patient-flow-video     video       published  2026-12-01  healthcare  emea
>  28.6  northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
! 3 usable stories fit the criteria on 2026-11-16
$ advo --today 2026-11-16 stories --industry Financial-Services
! no usable story fits the criteria on 2026-11-16
$ advo --today 2026-11-16 stories --industry financial-servics
! advo: --industry financial-servics: unknown industry 'financial-servics' (did you mean 'financial-services'?); known: healthcare, financial-services, retail
! advo: 1 invalid criterion
? 2
$ advo --today 2026-11-16 stories --segment enterprise --use-cases capacity-planning,patient-outcomes --explain
> 1. hooli-capacity-planning  100.0 (case-study, approved)
>    CRITERION  WANTED                               HAS                                  MATCH  WEIGHT  POINTS
>    segment    enterprise                           enterprise                            1.00       2    2.00
>    use_cases  capacity-planning, patient-outcomes  capacity-planning, patient-outcomes   1.00       1    1.00
>    total                                                                                            3    3.00
>
> 2. hooli-patient-flow-video  83.3 (video, published, expires 2026-12-01)
>    CRITERION  WANTED                               HAS                MATCH  WEIGHT  POINTS
>    segment    enterprise                           enterprise          1.00       2    2.00
>    use_cases  capacity-planning, patient-outcomes  capacity-planning   0.50       1    0.50
>    total                                                                          3    2.50
>
> 3. northwind-cuts-readmissions  16.7 (case-study, published, expires 2029-01-14)
>    CRITERION  WANTED                               HAS               MATCH  WEIGHT  POINTS
>    segment    enterprise                           mid-market         0.00       2    0.00
>    use_cases  capacity-planning, patient-outcomes  patient-outcomes   0.50       1    0.50
>    total                                                                         3    0.50
! 3 usable stories fit the criteria on 2026-11-16
#
# A request with no criterion stories are scored on: every usable story fits.
$ advo --today 2026-11-16 stories --for 2026-11-12-zenith
> SCORE  ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
>   0.0  hooli-patient-flow-video     video       published  2026-12-01  healthcare  emea
>   0.0  initech-store-blog           blog        published  2027-02-01  retail      latam
>   0.0  northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
>   0.0  hooli-capacity-planning      case-study  approved               healthcare  emea
! 2026-11-12-zenith-reference-call gives no criterion stories are scored on (industry, segment, region, products, use_cases): every usable story fits
! 4 usable stories fit 2026-11-12-zenith-reference-call on 2026-11-16
#
# Mistakes.
$ advo --today 2026-11-16 stories --for 2026
! advo: '2026' is ambiguous; it matches:
!   2026-07-01-crescent-retail-reference-call (request)
!   2026-08-01-atlas-motors-reference-call (request)
!   2026-09-01-vantage-bank-reference-call (request)
!   2026-11-10-orion-health-reference-call (request)
!   2026-11-12-zenith-reference-call (request)
? 2
$ advo --today 2026-11-16 stories --for nothing
! advo: no request 'nothing'
? 2
$ advo --today 2026-11-16 stories --for 2026-11-10-orion --industry retail
! advo: give --for REQUEST or criteria options, not both
? 2
$ advo --today 2026-11-16 stories --for 2026-11-10-orion --sort id
! advo: --sort and --reverse do not go with --for or criteria: the stories are ranked by score
? 2
$ advo --today 2026-11-16 stories --industry helthcare --segment huge
! advo: --industry helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail
! advo: --segment huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: 2 invalid criteria
? 2
$ advo --today 2026-11-16 stories --region emea --region na
! advo: --region is given 2 times; it takes one value
? 2
