# The README tour of correcting the engagement log, on a copy of
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
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  kate.morg…
! 1 engagement
$ advo --today 2026-12-20 engagements 'date:>2026-11-16'
> ID                                                         OUTCOME    BY
> 2026-11-29-chloe-dubois-maison-lumiere-speaking            completed  kate.morg…
> 2026-12-05-siobhan-obrien-liffey-bank-speaking             cancelled  sam.ortiz
> 2026-12-05-kenji-watanabe-sakura-logistics-reference-call  scheduled  kate.morg…
! 3 engagements
