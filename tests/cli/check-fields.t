# Missing required fields, wrong types, unknown keys, bad dates and values
# outside [vocab] are each reported at their place; every problem, not the first.
$ fixture small
$ printf 'id: jane-roe-globex\nname: Jane Roe\nstage: active\nemial: jroe@globex.example\nemployees: many\nproducts: analytics\nstage_on: 2026-02-30\nindustry: helthcare\nnps: {score: 12}\n' > advocates/jane-roe-globex.yaml
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 check
> advocates/jane-roe-globex.yaml:1:1: error: missing required field 'company' in advocate
> advocates/jane-roe-globex.yaml:4:1: error: unknown key 'emial' in advocate (did you mean 'email'?)
> advocates/jane-roe-globex.yaml:5:12: error: employees must be a whole number, not 'many'
> advocates/jane-roe-globex.yaml:6:11: error: products must be a list, found a value
> advocates/jane-roe-globex.yaml:7:11: error: invalid date '2026-02-30' (expected YYYY-MM-DD)
> advocates/jane-roe-globex.yaml:8:11: error: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing
> advocates/jane-roe-globex.yaml:9:14: error: score must be between 0 and 10, not 12
! 7 errors, 0 warnings
? 1
$ advo --today 2026-11-16 check --format json
> {
>   "errors": 7,
>   "warnings": 0,
>   "problems": [
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 1,
>       "column": 1,
>       "severity": "error",
>       "code": "required",
>       "message": "missing required field 'company' in advocate"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 4,
>       "column": 1,
>       "severity": "error",
>       "code": "unknown-key",
>       "message": "unknown key 'emial' in advocate (did you mean 'email'?)"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 5,
>       "column": 12,
>       "severity": "error",
>       "code": "type",
>       "message": "employees must be a whole number, not 'many'"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 6,
>       "column": 11,
>       "severity": "error",
>       "code": "type",
>       "message": "products must be a list, found a value"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 7,
>       "column": 11,
>       "severity": "error",
>       "code": "date",
>       "message": "invalid date '2026-02-30' (expected YYYY-MM-DD)"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 8,
>       "column": 11,
>       "severity": "error",
>       "code": "vocab",
>       "message": "unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, manufacturing"
>     },
>     {
>       "file": "advocates/jane-roe-globex.yaml",
>       "line": 9,
>       "column": 14,
>       "severity": "error",
>       "code": "type",
>       "message": "score must be between 0 and 10, not 12"
>     }
>   ]
> }
? 1
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
