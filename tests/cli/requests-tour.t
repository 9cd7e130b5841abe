# The README tour of requests and matching, on a copy of examples/acme.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 request new --type reference-call --by sam.ortiz --account "Baltic Mutual" --opportunity OPP-3120 --amount 180000 --currency EUR --needed-by +5d --industry financial-services --region emea --products analytics,ai-insights
> 2026-11-16-baltic-mutual-reference-call
! created requests/2026-11-16-baltic-mutual-reference-call.yaml
$ advo --today 2026-11-16 requests due:7d
> ID                                       STATUS  NEEDED BY   BY
> 2026-11-16-baltic-mutual-reference-call  open    2026-11-21  sam.ortiz
! 1 request
$ advo --today 2026-11-16 match 2026-11-16-baltic --explain --limit 3
> RANK  ID                              NAME            COMPANY             SCORE  MATCHED  ASKS  LAST ASK
>    1  fatima-zahra-sahel-payments     Fatima Zahra    Sahel Payments       80.1    2.5/3     1  2026-04-10
>    2  liam-murphy-atlantic-insurance  Liam Murphy     Atlantic Insurance   72.3    2.5/3     2  2026-08-16
>    3  isabella-rossi-moda-milano      Isabella Rossi  Moda Milano          42.1    1.5/3     4  2026-06-25
>
> 1. fatima-zahra-sahel-payments: 80.1
> CRITERION  WANTED                  HAS                    MATCH  WEIGHT  POINTS
> industry   financial-services      financial-services      1.00       3    3.00
> region     emea                    emea                    1.00       2    2.00
> products   analytics, ai-insights  ai-insights             0.50       2    1.00
> recency    365+ days               220 days (2026-04-10)   0.60       2    1.21
> score = 100 × 7.21 / 9 = 80.1
>
> 2. liam-murphy-atlantic-insurance: 72.3
> CRITERION  WANTED                  HAS                    MATCH  WEIGHT  POINTS
> industry   financial-services      financial-services      1.00       3    3.00
> region     emea                    emea                    1.00       2    2.00
> products   analytics, ai-insights  ai-insights, embedded   0.50       2    1.00
> recency    365+ days               92 days (2026-08-16)    0.25       2    0.50
> score = 100 × 6.50 / 9 = 72.3
>
> 3. isabella-rossi-moda-milano: 42.1
> CRITERION  WANTED                  HAS                    MATCH  WEIGHT  POINTS
> industry   financial-services      retail                  0.00       3    0.00
> region     emea                    emea                    1.00       2    2.00
> products   analytics, ai-insights  analytics               0.50       2    1.00
> recency    365+ days               144 days (2026-06-25)   0.39       2    0.79
> score = 100 × 3.79 / 9 = 42.1
>
> Stories that fit (usable on 2026-11-16):
> RANK  ID                                       TITLE                                    KIND        STATUS     SCORE
>    1  liffey-bank-stops-fraud-in-real-time     Liffey Bank stops fraud in real time     video       published   85.7
>    2  meridian-bank-risk-reporting             Meridian Bank risk reporting             case-study  published   42.9
>    3  thames-university-opens-self-service-bi  Thames University opens self-service BI  blog        published   42.9
! 3 of 16 eligible for reference-call on 2026-11-16, 32 excluded (--all lists them)
$ advo --today 2026-11-16 match 2026-11-16-baltic --all --format md | head -12
> | RANK | ID | NAME | COMPANY | SCORE | MATCHED | ASKS | LAST ASK |
> | ---: | --- | --- | --- | ---: | ---: | ---: | --- |
> | 1 | fatima-zahra-sahel-payments | Fatima Zahra | Sahel Payments | 80.1 | 2.5/3 | 1 | 2026-04-10 |
> | 2 | liam-murphy-atlantic-insurance | Liam Murphy | Atlantic Insurance | 72.3 | 2.5/3 | 2 | 2026-08-16 |
> | 3 | isabella-rossi-moda-milano | Isabella Rossi | Moda Milano | 42.1 | 1.5/3 | 4 | 2026-06-25 |
> | 4 | oliver-bennett-thames-university | Oliver Bennett | Thames University | 40.2 | 1.5/3 | 3 | 2026-07-27 |
> | 5 | samuel-adeyemi-lagoon-retail-group | Samuel Adeyemi | Lagoon Retail Group | 35.8 | 1/3 | 3 | 2026-04-07 |
>
> ### Excluded (32):
>
> | ID | NAME | SCORE | NEXT AVAILABLE | REASONS |
> | --- | --- | ---: | --- | --- |
$ advo --today 2026-11-16 match 2026-11-16-baltic --assign fatima
! 2026-11-16-baltic-mutual-reference-call: assigned fatima-zahra-sahel-payments (open → matched)
$ advo --today 2026-11-16 log fatima reference-call --request 2026-11-16-baltic --by kate.morgan
> 2026-11-16-fatima-zahra-sahel-payments-reference-call
! request 2026-11-16-baltic-mutual-reference-call: fulfilled (was matched)
$ advo --today 2026-11-16 request close 2026-11-16-baltic --status fulfilled --deal won
! 2026-11-16-baltic-mutual-reference-call: still fulfilled, deal won
$ advo --today 2026-11-16 show 2026-11-16-baltic
> id: 2026-11-16-baltic-mutual-reference-call
> type: reference-call
> status: fulfilled
> requested_by: sam.ortiz
> requested_on: 2026-11-16
> needed_by: 2026-11-21
> opportunity:
>   id: OPP-3120
>   account: Baltic Mutual
>   amount: 180000
>   currency: EUR
> criteria:
>   industry: financial-services
>   region: emea
>   products:
>     - analytics
>     - ai-insights
> advocates:
>   - fatima-zahra-sahel-payments
> fulfilled_on: 2026-11-16
> outcome:
>   deal: won
>   closed_on: 2026-11-16
> # as of 2026-11-16:
> # assigned advocates, for reference-call:
> #   fatima-zahra-sahel-payments: not available (resting, min-gap); next available: 2027-01-15
$ advo --today 2026-11-16 check --strict
