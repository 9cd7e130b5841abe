# advo history ID: the commits that changed one record, one line each,
# newest first; --patch shows the change. An engagement's history is that
# of its own entry in the month file.
$ fixture gitshell
$ advo history jane-doe-acme
! advo: history comes from git, but the program is not in a git repository
? 2
$ git init -q -b main && advo history jane-doe-acme
! jane-doe-acme: no commit changes it yet
$ git add -A && git commit -qm "New program" && advo --today 2026-11-23 --commit -q set jane-doe-acme title=CTO && advo --today 2026-11-23 --commit -q log jose-muller-initech thank-you --date 2026-11-20 && advo --today 2026-11-23 --commit -q set jane-doe-acme products+=reporting
> 2026-11-20-jose-muller-initech-thank-you
$ advo history jane-doe
> f849275 2026-11-20 set: jane-doe-acme products+=reporting (Tester)
> 10894de 2026-11-20 set: jane-doe-acme title=CTO (Tester)
> bc33b64 2026-11-20 New program (Tester)
$ advo history jane-doe-acme --patch
> f849275 2026-11-20 set: jane-doe-acme products+=reporting (Tester)
>
> diff --git a/advocates/jane-doe-acme.yaml b/advocates/jane-doe-acme.yaml
> index 9df3e56..9f443db 100644
> --- a/advocates/jane-doe-acme.yaml
> +++ b/advocates/jane-doe-acme.yaml
> @@ -12,6 +12,7 @@ languages:
>    - en
>  products:
>    - analytics
> +  - reporting
>  activities:
>    - reference-call
>    - case-study
> 10894de 2026-11-20 set: jane-doe-acme title=CTO (Tester)
>
> diff --git a/advocates/jane-doe-acme.yaml b/advocates/jane-doe-acme.yaml
> index e99e48f..9df3e56 100644
> --- a/advocates/jane-doe-acme.yaml
> +++ b/advocates/jane-doe-acme.yaml
> @@ -1,6 +1,6 @@
>  id: jane-doe-acme
>  name: Jane Doe
> -title: VP Engineering
> +title: CTO
>  company: Acme
>  email: jane@acme.example
>  industry: healthcare
> bc33b64 2026-11-20 New program (Tester)
>
> diff --git a/advocates/jane-doe-acme.yaml b/advocates/jane-doe-acme.yaml
> new file mode 100644
> index 0000000..e99e48f
> --- /dev/null
> +++ b/advocates/jane-doe-acme.yaml
> @@ -0,0 +1,27 @@
> +id: jane-doe-acme
> +name: Jane Doe
> +title: VP Engineering
> +company: Acme
> +email: jane@acme.example
> +industry: healthcare
> +segment: enterprise
> +region: emea
> +country: DE
> +languages:
> +  - de
> +  - en
> +products:
> +  - analytics
> +activities:
> +  - reference-call
> +  - case-study
> +stage: active
> +stage_on: 2026-01-10
> +nominated:
> +  by: sam
> +  date: 2026-01-02
> +  source: sales
> +consent:
> +  case-study:
> +    granted: 2026-01-10
> +verified_on: 2026-09-01
$ advo history 2026-11-05-jane-doe-acme-reference-call
> bc33b64 2026-11-20 New program (Tester)
$ advo history 2026-11-20-jose-muller-initech-thank-you -p
> 496fa55 2026-11-20 log: jose-muller-initech thank-you 2026-11-20 (Tester)
> --- /dev/null
> +++ engagements/2026-11.yaml
> +- id: 2026-11-20-jose-muller-initech-thank-you
> +  date: 2026-11-20
> +  advocate: jose-muller-initech
> +  type: thank-you
> +  outcome: completed
$ advo --today 2026-11-23 -q nominate "Ann Lee" --company Hooli && advo history ann-lee-hooli
> ann-lee-hooli
! ann-lee-hooli: no commit changes it yet
$ advo history nobody
! advo: no advocate, story, request or engagement 'nobody'
? 2
$ advo history
! advo: history: ID is required
! Run 'advo history --help' for its options.
? 2
# After a job change, the history of either record names the other and the
# command that shows its history.
$ advo --today 2026-11-23 --commit -q move jane-doe-acme --company Initech
> jane-doe-initech
> advocates/jane-doe-acme.yaml: stage active → alumni, moved_to jane-doe-initech
> advocates/jane-doe-initech.yaml: Jane Doe at Initech, stage nominated, moved_from jane-doe-acme
$ advo history jane-doe-initech
> f550d33 2026-11-20 move: jane-doe-acme now at Initech as jane-doe-initech (Tester)
! moved from jane-doe-acme (Acme): advo history jane-doe-acme
$ advo history jane-doe-acme | head -1
> f550d33 2026-11-20 move: jane-doe-acme now at Initech as jane-doe-initech (Tester)
! moved to jane-doe-initech (Initech): advo history jane-doe-initech
