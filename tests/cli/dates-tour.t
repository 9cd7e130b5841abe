# The README tour of typed dates, on a copy of examples/acme.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 advocates stage_on:-30d..
> ID                                    NAME            COMPANY                 STAGE      INDUSTRY       REGION
> david-cohen-beacon-analytics-lab      David Cohen     Beacon Analytics Lab    nominated  technology     emea
> james-oconnor-keystone-state-college  James O'Connor  Keystone State College  nominated  education      na
> laura-martinez-iberia-salud           Laura Martínez  Iberia Salud            nominated  healthcare     emea
> mia-johansson-fjord-energy-works      Mia Johansson   Fjord Energy Works      nominated  manufacturing  emea
> yuki-sato-osaka-metro-retail          Yuki Sato       Osaka Metro Retail      nominated  retail         apac
! 5 advocates
$ advo --today 2026-11-16 advocates nps.score:9.. available:reference-call --sort nps.score --reverse --limit 5
> ID                                 NAME         COMPANY                STAGE   INDUSTRY            REGION  NPS
> jurgen-weiss-weiss-sohne-logistik  Jürgen Weiß  Weiß & Söhne Logistik  active  logistics           emea     10
> liam-murphy-atlantic-insurance     Liam Murphy  Atlantic Insurance     active  financial-services  emea     10
> wei-zhang-lion-city-freight        Wei Zhang    Lion City Freight      active  logistics           apac     10
> zoe-akesson-nordvik-retail         Zoë Åkesson  Nordvik Retail         active  retail              emea     10
> aiko-tanaka-fuji-precision         Aiko Tanaka  Fuji Precision         active  manufacturing       apac      9
! 5 of 10 advocates
$ advo --today 2026-11-16 rest --type reference-call --on fri
> ADVOCATE                            NEXT AVAILABLE  REASONS
> benjamin-lee-summit-credit-union    2026-11-26      min-gap
> charlotte-evans-city-of-port-elm    2026-11-30      resting
> jose-muller-ferro-werke             2026-12-01      blackout
> ethan-clarke-southern-cross-health  2026-12-02      cap-quarter
> chloe-dubois-maison-lumiere         2026-12-13      scheduled
> daniel-okafor-harbor-freight-lines  2026-12-16      cap-quarter
> noah-williams-pinecrest-schools     2026-12-18      resting
> siobhan-obrien-liffey-bank          2026-12-19      scheduled
> camila-souza-saude-total            2027-01-01      cap-quarter
> amelia-turner-greenfield-medical    2027-01-02      min-gap, cap-quarter
> jane-doe-northwind-health           2027-01-22      cap-quarter
> kenji-watanabe-sakura-logistics     2027-02-03      scheduled
> ana-nunez-banco-austral             2027-02-07      scheduled
> marcus-hill-meridian-bank           none            do-not-contact
! 14 active advocates are unavailable for reference-call on 2026-11-20
$ advo --today 2026-11-16 engagements date:-30d..today type:reference-call
> ID                                                         OUTCOME    REQUEST                                    BY
> 2026-10-19-noah-williams-pinecrest-schools-reference-call  completed  2026-10-13-crescent-retail-reference-call  kate.morgan
! 1 engagement
$ advo --today 2026-11-16 requests needed_by:..+2w status:open
> ID                                        STATUS  NEEDED BY   BY
> 2026-11-14-redwood-county-reference-call  open    2026-11-24  sam.ortiz
! 1 request
$ advo --today 2026-11-16 stories expires_on:today..+3m
> ID                                           KIND        STATUS     EXPIRES     INDUSTRY            REGION
> meridian-bank-risk-reporting                 case-study  published  2027-02-12  financial-services  na
> sakura-logistics-on-supply-chain-visibility  quote       published  2026-12-26  logistics           apac
! 2 stories
$ advo --today 2026-11-16 report --from -30d --to today | head -n 1
> Acme Analytics Advocacy: report for 2026-10-17 to 2026-11-16
