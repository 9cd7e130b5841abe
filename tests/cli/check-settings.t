# Unknown settings and wrong types in advo.toml are found like record problems.
$ fixture small
$ printf '[program]\nname = "X"\nfulfil_sla = 5\n\n[rest]\nmin_gap_days = -3\n\n[types.demo]\nkind = "asks"\n' > advo.toml
$ advo --today 2026-11-16 check
> advo.toml:3:1: error: unknown key 'fulfil_sla' in [program] (did you mean 'fulfil_sla_days'?)
> advo.toml:6:16: error: min_gap_days must be at least 0
> advo.toml:9:8: error: unknown activity kind 'asks' (did you mean 'ask'?); known: ask, give
> advocates/jane-doe-acme.yaml:16:5: error: unknown activity type 'reference-call'; known: demo
> advocates/jane-doe-acme.yaml:17:5: error: unknown activity type 'case-study'; known: demo
> advocates/jane-roe-globex.yaml:10:5: error: unknown activity type 'reference-call'; known: demo
> engagements/2026-10.yaml:4:9: error: unknown activity type 'reference-call'; known: demo
> engagements/2026-11.yaml:4:9: error: unknown activity type 'reference-call'; known: demo
> engagements/2026-11.yaml:10:9: error: unknown activity type 'thank-you'; known: demo
> requests/2026-11-02-umbrella-reference-call.yaml:2:7: error: unknown activity type 'reference-call'; known: demo
! 10 errors, 0 warnings
? 1
$ printf '[program\n' > advo.toml
$ advo --today 2026-11-16 check
> advo.toml:1:9: error: TOML syntax: Error while parsing table header: expected ']', saw '\n'
! 1 error, 0 warnings
? 1
