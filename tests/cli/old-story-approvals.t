# Older versions kept a story's one approval as approved_on and expires_on
# at the top level. advo reads them as the story's only approval, check
# warns, fmt rewrites them as approvals, and a renewal adds an approval.
$ fixture small
$ sed -i '/^approvals:/,$d' stories/acme-cuts-reporting-time.yaml
$ printf 'approved_on: 2026-02-01\nexpires_on: 2028-02-01\n' >> stories/acme-cuts-reporting-time.yaml
$ advo --today 2026-11-16 check
> stories/acme-cuts-reporting-time.yaml:9:1: warning: 'approved_on' in story is the old form of approvals ('advo fmt' moves it there)
> stories/acme-cuts-reporting-time.yaml:10:1: warning: 'expires_on' in story is the old form of approvals ('advo fmt' moves it there)
! 0 errors, 2 warnings
$ advo --today 2026-11-16 export stories --fields id,approved_on,expires_on
> id,approved_on,expires_on
> acme-cuts-reporting-time,2026-02-01,2028-02-01
$ advo --today 2026-11-16 fmt --check
> stories/acme-cuts-reporting-time.yaml
? 1
$ advo --today 2026-11-16 fmt
> stories/acme-cuts-reporting-time.yaml
! formatted 1 file
$ tail -4 stories/acme-cuts-reporting-time.yaml
> url: https://example.com/acme
> approvals:
>   - date: 2026-02-01
>     expires: 2028-02-01
$ advo --today 2026-11-16 check
# A renewal is a new approval; the first stays as it was.
$ advo --today 2026-11-16 story set acme approved_on=2026-11-16 expires_on=2029-11-15
! updated stories/acme-cuts-reporting-time.yaml
$ tail -6 stories/acme-cuts-reporting-time.yaml
> url: https://example.com/acme
> approvals:
>   - date: 2026-02-01
>     expires: 2028-02-01
>   - date: 2026-11-16
>     expires: 2029-11-15
$ advo --today 2026-11-16 export stories --fields id,approved_on,expires_on
> id,approved_on,expires_on
> acme-cuts-reporting-time,2026-11-16,2029-11-15
$ advo --today 2026-11-16 check
