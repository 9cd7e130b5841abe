# Files that cannot be records: empty, not UTF-8, wrong names, folders.
$ fixture small
$ : > advocates/empty.yaml
$ printf 'id: latin\nname: Jos\xe9\ncompany: C\nstage: active\n' > advocates/latin.yaml
$ mkdir advocates/folder.yaml
$ echo x > advocates/notes.txt
$ echo '[]' > engagements/november.yaml
$ advo --today 2026-11-16 check
> advocates/empty.yaml: error: empty file
> advocates/folder.yaml: error: is a folder, not a file
> advocates/latin.yaml: error: file is not valid UTF-8
> advocates/notes.txt: warning: ignored: advocate files end in .yaml
> engagements/november.yaml: error: engagement files are named YYYY-MM.yaml
! 4 errors, 1 warning
? 1
$ advo --today 2026-11-16 check --strict --format json
> {
>   "errors": 4,
>   "warnings": 1,
>   "problems": [
>     {
>       "file": "advocates/empty.yaml",
>       "line": null,
>       "column": null,
>       "severity": "error",
>       "code": "empty",
>       "message": "empty file"
>     },
>     {
>       "file": "advocates/folder.yaml",
>       "line": null,
>       "column": null,
>       "severity": "error",
>       "code": "file",
>       "message": "is a folder, not a file"
>     },
>     {
>       "file": "advocates/latin.yaml",
>       "line": null,
>       "column": null,
>       "severity": "error",
>       "code": "file",
>       "message": "file is not valid UTF-8"
>     },
>     {
>       "file": "advocates/notes.txt",
>       "line": null,
>       "column": null,
>       "severity": "warning",
>       "code": "file",
>       "message": "ignored: advocate files end in .yaml"
>     },
>     {
>       "file": "engagements/november.yaml",
>       "line": null,
>       "column": null,
>       "severity": "error",
>       "code": "file-name",
>       "message": "engagement files are named YYYY-MM.yaml"
>     }
>   ]
> }
? 1
