# advo match lists, under the advocates, the three usable stories that fit
# the request best, ranked as `advo stories --for` ranks them.
$ fixture stories
# Orion Health (healthcare, emea, analytics): the same three stories as
# stories --for, in the same order (see stories-for.t for the scores).
$ advo --today 2026-11-16 match 2026-11-10-orion --limit 1
> RANK  ID                  NAME        COMPANY  SCORE  MATCHED  ASKS  LAST ASK
>    1  carla-diaz-initech  Carla Díaz  Initech   13.4      0/3     1  2026-04-10
>
> Stories that fit (usable on 2026-11-16):
> RANK  ID                           TITLE                        KIND        STATUS     SCORE
>    1  northwind-cuts-readmissions  Northwind cuts readmissions  case-study  published  100.0
>    2  hooli-capacity-planning      Hooli capacity planning      case-study  approved   100.0
>    3  hooli-patient-flow-video     Hooli patient flow video     video       published   71.4
! 1 eligible for reference-call on 2026-11-16, 6 excluded (--all lists them)
$ advo --today 2026-11-16 match 2026-11-10-orion --format json | sed -n '/"stories"/,$p'
>   "stories": [
>     {
>       "id": "northwind-cuts-readmissions",
>       "title": "Northwind cuts readmissions",
>       "kind": "case-study",
>       "status": "published",
>       "score": 100
>     },
>     {
>       "id": "hooli-capacity-planning",
>       "title": "Hooli capacity planning",
>       "kind": "case-study",
>       "status": "approved",
>       "score": 100
>     },
>     {
>       "id": "hooli-patient-flow-video",
>       "title": "Hooli patient flow video",
>       "kind": "video",
>       "status": "published",
>       "score": 71.4
>     }
>   ]
> }
$ advo --today 2026-11-16 match 2026-11-10-orion --limit 1 --format md
> | RANK | ID | NAME | COMPANY | SCORE | MATCHED | ASKS | LAST ASK |
> | ---: | --- | --- | --- | ---: | ---: | ---: | --- |
> | 1 | carla-diaz-initech | Carla Díaz | Initech | 13.4 | 0/3 | 1 | 2026-04-10 |
>
> ### Stories that fit (usable on 2026-11-16):
>
> | RANK | ID | TITLE | KIND | STATUS | SCORE |
> | ---: | --- | --- | --- | --- | ---: |
> | 1 | northwind-cuts-readmissions | Northwind cuts readmissions | case-study | published | 100.0 |
> | 2 | hooli-capacity-planning | Hooli capacity planning | case-study | approved | 100.0 |
> | 3 | hooli-patient-flow-video | Hooli patient flow video | video | published | 71.4 |
# The stories are those usable on the day of --on: the patient-flow video's
# approval ends on 2026-12-01.
$ advo --today 2026-11-16 match 2026-11-10-orion --limit 1 --on 2026-12-02
> RANK  ID                  NAME        COMPANY  SCORE  MATCHED  ASKS  LAST ASK
>    1  carla-diaz-initech  Carla Díaz  Initech   14.4      0/3     1  2026-04-10
>
> Stories that fit (usable on 2026-12-02):
> RANK  ID                           TITLE                        KIND        STATUS     SCORE
>    1  northwind-cuts-readmissions  Northwind cuts readmissions  case-study  published  100.0
>    2  hooli-capacity-planning      Hooli capacity planning      case-study  approved   100.0
! 1 eligible for reference-call on 2026-12-02, 6 excluded (--all lists them)
# Criteria no usable story meets: the part says so.
$ advo --today 2026-11-16 match --type reference-call --region apac --limit 1
> RANK  ID                  NAME        COMPANY  SCORE  MATCHED  ASKS  LAST ASK
>    1  carla-diaz-initech  Carla Díaz  Initech   30.1      0/1     1  2026-04-10
>
> Stories that fit (usable on 2026-11-16):
> none of the usable stories fits these criteria
! 1 eligible for reference-call on 2026-11-16, 6 excluded (--all lists them)
# No criterion a story is scored on: no stories part, and [] in JSON.
$ advo --today 2026-11-16 match --type reference-call --limit 1
> RANK  ID                  NAME        COMPANY  SCORE  ASKS  LAST ASK
>    1  carla-diaz-initech  Carla Díaz  Initech   60.3     1  2026-04-10
! 1 eligible for reference-call on 2026-11-16, 6 excluded (--all lists them)
$ advo --today 2026-11-16 match --type reference-call --limit 1 --format json | sed -n '/"stories"/,$p'
>   "stories": []
> }
