# advo requests [QUERY] on fixture `match`, today 2026-11-20:
#   2026-08-20-harbor-health-webinar             fulfilled  needed by 2026-09-15
#   2026-10-20-summit-retail-reference-call      matched    needed by 2026-11-10 (overdue)
#   2026-11-02-polar-freight-reference-call      cancelled  needed by 2026-11-09 (closed: not overdue)
#   2026-11-18-northwind-clinics-reference-call  open       needed by 2026-11-25 (in 5 days)
#   2026-11-19-harbor-health-logo                open       needed by 2026-11-30 (in 10 days)
$ fixture match
$ advo --today 2026-11-20 requests
> ID                                           STATUS     NEEDED BY   BY   ADVOCATES
> 2026-08-20-harbor-health-webinar             fulfilled  2026-09-15  kim  cy-cole-cedar-health
> 2026-10-20-summit-retail-reference-call      matched    2026-11-10  sam  lee-lund-lake-clinic
> 2026-11-02-polar-freight-reference-call      cancelled  2026-11-09  sam
> 2026-11-18-northwind-clinics-reference-call  open       2026-11-25  sam
> 2026-11-19-harbor-health-logo                open       2026-11-30  kim
! 5 requests
$ advo --today 2026-11-20 requests status:open,matched --sort needed_by --reverse
> ID                                           STATUS   NEEDED BY   BY   ADVOCATES
> 2026-11-19-harbor-health-logo                open     2026-11-30  kim
> 2026-11-18-northwind-clinics-reference-call  open     2026-11-25  sam
> 2026-10-20-summit-retail-reference-call      matched  2026-11-10  sam  lee-lund-lake-clinic
! 3 requests
$ advo --today 2026-11-20 requests overdue:true
> ID                                       STATUS   NEEDED BY   BY   ADVOCATES
> 2026-10-20-summit-retail-reference-call  matched  2026-11-10  sam  lee-lund-lake-clinic
! 1 request
$ advo --today 2026-11-20 requests not:overdue:true status:open,matched
> ID                                           STATUS  NEEDED BY   BY
> 2026-11-18-northwind-clinics-reference-call  open    2026-11-25  sam
> 2026-11-19-harbor-health-logo                open    2026-11-30  kim
! 2 requests
# due:Nd: still to be done and needed by today + N days, overdue included.
$ advo --today 2026-11-20 requests due:5d
> ID                                           STATUS   NEEDED BY   BY   ADVOCATES
> 2026-10-20-summit-retail-reference-call      matched  2026-11-10  sam  lee-lund-lake-clinic
> 2026-11-18-northwind-clinics-reference-call  open     2026-11-25  sam
! 2 requests
$ advo --today 2026-11-20 requests due:5d not:overdue:true
> ID                                           STATUS  NEEDED BY   BY
> 2026-11-18-northwind-clinics-reference-call  open    2026-11-25  sam
! 1 request
$ advo --today 2026-11-20 requests due:10d --limit 2
> ID                                           STATUS   NEEDED BY   BY   ADVOCATES
> 2026-10-20-summit-retail-reference-call      matched  2026-11-10  sam  lee-lund-lake-clinic
> 2026-11-18-northwind-clinics-reference-call  open     2026-11-25  sam
! 2 of 3 requests
$ advo --today 2026-11-20 requests due:0d
> ID                                       STATUS   NEEDED BY   BY   ADVOCATES
> 2026-10-20-summit-retail-reference-call  matched  2026-11-10  sam  lee-lund-lake-clinic
! 1 request
# Any field, with dotted paths.
$ advo --today 2026-11-20 requests opportunity.account:harbor* criteria.industry:healthcare
> ID                                STATUS     NEEDED BY   BY   ADVOCATES
> 2026-08-20-harbor-health-webinar  fulfilled  2026-09-15  kim  cy-cole-cedar-health
> 2026-11-19-harbor-health-logo     open       2026-11-30  kim
! 2 requests
# advocates: and stories: take a unique prefix of an id (lee → lee-lund-lake-clinic);
# an ambiguous prefix is a usage error listing the candidates.
$ advo --today 2026-11-20 requests advocates:lee
> ID                                       STATUS   NEEDED BY   BY   ADVOCATES
> 2026-10-20-summit-retail-reference-call  matched  2026-11-10  sam  lee-lund-lake-clinic
! 1 request
$ advo --today 2026-11-20 requests advocates:l
! advo: 'advocates:l': 'l' is ambiguous; it matches:
!   lee-lund-lake-clinic (advocate)
!   lou-lane-lark-health (advocate)
? 2
$ advo --today 2026-11-20 requests 'opportunity.amount:>=100000' advocates:
> ID                                           STATUS  NEEDED BY   BY
> 2026-11-18-northwind-clinics-reference-call  open    2026-11-25  sam
! 1 request
$ advo --today 2026-11-20 requests outcome.deal:won,lost --format md
> | ID | STATUS | NEEDED BY | BY | ADVOCATES |
> | --- | --- | --- | --- | --- |
> | 2026-08-20-harbor-health-webinar | fulfilled | 2026-09-15 | kim | cy-cole-cedar-health |
> | 2026-11-02-polar-freight-reference-call | cancelled | 2026-11-09 | sam |  |
$ advo --today 2026-11-20 requests type:logo --format json
> [
>   {
>     "id": "2026-11-19-harbor-health-logo",
>     "type": "logo",
>     "status": "open",
>     "requested_by": "kim",
>     "requested_on": "2026-11-19",
>     "needed_by": "2026-11-30",
>     "opportunity": {
>       "id": null,
>       "account": "Harbor Health",
>       "amount": null,
>       "currency": null,
>       "stage": null
>     },
>     "criteria": {
>       "industry": "healthcare",
>       "segment": null,
>       "region": null,
>       "country": null,
>       "products": [],
>       "use_cases": [],
>       "persona": null,
>       "languages": []
>     },
>     "advocates": [],
>     "stories": [],
>     "fulfilled_on": null,
>     "outcome": {
>       "deal": null,
>       "closed_on": null,
>       "reason": null
>     },
>     "notes": null
>   }
> ]
$ advo --today 2026-11-20 requests type:logo --format csv
> id,type,status,requested_by,requested_on,needed_by,opportunity.id,opportunity.account,opportunity.amount,opportunity.currency,opportunity.stage,criteria.industry,criteria.segment,criteria.region,criteria.country,criteria.products,criteria.use_cases,criteria.persona,criteria.languages,advocates,stories,fulfilled_on,outcome.deal,outcome.closed_on,outcome.reason,notes
> 2026-11-19-harbor-health-logo,logo,open,kim,2026-11-19,2026-11-30,,Harbor Health,,,,healthcare,,,,,,,,,,,,,,
$ advo --today 2026-11-20 requests status:fulfilled type:logo
! no requests match
# Mistakes in the query are usage errors.
$ advo --today 2026-11-20 requests due:3
! advo: 'due:3': due takes a number of days like due:3d (0d to 3660d), not '3'
? 2
$ advo --today 2026-11-20 requests overdue:maybe
! advo: 'overdue:maybe': overdue takes true or false, not 'maybe'
? 2
$ advo --today 2026-11-20 requests status:done
! advo: 'status:done': unknown status 'done'; known: open, matched, scheduled, fulfilled, unfulfilled, cancelled
? 2
$ advo --today 2026-11-20 requests neded_by:2026-11-25
! advo: unknown field 'neded_by' in 'neded_by:2026-11-25' (did you mean 'needed_by'?)
? 2
$ advo --today 2026-11-20 requests --sort neded_by
! advo: unknown field 'neded_by' for --sort (did you mean 'needed_by'?)
? 2
$ advo --today 2026-11-20 requests --limit 0
! advo: requests: --limit: must be a whole number of 1 or more, not '0'
! Run 'advo requests --help' for its options.
? 2
