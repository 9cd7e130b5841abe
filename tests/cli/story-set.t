# advo story set ID FIELD=VALUE…: the assignments of advo set, on a story;
# all or nothing, and only the lines of the fields set change.
$ fixture stories
$ cp stories/hooli-capacity-planning.yaml before.yaml
$ advo --today 2026-11-16 story set hooli-cap products+=reporting 'outcomes+=ICU waits down 30%' expires_on=2031-05-31 url=https://example.com/hooli-capacity
! updated stories/hooli-capacity-planning.yaml
$ diff before.yaml stories/hooli-capacity-planning.yaml
> 12a13
> >   - reporting
> 15a17,19
> > outcomes:
> >   - ICU waits down 30%
> > url: https://example.com/hooli-capacity
> 17a22
> >     expires: 2031-05-31
? 1
#
# Featured advocates are added by unique prefix and removed by id.
$ advo --today 2026-11-16 story set northwind-rollout advocates+=eva,frank -q
$ advo --today 2026-11-16 story set northwind-rollout advocates-=ana-lima-northwind
! updated stories/northwind-rollout-review.yaml
$ grep -A3 '^advocates' stories/northwind-rollout-review.yaml
> advocates:
>   - eva-berg-hooli
>   - frank-moss-acme
> company: Northwind
$ advo --today 2026-11-16 story set northwind-rollout advocates+=e advocates+=zed
! advo: advocates+=e: 'e' is ambiguous; it matches:
!   eli-brand-initech (advocate)
!   eva-berg-hooli (advocate)
! advo: advocates+=zed: no advocate 'zed'
! advo: nothing written (2 errors)
? 2
$ advo --today 2026-11-16 story set northwind-rollout 'advocates-=eva'
! advo: advocates-=eva: 'eva' not in advocates (it holds: eva-berg-hooli, frank-moss-acme)
! advo: nothing written (1 error)
? 2
#
# expires_on alone extends the latest approval (a new approved_on would add
# one).
$ advo --today 2026-11-16 check 2>&1 | grep hooli-analytics-webinar.yaml
> stories/hooli-analytics-webinar.yaml:14:5: error: published story whose approval expired 2026-10-31: renew the approval or retire the story
$ advo --today 2026-11-16 story set hooli-analytics expires_on=2031-10-31
! updated stories/hooli-analytics-webinar.yaml
$ advo --today 2026-11-16 check 2>&1 | grep hooli-analytics-webinar.yaml
? 1
#
# Setting what is there changes nothing.
$ advo --today 2026-11-16 story set hooli-analytics region=emea
! hooli-analytics-webinar: nothing changed
#
# Every invalid assignment is named; nothing is written.
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 story set northwind-cuts status=retired kind=podcast approved_on= segment=huge url=nowhere expires_on=2020-01-01 titel=x id=new title=
! advo: status=retired: status cannot be set here: use 'advo story status ID STATUS', which keeps to the workflow
! advo: kind=podcast: unknown kind 'podcast'; known: case-study, video, quote, blog, webinar, press-release, review
! advo: approved_on=: a story that is published needs approved_on, the day the customer signed it off
! advo: segment=huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: url=nowhere: invalid URL 'nowhere' (expected http:// or https://)
! advo: titel=x: unknown field 'titel' in story (did you mean 'title'?)
! advo: id=new: the id cannot be changed: it is the name of the record's file
! advo: title=: title is required; it cannot be cleared
! advo: nothing written (8 errors)
? 2
$ advo --today 2026-11-16 story set northwind-quote expires_on=2025-01-01
! advo: expires_on=2025-01-01: approval expires (2025-01-01) before it was given (2025-02-01)
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 story set northwind-cuts expires_on=2026-11-01
! advo: expires_on=2026-11-01: published story whose approval expired 2026-11-01: renew the approval or retire the story
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 story set northwind-cuts approved_on=2029-02-01 expires_on=2029-01-31
! advo: expires_on=2029-01-31: approval expires (2029-01-31) before it was given (2029-02-01)
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 story set northwind-cuts products
! advo: products: not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 story set nowhere url=https://example.com
! advo: no story 'nowhere'
? 2
$ advo --today 2026-11-16 story set hooli url=https://example.com
! advo: 'hooli' is ambiguous; it matches:
!   hooli-analytics-webinar (story)
!   hooli-capacity-planning (story)
!   hooli-patient-flow-video (story)
? 2
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
