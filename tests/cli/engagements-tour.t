# The README tour's "Correcting the record" — the engagement log, an entry
# in the editor, a job change, a privacy request — on a copy of
# examples/acme.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 engagements advocate:chloe 'date:>2026-11-01'
> ID                                               OUTCOME    BY
> 2026-11-29-chloe-dubois-maison-lumiere-speaking  scheduled  kate.morgan
! 1 engagement
$ advo --today 2026-11-29 log chloe speaking
! advo: chloe-dubois-maison-lumiere is scheduled for speaking 2026-11-29 as 2026-11-29-chloe-dubois-maison-lumiere-speaking; nothing written; to record that it took place, run: advo engagement done 2026-11-29-chloe-dubois-maison-lumiere-speaking
? 4
$ advo --today 2026-11-29 engagement done 2026-11-29-chloe
! 2026-11-29-chloe-dubois-maison-lumiere-speaking: scheduled → completed
$ advo --today 2026-11-16 engagement cancel 2026-12-05-siobhan --reason "conference moved online"
! 2026-12-05-siobhan-obrien-liffey-bank-speaking: scheduled → cancelled
$ advo --today 2026-11-16 engagement set 2026-12-05-kenji date=2026-12-12 by=kate.morgan
! 2026-12-05-kenji-watanabe-sakura-logistics-reference-call: changed date, logged_by
$ advo --today 2026-11-16 engagement delete 2026-12-09-ana
! deleted 2026-12-09-ana-nunez-banco-austral-reference-call from engagements/2026-12.yaml
$ advo --today 2026-12-20 engagements past-scheduled:true
> ID                                                         OUTCOME    BY
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  kate.morgan
! 1 engagement
$ advo --today 2026-12-20 engagements 'date:>2026-11-16'
> ID                                                         OUTCOME    BY
> 2026-11-29-chloe-dubois-maison-lumiere-speaking            completed  kate.morgan
> 2026-12-05-siobhan-obrien-liffey-bank-speaking             cancelled  sam.ortiz
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  kate.morgan
! 3 engagements
# An entry in the editor (here a sed script), written back into its month
# file.
$ EDITOR='sed -i "s/^date: .*/date: 2026-12-14/"' advo --today 2026-11-16 edit 2026-12-05-kenji
! saved engagements/2026-12.yaml
$ grep -A1 "id: 2026-12-05-kenji" engagements/2026-12.yaml
> - id: 2026-12-05-kenji-watanabe-sakura-logistics-reference-call
>   date: 2026-12-14
# A job change: the dry run, the move, and show of the new record, whose
# rest counts the asks made at the old company.
$ advo --today 2026-11-16 move aiko-tanaka --company "Kyoto Robotics" --title CTO --dry-run
> aiko-tanaka-kyoto-robotics
> advocates/aiko-tanaka-fuji-precision.yaml: stage active → alumni, moved_to aiko-tanaka-kyoto-robotics
> advocates/aiko-tanaka-kyoto-robotics.yaml: Aiko Tanaka at Kyoto Robotics, stage nominated, moved_from aiko-tanaka-fuji-precision
! consent given under Fuji Precision does not carry over: name, case-study; ask again at Kyoto Robotics
! dry run: nothing written
$ advo --today 2026-11-16 move aiko-tanaka --company "Kyoto Robotics" --title CTO
> aiko-tanaka-kyoto-robotics
> advocates/aiko-tanaka-fuji-precision.yaml: stage active → alumni, moved_to aiko-tanaka-kyoto-robotics
> advocates/aiko-tanaka-kyoto-robotics.yaml: Aiko Tanaka at Kyoto Robotics, stage nominated, moved_from aiko-tanaka-fuji-precision
! consent given under Fuji Precision does not carry over: name, case-study; ask again at Kyoto Robotics
$ advo --today 2026-11-16 show aiko-tanaka-kyoto | grep '^#'
> # moved from aiko-tanaka-fuji-precision (Fuji Precision)
> # activity as of 2026-11-16, from the engagement log:
> # last ask: none here; 2026-07-10 referral as the same person
> # asks in the last 90 days: 0
> # asks in the last 365 days: 0 (effort 0) here; 2 (effort 70) as the same person
> # gives in the last 365 days: 0 (effort 0)
> # next available:
> #   analyst: none (not-active)
> #   case-study: none (not-active, no-consent)
> #   reference-call: none (not-active)
> #   referral: none (not-active)
> #   site-visit: none (not-active)
# A privacy request, as a dry run: nothing is written.
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum > ../before
$ advo --today 2026-11-16 forget zoe-akesson --dry-run
> zoe-akesson-nordvik-retail would become forgotten-advocate
> advocates/zoe-akesson-nordvik-retail.yaml: renamed to advocates/forgotten-advocate.yaml; removed name, title, email, nominated.reason; stage active → alumni; do_not_contact set
> engagements/2025-06.yaml: 1 engagement renamed, notes removed
> engagements/2025-09.yaml: 1 engagement renamed, notes removed
> engagements/2025-11.yaml: 1 engagement renamed, notes removed
> engagements/2025-12.yaml: 1 engagement renamed, notes removed
> engagements/2026-02.yaml: 1 engagement renamed, notes removed
> engagements/2026-04.yaml: 1 engagement renamed, notes removed
> engagements/2026-09.yaml: 1 engagement renamed, notes removed
! dry run: nothing written
$ find . -path ./.advo -prune -o -type f -print | sort | xargs sha1sum | diff ../before -
$ advo --today 2026-11-16 check
