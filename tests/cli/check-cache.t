# check keeps the places of its findings beside the cache
# (.advo/check-places): a later check takes them from there for every file
# that did not change, and parses again only the files that did. Whatever
# changed, a check gives what a check without the cache gives.
$ fixture small
$ printf -- '- id: 2026-11-10-jose-muller-initech-webinar\n  date: 2026-11-10\n  advocate: jose-muller-initech\n  type: webinar\n  outcome: scheduled\n' >> engagements/2026-11.yaml
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:16:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ head -1 .advo/check-places
> advo check places 1
# The place comes from what was kept, not from the file: a place changed
# there shows. --no-cache neither reads nor writes it.
$ sed -i 's/ 16 12 / 99 1 /' .advo/check-places
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:99:1: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ advo --no-cache --today 2026-11-16 check
> engagements/2026-11.yaml:16:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:99:1: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
# A file that changed is parsed again: its places are a cold check's.
$ sed -i '1i # one line more' engagements/2026-11.yaml
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:17:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:17:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ diff <(advo --today 2026-11-16 check --format json) <(advo --no-cache --today 2026-11-16 check --format json) && echo same as without the cache
> same as without the cache
# A problem fixed disappears, and so do its places.
$ sed -i '$s/outcome: scheduled/outcome: completed/' engagements/2026-11.yaml
$ advo --today 2026-11-16 check
$ grep '^F' .advo/check-places | wc -l
> 0
# Places kept in another format are not used, and are made again.
$ sed -i '$s/outcome: completed/outcome: scheduled/' engagements/2026-11.yaml
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:17:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ sed -i -e '1s/ 1$/ 0/' -e 's/ 17 12 / 99 1 /' .advo/check-places
$ advo --today 2026-11-16 check
> engagements/2026-11.yaml:17:12: warning: still scheduled, but 2026-11-10 has passed; run: advo engagement done 2026-11-10-jose-muller-initech-webinar (it took place) or advo engagement cancel 2026-11-10-jose-muller-initech-webinar (it did not)
! 0 errors, 1 warning
$ head -1 .advo/check-places
> advo check places 1
# advo cache clear removes them with the cache.
$ advo cache clear
! cache cleared
$ ls -A .advo
> .gitignore
