# advo stories [QUERY]: the story library, any slice of it, with the
# virtual fields expiring, expired and usable worked out for today.
$ fixture stories
$ advo --today 2026-11-16 stories
> ID                           KIND           STATUS     EXPIRES     INDUSTRY            REGION
> globex-fraud-video           video          retired    2026-01-01  financial-services  na
> globex-risk-reporting        case-study     published  2028-06-01  financial-services  na
> hooli-analytics-webinar      webinar        published  2026-10-31  healthcare          emea
> hooli-capacity-planning      case-study     approved               healthcare          emea
> hooli-patient-flow-video     video          published  2026-12-01  healthcare          emea
> initech-demand-forecasting   case-study     approved   2029-05-01  retail              latam
> initech-store-blog           blog           published  2027-02-01  retail              latam
> northwind-cuts-readmissions  case-study     published  2029-01-14  healthcare          emea
> northwind-quote              quote          approved   2027-12-31  healthcare          emea
> northwind-rollout-review     review         in-review              healthcare          emea
> umbrella-press-release       press-release  draft                  financial-services
! 11 stories
$ advo --today 2026-11-16 --width 120 stories kind:case-study,video not:status:retired
> ID                           KIND        STATUS     EXPIRES     INDUSTRY            REGION
> globex-risk-reporting        case-study  published  2028-06-01  financial-services  na
> hooli-capacity-planning      case-study  approved               healthcare          emea
> hooli-patient-flow-video     video       published  2026-12-01  healthcare          emea
> initech-demand-forecasting   case-study  approved   2029-05-01  retail              latam
> northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare          emea
! 5 stories
$ advo --today 2026-11-16 stories industry:healthcare 'approved_on:>=2026-01-01' --sort expires_on
> ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> hooli-patient-flow-video     video       published  2026-12-01  healthcare  emea
> northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
> hooli-capacity-planning      case-study  approved               healthcare  emea
! 3 stories
$ advo --today 2026-11-16 stories advocates:eva-berg-hooli --sort expires_on --reverse --limit 2
> ID                        KIND     STATUS     EXPIRES     INDUSTRY    REGION
> hooli-patient-flow-video  video    published  2026-12-01  healthcare  emea
> hooli-analytics-webinar   webinar  published  2026-10-31  healthcare  emea
! 2 of 3 stories
# A reference field takes a unique prefix of an id, as ids on the command
# line do; an ambiguous one is a usage error listing the candidates.
$ advo --today 2026-11-16 stories advocates:eva --sort expires_on --reverse --limit 2
> ID                        KIND     STATUS     EXPIRES     INDUSTRY    REGION
> hooli-patient-flow-video  video    published  2026-12-01  healthcare  emea
> hooli-analytics-webinar   webinar  published  2026-10-31  healthcare  emea
! 2 of 3 stories
$ advo --today 2026-11-16 stories advocates:e
! advo: 'advocates:e': 'e' is ambiguous; it matches:
!   eli-brand-initech (advocate)
!   eva-berg-hooli (advocate)
? 2
#
# expiring: the approval ends within staleness.expiry_warn_days (30 here);
# expired: it has ended. Both look at the dates whatever the status.
$ advo --today 2026-11-16 stories expiring:true
> ID                        KIND   STATUS     EXPIRES     INDUSTRY    REGION
> hooli-patient-flow-video  video  published  2026-12-01  healthcare  emea
! 1 story
$ advo --today 2026-10-31 stories expiring:true
> ID                       KIND     STATUS     EXPIRES     INDUSTRY    REGION
> hooli-analytics-webinar  webinar  published  2026-10-31  healthcare  emea
! 1 story
$ advo --today 2026-11-16 stories expired:true
> ID                       KIND     STATUS     EXPIRES     INDUSTRY            REGION
> globex-fraud-video       video    retired    2026-01-01  financial-services  na
> hooli-analytics-webinar  webinar  published  2026-10-31  healthcare          emea
! 2 stories
$ advo --today 2026-11-16 stories expired:true status:approved,published
> ID                       KIND     STATUS     EXPIRES     INDUSTRY    REGION
> hooli-analytics-webinar  webinar  published  2026-10-31  healthcare  emea
! 1 story
#
# usable: may be used today; advo show says why one is not.
$ advo --today 2026-11-16 stories usable:true
> ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> hooli-capacity-planning      case-study  approved               healthcare  emea
> hooli-patient-flow-video     video       published  2026-12-01  healthcare  emea
> initech-store-blog           blog        published  2027-02-01  retail      latam
> northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
! 4 stories
$ advo --today 2026-11-16 stories usable:false
> ID                          KIND           STATUS     EXPIRES     INDUSTRY            REGION
> globex-fraud-video          video          retired    2026-01-01  financial-services  na
> globex-risk-reporting       case-study     published  2028-06-01  financial-services  na
> hooli-analytics-webinar     webinar        published  2026-10-31  healthcare          emea
> initech-demand-forecasting  case-study     approved   2029-05-01  retail              latam
> northwind-quote             quote          approved   2027-12-31  healthcare          emea
> northwind-rollout-review    review         in-review              healthcare          emea
> umbrella-press-release      press-release  draft                  financial-services
! 7 stories
$ advo --today 2026-06-30 stories usable:true kind:quote
> ID               KIND   STATUS    EXPIRES     INDUSTRY    REGION
> northwind-quote  quote  approved  2027-12-31  healthcare  emea
! 1 story
$ advo --today 2026-07-01 stories usable:true kind:quote
! no stories match
#
# Other formats. Markdown is what a seller pastes: title, kind, URL,
# whether the story is usable today (and why not), id.
$ advo --today 2026-11-16 stories usable:true --format md
> | TITLE | KIND | URL | USABLE | ID |
> | --- | --- | --- | --- | --- |
> | Hooli capacity planning | case-study |  | yes | hooli-capacity-planning |
> | Hooli patient flow video | video | https://example.com/hooli-video | yes | hooli-patient-flow-video |
> | Initech store blog | blog | https://example.com/initech-blog | yes | initech-store-blog |
> | Northwind cuts readmissions | case-study | https://example.com/northwind | yes | northwind-cuts-readmissions |
$ advo --today 2026-11-16 stories kind:case-study,video --format md
> | TITLE | KIND | URL | USABLE | ID |
> | --- | --- | --- | --- | --- |
> | Globex fraud video | video |  | no: retired, expired, advocate-gone | globex-fraud-video |
> | Globex risk reporting | case-study | https://example.com/globex | no: advocate-gone, no-consent | globex-risk-reporting |
> | Hooli capacity planning | case-study |  | yes | hooli-capacity-planning |
> | Hooli patient flow video | video | https://example.com/hooli-video | yes | hooli-patient-flow-video |
> | Initech demand forecasting | case-study |  | no: no-consent | initech-demand-forecasting |
> | Northwind cuts readmissions | case-study | https://example.com/northwind | yes | northwind-cuts-readmissions |
$ advo --today 2026-11-16 stories id:northwind-cuts-readmissions --format json
> [
>   {
>     "id": "northwind-cuts-readmissions",
>     "title": "Northwind cuts readmissions",
>     "kind": "case-study",
>     "status": "published",
>     "advocates": [
>       "ana-lima-northwind"
>     ],
>     "company": "Northwind",
>     "industry": "healthcare",
>     "segment": "mid-market",
>     "region": "emea",
>     "products": [
>       "analytics",
>       "dashboards"
>     ],
>     "use_cases": [
>       "patient-outcomes"
>     ],
>     "outcomes": [
>       "readmissions down 12%"
>     ],
>     "url": "https://example.com/northwind",
>     "approvals": [
>       {
>         "date": "2026-01-15",
>         "expires": "2029-01-14"
>       }
>     ],
>     "approved_on": "2026-01-15",
>     "expires_on": "2029-01-14",
>     "tags": [],
>     "notes": null
>   }
> ]
$ advo --today 2026-11-16 stories id:initech* --format csv
> id,title,kind,status,advocates,company,industry,segment,region,products,use_cases,outcomes,url,approvals,approved_on,expires_on,tags,notes
> initech-demand-forecasting,Initech demand forecasting,case-study,approved,carla-diaz-initech,Initech,retail,smb,latam,analytics,,,,2026-05-01..2029-05-01,2026-05-01,2029-05-01,,
> initech-store-blog,Initech store blog,blog,published,carla-diaz-initech,Initech,retail,smb,latam,dashboards,,,https://example.com/initech-blog,2026-02-01..2027-02-01,2026-02-01,2027-02-01,,
#
# Nothing matches; mistakes in a query are usage errors.
$ advo --today 2026-11-16 stories industry:retail expiring:true
! no stories match
$ advo --today 2026-11-16 stories northwind-cuts
! advo: 'northwind-cuts' is not a query term: write field:value, like stage:active (quote a value with spaces: name:"Jane Doe")
? 2
$ advo --today 2026-11-16 stories usable:yes
! advo: 'usable:yes': usable takes true or false, not 'yes'
? 2
$ advo --today 2026-11-16 stories kind:podcast
! advo: 'kind:podcast': unknown kind 'podcast'; known: case-study, video, quote, blog, webinar, press-release, review
? 2
$ advo --today 2026-11-16 stories staus:draft
! advo: unknown field 'staus' in 'staus:draft' (did you mean 'status'?)
? 2
$ advo --today 2026-11-16 stories --sort advocate
! advo: unknown field 'advocate' for --sort (did you mean 'advocates'?)
? 2
$ advo --today 2026-11-16 stories --explain
! advo: --explain goes with --for REQUEST or criteria options
? 2
$ advo --today 2026-11-16 stories --limit 0
! advo: stories: --limit: must be a whole number of 1 or more, not '0'
! Run 'advo stories --help' for its options.
? 2
#
# --country: the stories featuring an advocate from that country (any
# case), listed or ranked.
$ advo --today 2026-11-16 stories --country de
> ID                           KIND        STATUS     EXPIRES     INDUSTRY    REGION
> northwind-cuts-readmissions  case-study  published  2029-01-14  healthcare  emea
> northwind-quote              quote       approved   2027-12-31  healthcare  emea
> northwind-rollout-review     review      in-review              healthcare  emea
! 3 stories
$ advo --today 2026-11-16 stories --industry healthcare --country se --format md
> | SCORE | TITLE | KIND | URL | USABLE | ID |
> | ---: | --- | --- | --- | --- | --- |
> | 100.0 | Hooli patient flow video | video | https://example.com/hooli-video | yes | hooli-patient-flow-video |
> | 100.0 | Hooli capacity planning | case-study |  | yes | hooli-capacity-planning |
$ advo --today 2026-11-16 stories --country Germany
! advo: unknown country code 'Germany' for --country (expected ISO 3166 alpha-2, like DE or US)
? 2
