# A clean program: check prints nothing and exits 0; JSON says so too.
$ fixture small
$ advo --today 2026-11-16 check
$ advo --today 2026-11-16 check --format json
> {
>   "errors": 0,
>   "warnings": 0,
>   "problems": []
> }
$ advo --today 2026-11-16 check --strict
