# advo report --format csv on the fixture `report`: one section, one row
# per item counted, each row with its period.
$ fixture report
# CSV gives the rows behind one section, one per item.
$ advo --today 2026-11-16 report health --period 2026-Q3 --format csv
> period_from,period_to,measure,value,status,green,amber,message
> 2026-07-01,2026-09-30,overall,,red,,,
> 2026-07-01,2026-09-30,fulfilment_rate,0.6667,red,0.9,0.75,"67% of the period's requests were fulfilled (4 fulfilled, 2 unfulfilled); green from 90%, amber from 75%"
> 2026-07-01,2026-09-30,targets_met,0.6667,amber,1,0.5,"2 of 3 coverage targets have enough active advocates; green from 100%, amber from 50%"
> 2026-07-01,2026-09-30,stale_profiles,0.3333,red,0.1,0.25,"33% of active profiles are unverified for 180 days or more, or never verified (2 of 6); green up to 10%, amber up to 25%"
$ advo --today 2026-11-16 report membership --period 2026-Q3 --format csv
> period_from,period_to,id,name,company,stage,stage_on,nominated_on,added,activated
> 2026-07-01,2026-09-30,ada-ames-alpha,Ada Ames,Alpha Health,active,2026-02-01,2026-01-10,no,no
> 2026-07-01,2026-09-30,bo-berg-beta,Bo Berg,Beta Clinics,active,2026-08-01,2026-07-05,yes,yes
> 2026-07-01,2026-09-30,cy-cole-gamma,Cy Cole,Gamma Retail,active,2025-06-01,2025-05-01,no,no
> 2026-07-01,2026-09-30,dee-dunn-delta,Dee Dunn,Delta Stores,nominated,2026-09-20,2026-09-20,yes,no
> 2026-07-01,2026-09-30,eve-east-epsilon,Eve East,Epsilon Care,qualified,2026-09-01,2026-08-10,yes,no
> 2026-07-01,2026-09-30,fay-fox-zeta,Fay Fox,Zeta Labs,declined,2026-07-25,2026-07-20,yes,no
> 2026-07-01,2026-09-30,gus-gray-eta,Gus Gray,Eta Works,paused,2026-05-01,2024-01-15,no,no
> 2026-07-01,2026-09-30,hal-hart-theta,Hal Hart,Theta Bank,active,2024-03-01,2024-02-01,no,no
> 2026-07-01,2026-09-30,ivy-irwin-iota,Ivy Irwin,Iota Software,active,2025-01-10,2024-12-01,no,no
> 2026-07-01,2026-09-30,jo-judd-kappa,Jo Judd,Kappa College,active,2025-10-01,2025-09-01,no,no
$ advo --today 2026-11-16 report nominations --period 2026-Q3 --format csv
> period_from,period_to,id,name,company,source,nominated_by,nominated_on,stage,qualified,aging
> 2026-07-01,2026-09-30,bo-berg-beta,Bo Berg,Beta Clinics,success,lee.park,2026-07-05,active,yes,no
> 2026-07-01,2026-09-30,fay-fox-zeta,Fay Fox,Zeta Labs,support,lee.park,2026-07-20,declined,no,no
> 2026-07-01,2026-09-30,eve-east-epsilon,Eve East,Epsilon Care,sales,sam.ortiz,2026-08-10,qualified,yes,no
> 2026-07-01,2026-09-30,dee-dunn-delta,Dee Dunn,Delta Stores,self,,2026-09-20,nominated,no,yes
$ advo --today 2026-11-16 report engagements --period 2026-Q3 --format csv
> period_from,period_to,id,date,advocate,type,outcome,counted
> 2026-07-01,2026-09-30,2026-07-10-ada-ames-alpha-reference-call,2026-07-10,ada-ames-alpha,reference-call,completed,ask
> 2026-07-01,2026-09-30,2026-07-12-ivy-irwin-iota-quote,2026-07-12,ivy-irwin-iota,quote,completed,ask
> 2026-07-01,2026-09-30,2026-07-15-cy-cole-gamma-case-study,2026-07-15,cy-cole-gamma,case-study,completed,ask
> 2026-07-01,2026-09-30,2026-08-01-ivy-irwin-iota-quote,2026-08-01,ivy-irwin-iota,quote,declined,ask
> 2026-07-01,2026-09-30,2026-08-05-bo-berg-beta-reference-call,2026-08-05,bo-berg-beta,reference-call,completed,ask
> 2026-07-01,2026-09-30,2026-08-06-bo-berg-beta-thank-you,2026-08-06,bo-berg-beta,thank-you,completed,give
> 2026-07-01,2026-09-30,2026-08-20-ada-ames-alpha-quote,2026-08-20,ada-ames-alpha,quote,declined,ask
> 2026-07-01,2026-09-30,2026-08-20-ivy-irwin-iota-quote,2026-08-20,ivy-irwin-iota,quote,completed,ask
> 2026-07-01,2026-09-30,2026-09-10-cy-cole-gamma-reference-call,2026-09-10,cy-cole-gamma,reference-call,cancelled,cancelled
$ advo --today 2026-11-16 report requests --period 2026-Q3 --format csv
> period_from,period_to,id,type,status,requested_by,requested_on,needed_by,fulfilled_on,days_to_fulfil,within_sla,outcome_reason
> 2026-07-01,2026-09-30,2026-07-08-acme-health-reference-call,reference-call,fulfilled,sam.ortiz,2026-07-08,2026-07-12,2026-07-10,2,yes,
> 2026-07-01,2026-09-30,2026-07-20-hart-co-quote,quote,unfulfilled,lee.park,2026-07-20,2026-07-27,,,,
> 2026-07-01,2026-09-30,2026-08-01-bolt-bank-reference-call,reference-call,fulfilled,lee.park,2026-08-01,2026-08-08,2026-08-05,4,yes,Chose an incumbent
> 2026-07-01,2026-09-30,2026-08-10-cora-retail-reference-call,reference-call,fulfilled,sam.ortiz,2026-08-10,2026-08-14,2026-08-20,10,no,
> 2026-07-01,2026-09-30,2026-09-01-dyno-corp-case-study,case-study,unfulfilled,sam.ortiz,2026-09-01,2026-09-15,,,,No case-study advocate in retail
> 2026-07-01,2026-09-30,2026-09-05-kilo-inc-reference-call,reference-call,fulfilled,lee.park,2026-09-05,2026-09-09,2026-09-07,2,yes,
> 2026-07-01,2026-09-30,2026-09-15-echo-ltd-reference-call,reference-call,open,sam.ortiz,2026-09-15,2026-11-18,,,,
> 2026-07-01,2026-09-30,2026-09-20-fern-inc-reference-call,reference-call,cancelled,lee.park,2026-09-20,2026-09-30,,,,
$ advo --today 2026-11-16 report revenue --period 2026-Q3 --format csv
> period_from,period_to,id,account,opportunity,deal,closed_on,amount,currency,counted
> 2026-07-01,2026-09-30,2026-06-20-gale-gmbh-reference-call,Gale GmbH,,won,2026-07-20,200000.00,USD,won
> 2026-07-01,2026-09-30,2026-07-08-acme-health-reference-call,Acme Health,,won,2026-08-15,100000.00,USD,won
> 2026-07-01,2026-09-30,2026-08-01-bolt-bank-reference-call,Bolt Bank,,lost,2026-09-10,50000.00,EUR,lost
> 2026-07-01,2026-09-30,2026-08-10-cora-retail-reference-call,Cora Retail,,open,,80000.00,USD,open_pipeline
> 2026-07-01,2026-09-30,2026-09-05-kilo-inc-reference-call,Kilo Inc,,won,2026-10-10,60000.00,USD,open_pipeline
$ advo --today 2026-11-16 report coverage --period 2026-Q3 --format csv
> period_from,period_to,field,value,target,active,available,gap
> 2026-07-01,2026-09-30,industry,healthcare,2,2,0,0
> 2026-07-01,2026-09-30,region,emea,3,4,1,0
> 2026-07-01,2026-09-30,products,analytics,5,4,1,1
$ advo --today 2026-11-16 report utilisation --period 2026-Q3 --format csv
> period_from,period_to,list,id,name,company,asks_120,asks_365,effort_365,gives_365,last_ask
> 2026-07-01,2026-09-30,most_asked,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,most_asked,ada-ames-alpha,Ada Ames,Alpha Health,2,2,50,0,2026-08-20
> 2026-07-01,2026-09-30,most_asked,cy-cole-gamma,Cy Cole,Gamma Retail,1,1,250,0,2026-07-15
> 2026-07-01,2026-09-30,most_asked,bo-berg-beta,Bo Berg,Beta Clinics,1,1,40,1,2026-08-05
> 2026-07-01,2026-09-30,most_asked,hal-hart-theta,Hal Hart,Theta Bank,1,1,40,0,2026-06-15
> 2026-07-01,2026-09-30,most_asked,gus-gray-eta,Gus Gray,Eta Works,0,1,10,0,2025-12-01
> 2026-07-01,2026-09-30,fatigue_risk,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,idle,jo-judd-kappa,Jo Judd,Kappa College,0,0,0,0,
> 2026-07-01,2026-09-30,give_ask,ivy-irwin-iota,Ivy Irwin,Iota Software,5,5,50,0,2026-08-20
> 2026-07-01,2026-09-30,give_ask,ada-ames-alpha,Ada Ames,Alpha Health,2,2,50,0,2026-08-20
$ advo --today 2026-11-16 report stories --period 2026-Q3 --format csv
> period_from,period_to,id,title,kind,status,approved_on,expires_on,added,flag
> 2026-07-01,2026-09-30,alpha-health-cuts-wait-times,Alpha Health cuts wait times,case-study,published,2026-08-01,2028-08-01,yes,
> 2026-07-01,2026-09-30,beta-clinics-quote,Beta Clinics on reporting,quote,approved,2025-01-01,2026-10-15,no,expiring
> 2026-07-01,2026-09-30,delta-draft-blog,Delta draft blog,blog,draft,,,no,
> 2026-07-01,2026-09-30,eta-works-case-study,Eta Works case study,case-study,retired,2023-01-01,2025-01-01,no,
> 2026-07-01,2026-09-30,gamma-retail-video,Gamma Retail video,video,published,2024-01-01,2026-09-01,no,expired_published
> 2026-07-01,2026-09-30,iota-webinar,Iota Software webinar,webinar,published,2024-12-01,2026-12-10,no,
$ advo --today 2026-11-16 report hygiene --period 2026-Q3 --format csv
> period_from,period_to,list,id,name,detail,date,days
> 2026-07-01,2026-09-30,stale_profiles,cy-cole-gamma,Cy Cole,verified_on,,
> 2026-07-01,2026-09-30,stale_profiles,bo-berg-beta,Bo Berg,verified_on,2026-03-01,213
> 2026-07-01,2026-09-30,aging_nominations,dee-dunn-delta,Dee Dunn,nominated_on,2026-09-20,10
> 2026-07-01,2026-09-30,expiring_consents,gus-gray-eta,Gus Gray,consent.quote.expires,2026-10-10,10
> 2026-07-01,2026-09-30,expiring_consents,ada-ames-alpha,Ada Ames,consent.quote.expires,2026-10-20,20
# -o writes any format to a file instead of stdout.
$ advo --today 2026-11-16 report coverage --period 2026-Q3 --format csv -o out/coverage.csv && cat out/coverage.csv
> period_from,period_to,field,value,target,active,available,gap
> 2026-07-01,2026-09-30,industry,healthcare,2,2,0,0
> 2026-07-01,2026-09-30,region,emea,3,4,1,0
> 2026-07-01,2026-09-30,products,analytics,5,4,1,1
! wrote out/coverage.csv (csv report for 2026-Q3)
