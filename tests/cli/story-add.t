# advo story add TITLE --kind K: a new story, its id made from the title,
# checked as advo check checks files before anything is written.
$ fixture stories
$ advo --today 2026-11-16 story add "Hooli: 40% faster month-end close" --kind case-study --advocate eva --products analytics,reporting --use-cases month-end-close --outcome "close in 3 days, not 5" --outcome "saved 1,200 analyst hours a year" --tags finance --note "Interview on 2026-11-20"
> hooli-40-faster-month-end-close
! company industry segment region from eva-berg-hooli
! added draft case-study: stories/hooli-40-faster-month-end-close.yaml
$ cat stories/hooli-40-faster-month-end-close.yaml
> id: hooli-40-faster-month-end-close
> title: "Hooli: 40% faster month-end close"
> kind: case-study
> status: draft
> advocates:
>   - eva-berg-hooli
> company: Hooli
> industry: healthcare
> segment: enterprise
> region: emea
> products:
>   - analytics
>   - reporting
> use_cases:
>   - month-end-close
> outcomes:
>   - close in 3 days, not 5
>   - saved 1,200 analyst hours a year
> tags:
>   - finance
> notes: Interview on 2026-11-20
#
# The same title again gets -2. Options given win over the advocates';
# advocates that differ give nothing.
$ advo --today 2026-11-16 story add "Hooli: 40% faster month-end close" --kind quote --advocate eva-berg-hooli,frank --region na
> hooli-40-faster-month-end-close-2
! added draft quote: stories/hooli-40-faster-month-end-close-2.yaml
$ grep -e '^company' -e '^industry' -e '^segment' -e '^region' -e '^  -' stories/hooli-40-faster-month-end-close-2.yaml
>   - eva-berg-hooli
>   - frank-moss-acme
> region: na
#
# Approved and published need the day the customer signed off.
$ advo --today 2026-11-16 story add "Globex onboarding" --kind video --status approved
! advo: --status approved needs --approved-on DATE, the day the customer signed the story off
? 2
$ advo --today 2026-11-16 story add "Globex onboarding" --kind video --status published --advocate ana --approved-on 2026-11-01 --expires-on 2031-10-31 --url https://example.com/globex-onboarding -q
> globex-onboarding
# It is recorded as it is, but it is not usable: Ana gave no video consent.
$ advo --today 2026-11-16 stories usable:false status:published
> ID                       KIND        STATUS     EXPIRES     INDUSTRY            REGION
> globex-onboarding        video       published  2031-10-31  healthcare          emea
> globex-risk-reporting    case-study  published  2028-06-01  financial-services  na
> hooli-analytics-webinar  webinar     published  2026-10-31  healthcare          emea
! 3 stories
#
# Every invalid value is named and nothing is written.
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 story add "Bad story" --kind case-study --advocate e --advocate carla,zed --segment huge
! advo: --advocate e: 'e' is ambiguous; it matches:
!   eli-brand-initech (advocate)
!   eva-berg-hooli (advocate)
! advo: --advocate carla,zed: no advocate 'zed'
! advo: nothing written (2 errors)
? 2

$ advo --today 2026-11-16 story add "Bad story" --kind case-study --segment huge --industry helthcare --url example.com --approved-on 2026-05-01 --expires-on 2026-04-01
! advo: --industry helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, financial-services, retail
! advo: --segment huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: --url example.com: invalid URL 'example.com' (expected http:// or https://)
! advo: --expires-on 2026-04-01: approval expires (2026-04-01) before it was given (2026-05-01)
! advo: nothing written (4 errors)
? 2
$ advo --today 2026-11-16 story add "Bad story" --kind published-story
! advo: --kind: unknown kind 'published-story'; known: case-study, video, quote, blog, webinar, press-release, review
? 2
$ advo --today 2026-11-16 story add "Bad story" --kind blog --status live
! advo: --status: unknown status 'live'; known: draft, in-review, approved, published, retired
? 2
$ advo --today 2026-11-16 story add "Old news" --kind blog --status published --approved-on 2020-01-01 --expires-on 2025-01-01
! advo: --expires-on 2025-01-01: published story whose approval expired 2025-01-01: renew the approval or retire the story
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 story add "Bad story" --kind blog --url https://a.example --url https://b.example
! advo: --url is given 2 times; it takes one value
? 2
$ advo --today 2026-11-16 story add "  " --kind blog
! advo: TITLE is empty
? 2
$ advo --today 2026-11-16 story add "Bad story"
! advo: story: --kind is required
! Run 'advo story --help' for its options.
? 2
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
