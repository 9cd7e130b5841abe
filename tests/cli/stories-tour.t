# The README tour of the story library, on a copy of examples/acme.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 stories --industry healthcare --region emea
> SCORE  ID                                                    KIND        STATUS     EXPIRES     INDUSTRY            REGION
> 100.0  klinikum-rhein-patient-outcomes-dashboards            webinar     published  2031-06-03  healthcare          emea
>  60.0  how-northwind-health-cut-reporting-time-by-60         case-study  published  2028-07-15  healthcare          na
>  40.0  ferro-werke-predictive-maintenance-on-the-shop-floor  case-study  published  2031-06-08  manufacturing       emea
>  40.0  liffey-bank-stops-fraud-in-real-time                  video       published  2028-12-04  financial-services  emea
>  40.0  thames-university-opens-self-service-bi               blog        published  2028-07-08  education           emea
! 5 usable stories fit the criteria on 2026-11-16
$ advo --today 2026-11-16 stories --industry healthcare --region emea --limit 1 --explain
> 1. klinikum-rhein-patient-outcomes-dashboards  100.0 (webinar, published, expires 2031-06-03)
>    CRITERION  WANTED      HAS         MATCH  WEIGHT  POINTS
>    industry   healthcare  healthcare   1.00       3    3.00
>    region     emea        emea         1.00       2    2.00
>    total                                          5    5.00
! 1 of 5 usable stories that fit the criteria on 2026-11-16
$ advo --today 2026-11-16 stories --for 2026-11-14-redwood --limit 3
> SCORE  ID                                                    KIND        STATUS     EXPIRES     INDUSTRY            REGION
>  55.6  liffey-bank-stops-fraud-in-real-time                  video       published  2028-12-04  financial-services  emea
>  44.4  ferro-werke-predictive-maintenance-on-the-shop-floor  case-study  published  2031-06-08  manufacturing       emea
>  44.4  sakura-logistics-on-supply-chain-visibility           quote       published  2026-12-26  logistics           apac
! 3 of 7 usable stories that fit 2026-11-14-redwood-county-reference-call on 2026-11-16
$ advo --today 2026-11-16 stories --industry healthcare --region emea --country de --format md
> | SCORE | TITLE | KIND | URL | USABLE | ID |
> | ---: | --- | --- | --- | --- | --- |
> | 100.0 | Klinikum Rhein: patient outcomes dashboards | webinar | https://acme-analytics.example/customers/klinikum-rhein-patient-outcomes-dashboards | yes | klinikum-rhein-patient-outcomes-dashboards |
> | 40.0 | Ferro Werke: predictive maintenance on the shop floor | case-study | https://acme-analytics.example/customers/ferro-werke-predictive-maintenance-on-the-shop-floor | yes | ferro-werke-predictive-maintenance-on-the-shop-floor |
$ advo --today 2026-11-16 stories status:approved,published --sort expires_on
> ID                                                    KIND           STATUS     EXPIRES     INDUSTRY            REGION
> maison-lumiere-forecasts-demand-store-by-store        case-study     approved   2026-06-07  retail              emea
> harbor-freight-lines-on-route-optimisation            quote          approved   2026-10-31  logistics           na
> sakura-logistics-on-supply-chain-visibility           quote          published  2026-12-26  logistics           apac
> meridian-bank-risk-reporting                          case-study     published  2027-02-12  financial-services  na
> thames-university-opens-self-service-bi               blog           published  2028-07-08  education           emea
> how-northwind-health-cut-reporting-time-by-60         case-study     published  2028-07-15  healthcare          na
> liffey-bank-stops-fraud-in-real-time                  video          published  2028-12-04  financial-services  emea
> ciudad-abierta-publishes-open-data                    press-release  published  2030-01-23  public-sector       latam
> klinikum-rhein-patient-outcomes-dashboards            webinar        published  2031-06-03  healthcare          emea
> ferro-werke-predictive-maintenance-on-the-shop-floor  case-study     published  2031-06-08  manufacturing       emea
! 10 stories
$ advo --today 2026-11-16 stories expired:true
> ID                                              KIND        STATUS    EXPIRES     INDUSTRY   REGION
> harbor-freight-lines-on-route-optimisation      quote       approved  2026-10-31  logistics  na
> maison-lumiere-forecasts-demand-store-by-store  case-study  approved  2026-06-07  retail     emea
> verde-varejo-reduces-churn-with-ai-insights     case-study  retired   2026-04-21  retail     latam
! 3 stories
$ advo --today 2026-11-16 stories usable:false
> ID                                               KIND        STATUS     EXPIRES     INDUSTRY            REGION
> banco-australs-compliance-reporting-in-a-day     case-study  in-review              financial-services  latam
> cobalt-systems-embeds-analytics-in-its-product   video       draft                  technology          na
> greenfield-medical-capacity-planning-in-the-icu  review      draft                  healthcare          na
> harbor-freight-lines-on-route-optimisation       quote       approved   2026-10-31  logistics           na
> maison-lumiere-forecasts-demand-store-by-store   case-study  approved   2026-06-07  retail              emea
> verde-varejo-reduces-churn-with-ai-insights      case-study  retired    2026-04-21  retail              latam
! 6 stories
$ advo --today 2026-11-16 show harbor-freight | tail -5
> # usage as of 2026-11-16:
> # usable: no
> #   expired: approval expired 2026-10-31
> # requests: none
> # engagements: none
$ advo --today 2026-12-01 stories expiring:true
> ID                                           KIND   STATUS     EXPIRES     INDUSTRY   REGION
> sakura-logistics-on-supply-chain-visibility  quote  published  2026-12-26  logistics  apac
! 1 story
$ advo --today 2026-11-16 story add "Klinikum Rhein cuts ICU waiting times" --kind case-study --advocate hannah --products dashboards,reporting --use-cases capacity-planning --outcome "ICU waits down 30%"
> klinikum-rhein-cuts-icu-waiting-times
! company industry segment region from hannah-schmidt-klinikum-rhein
! added draft case-study: stories/klinikum-rhein-cuts-icu-waiting-times.yaml
$ advo --today 2026-11-16 story status klinikum-rhein-cuts in-review
! klinikum-rhein-cuts-icu-waiting-times: draft → in-review
$ advo --today 2026-11-16 story status klinikum-rhein-cuts approved --approved-on 2026-11-16 --expires-on 2031-11-15
! klinikum-rhein-cuts-icu-waiting-times: in-review → approved
$ advo --today 2026-11-16 story set klinikum-rhein-cuts url=https://acme-analytics.example/customers/klinikum-icu
! updated stories/klinikum-rhein-cuts-icu-waiting-times.yaml
$ advo --today 2026-11-16 story status klinikum-rhein-cuts published
! advo: 'klinikum-rhein-cuts-icu-waiting-times' cannot be published: it is not usable on 2026-11-16
!   no-consent: hannah-schmidt-klinikum-rhein has given no case-study consent
!   nothing written
? 4
$ advo --today 2026-11-16 set hannah consent.case-study=2026-11-16
! updated advocates/hannah-schmidt-klinikum-rhein.yaml
$ advo --today 2026-11-16 story status klinikum-rhein-cuts published
! klinikum-rhein-cuts-icu-waiting-times: approved → published
$ cat stories/klinikum-rhein-cuts-icu-waiting-times.yaml
> id: klinikum-rhein-cuts-icu-waiting-times
> title: Klinikum Rhein cuts ICU waiting times
> kind: case-study
> status: published
> advocates:
>   - hannah-schmidt-klinikum-rhein
> company: Klinikum Rhein
> industry: healthcare
> segment: mid-market
> region: emea
> products:
>   - dashboards
>   - reporting
> use_cases:
>   - capacity-planning
> outcomes:
>   - ICU waits down 30%
> url: https://acme-analytics.example/customers/klinikum-icu
> approvals:
>   - date: 2026-11-16
>     expires: 2031-11-15
$ advo --today 2026-11-16 check --strict
$ rm stories/klinikum-rhein-cuts-icu-waiting-times.yaml
$ advo --today 2026-11-16 story status harbor-freight published
! advo: 'harbor-freight-lines-on-route-optimisation' cannot be published: it is not usable on 2026-11-16
!   expired: approval expired 2026-10-31
!   nothing written
? 4
$ advo --today 2027-02-20 check
> engagements/2026-11.yaml:64:12: warning: still scheduled, but 2026-11-29 has passed; run: advo engagement done 2026-11-29-chloe-dubois-maison-lumiere-speaking (it took place) or advo engagement cancel 2026-11-29-chloe-dubois-maison-lumiere-speaking (it did not)
> engagements/2026-12.yaml:5:12: warning: still scheduled, but 2026-12-05 has passed; run: advo engagement done 2026-12-05-kenji-watanabe-sakura-logistics-reference-call (it took place) or advo engagement cancel 2026-12-05-kenji-watanabe-sakura-logistics-reference-call (it did not)
> engagements/2026-12.yaml:12:12: warning: still scheduled, but 2026-12-05 has passed; run: advo engagement done 2026-12-05-siobhan-obrien-liffey-bank-speaking (it took place) or advo engagement cancel 2026-12-05-siobhan-obrien-liffey-bank-speaking (it did not)
> engagements/2026-12.yaml:19:12: warning: still scheduled, but 2026-12-09 has passed; run: advo engagement done 2026-12-09-ana-nunez-banco-austral-reference-call (it took place) or advo engagement cancel 2026-12-09-ana-nunez-banco-austral-reference-call (it did not)
> stories/meridian-bank-risk-reporting.yaml:23:5: error: published story whose approval expired 2027-02-12: renew the approval or retire the story
> stories/sakura-logistics-on-supply-chain-visibility.yaml:20:5: error: published story whose approval expired 2026-12-26: renew the approval or retire the story
! 2 errors, 4 warnings
? 1
