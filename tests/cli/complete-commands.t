# Tab completion of the request, story, report, import and export commands:
# ids of the right kind, fixed values, field values and query words.
$ fixture stories
$ advo __complete -- match 2026-11-1
> words
> 2026-11-10-orion-health-reference-call
> 2026-11-12-zenith-reference-call
$ advo __complete -- match 2026-11-10-orion --assign e
> words
> eli-brand-initech
> eva-berg-hooli
$ advo __complete -- request close 2026-11-12 --status ""
> words
> fulfilled
> unfulfilled
> cancelled
$ advo __complete -- request set 2026-11-12-zenith-reference-call sta
> words
> status=
$ advo __complete -- requests stat
> words
> status:
$ advo __complete -- stories --for 2025
> words
> 2025-11-20-helios-bank-reference-call
$ advo __complete -- stories --cou
> words
> --country	Only stories featuring an advocate from this country
$ advo __complete -- story status northwind-c ""
> words
> draft
> in-review
> approved
> published
> retired
$ advo __complete -- story set hooli-c
> words
> hooli-capacity-planning
$ advo __complete -- story add T --kind v
> words
> video
$ advo __complete -- report h
> words
> health
> hygiene
$ advo __complete -- import csv x.csv --into ""
> words
> advocates
> stories
> requests
$ advo __complete -- export e
> words
> engagements
$ advo __complete -- story add T --industry h
> words
> healthcare
