# A clean program: check prints nothing and exits 0; JSON says so too.
$ fixture small
$ advo check
$ advo check --format json
> {
>   "errors": 0,
>   "warnings": 0,
>   "problems": []
> }
$ advo check --strict
