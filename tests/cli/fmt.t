# advo fmt rewrites hand-written files in canonical form; --check only lists them.
$ fixture small
$ printf 'stage: active\ncompany: Globex\nname: Jane Roe\nid: jane-roe-globex\nproducts: [analytics, "true"]\nemployees: 0120\n' > advocates/jane-roe-globex.yaml
$ printf -- '- {id: b, date: 2026-10-03, advocate: jane-roe-globex, type: thank-you, outcome: completed}\n- {id: a, date: 2026-10-02, advocate: jane-roe-globex, type: gift, outcome: completed, notes: "two\\nlines"}\n' > engagements/2026-10.yaml
$ advo fmt --check
> advocates/jane-roe-globex.yaml
> engagements/2026-10.yaml
? 1
$ advo fmt
> advocates/jane-roe-globex.yaml
> engagements/2026-10.yaml
! formatted 2 files
$ cat advocates/jane-roe-globex.yaml engagements/2026-10.yaml
> id: jane-roe-globex
> name: Jane Roe
> company: Globex
> employees: 120
> products:
>   - analytics
>   - "true"
> stage: active
> - id: a
>   date: 2026-10-02
>   advocate: jane-roe-globex
>   type: gift
>   outcome: completed
>   notes: |-
>     two
>     lines
> - id: b
>   date: 2026-10-03
>   advocate: jane-roe-globex
>   type: thank-you
>   outcome: completed
$ advo fmt --check
$ advo fmt
$ printf 'id: jane-roe-globex\nname: [\n' > advocates/jane-roe-globex.yaml
$ advo fmt
! advo: advocates/jane-roe-globex.yaml:3:1: YAML syntax: end of sequence flow not found
! advo: the program has 1 error (see 'advo check')
? 3
$ cat advocates/jane-roe-globex.yaml
> id: jane-roe-globex
> name: [
