# --commit on the engagement commands: each commit message names the
# engagement and what became of it, and only its month files are committed.
$ fixture rest
$ git init -q -b main && git add -A && git commit -qm "New program"
$ advo --today 2026-12-10 -q --commit engagement done 2026-12-10 && git log -1 --format=%s && git show --stat --format= HEAD | sed 's/ *|.*//'
> engagement done: 2026-12-10-dee-diaz-delta-webinar
>  engagements/2026-12.yaml
>  1 file changed, 1 insertion(+), 1 deletion(-)
$ advo --today 2026-12-10 -q --commit engagement cancel 2026-11-02-ada --reason "logged twice" && git log -1 --format=%s
> engagement cancel: 2026-11-02-ada-lovelace-analytical-reference-call
$ advo --today 2026-12-10 -q --commit engagement set 2026-09-01 date=2026-10-01 && git log -1 --format=%s && git show --stat --format= HEAD | sed 's/ *|.*//'
> engagement set: 2026-09-01-bob-brown-beta-reference-call date=2026-10-01
>  engagements/{2026-09.yaml => 2026-10.yaml}
>  1 file changed, 1 insertion(+), 1 deletion(-)
$ advo --today 2026-12-10 -q --commit engagement delete 2026-11-10-ada && git log -1 --format=%s
> engagement delete: 2026-11-10-ada-lovelace-analytical-thank-you
$ git status --short
