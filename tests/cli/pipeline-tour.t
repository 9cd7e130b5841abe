# The README tour of the advocate pipeline, on a copy of examples/acme.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 advocates stage:active industry:healthcare
> ID                                  NAME            COMPANY                STAGE   INDUSTRY    REGION  NPS
> amelia-turner-greenfield-medical    Amelia Turner   Greenfield Medical     active  healthcare  na        9
> camila-souza-saude-total            Camila Souza    Saúde Total            active  healthcare  latam     9
> ethan-clarke-southern-cross-health  Ethan Clarke    Southern Cross Health  active  healthcare  apac      9
> hannah-schmidt-klinikum-rhein       Hannah Schmidt  Klinikum Rhein         active  healthcare  emea      9
> jane-doe-northwind-health           Jane Doe        Northwind Health       active  healthcare  na        7
> priya-raman-lotus-health-network    Priya Raman     Lotus Health Network   active  healthcare  apac      9
! 6 advocates
$ advo --today 2026-11-16 advocates 'nps.score:>=9' available:reference-call --sort nps.score --reverse --limit 5
> ID                                 NAME         COMPANY                STAGE   INDUSTRY            REGION  NPS
> jurgen-weiss-weiss-sohne-logistik  Jürgen Weiß  Weiß & Söhne Logistik  active  logistics           emea     10
> liam-murphy-atlantic-insurance     Liam Murphy  Atlantic Insurance     active  financial-services  emea     10
> wei-zhang-lion-city-freight        Wei Zhang    Lion City Freight      active  logistics           apac     10
> zoe-akesson-nordvik-retail         Zoë Åkesson  Nordvik Retail         active  retail              emea     10
> aiko-tanaka-fuji-precision         Aiko Tanaka  Fuji Precision         active  manufacturing       apac      9
! 5 of 10 advocates
$ advo --today 2026-11-16 advocates aging:true --sort nominated.on
> ID                                    NAME            COMPANY                 STAGE      INDUSTRY       REGION
> yuki-sato-osaka-metro-retail          Yuki Sato       Osaka Metro Retail      nominated  retail         apac
> james-oconnor-keystone-state-college  James O'Connor  Keystone State College  nominated  education      na
> laura-martinez-iberia-salud           Laura Martínez  Iberia Salud            nominated  healthcare     emea
> mia-johansson-fjord-energy-works      Mia Johansson   Fjord Energy Works      nominated  manufacturing  emea
> david-cohen-beacon-analytics-lab      David Cohen     Beacon Analytics Lab    nominated  technology     emea
! 5 advocates
$ advo --today 2026-11-16 advocates stale:true stage:active --format md
> | ID | NAME | COMPANY | STAGE | INDUSTRY | REGION | NPS |
> | --- | --- | --- | --- | --- | --- | ---: |
> | amelia-turner-greenfield-medical | Amelia Turner | Greenfield Medical | active | healthcare | na | 9 |
> | ana-nunez-banco-austral | Ana Núñez | Banco Austral | active | financial-services | latam | 10 |
> | benjamin-lee-summit-credit-union | Benjamin Lee | Summit Credit Union | active | financial-services | na | 7 |
> | camila-souza-saude-total | Camila Souza | Saúde Total | active | healthcare | latam | 9 |
> | charlotte-evans-city-of-port-elm | Charlotte Evans | City of Port Elm | active | public-sector | na | 7 |
> | emily-chen-cobalt-systems | Emily Chen | Cobalt Systems | active | technology | na | 7 |
> | ethan-clarke-southern-cross-health | Ethan Clarke | Southern Cross Health | active | healthcare | apac | 9 |
> | grace-kim-brightline-software | Grace Kim | Brightline Software | active | technology | na | 10 |
> | jose-muller-ferro-werke | José Müller | Ferro Werke | active | manufacturing | emea | 10 |
> | jurgen-weiss-weiss-sohne-logistik | Jürgen Weiß | Weiß & Söhne Logistik | active | logistics | emea | 10 |
> | liam-murphy-atlantic-insurance | Liam Murphy | Atlantic Insurance | active | financial-services | emea | 10 |
> | marcus-hill-meridian-bank | Marcus Hill | Meridian Bank | active | financial-services | na | 8 |
> | mateo-fernandez-andes-manufacturing | Mateo Fernández | Andes Manufacturing | active | manufacturing | latam | 8 |
> | noah-williams-pinecrest-schools | Noah Williams | Pinecrest Schools | active | education | na | 8 |
> | oliver-bennett-thames-university | Oliver Bennett | Thames University | active | education | emea | 7 |
> | priya-raman-lotus-health-network | Priya Raman | Lotus Health Network | active | healthcare | apac | 9 |
> | sofia-garcia-ciudad-abierta | Sofia García | Ciudad Abierta | active | public-sector | latam | 9 |
> | wei-zhang-lion-city-freight | Wei Zhang | Lion City Freight | active | logistics | apac | 10 |
> | zoe-akesson-nordvik-retail | Zoë Åkesson | Nordvik Retail | active | retail | emea | 10 |
$ advo --today 2026-11-16 nominate "Marta Gómez" --company "Andes Manufacturing" --email marta@andes.example --industry manufacturing --region latam --country CL --products analytics,dashboards --source success --by priya.nair --reason "Great QBR"
> marta-gomez-andes-manufacturing
! nominated Marta Gómez of Andes Manufacturing: advocates/marta-gomez-andes-manufacturing.yaml
$ advo --today 2026-11-16 stage marta qualified --reason "Interview went well"
! marta-gomez-andes-manufacturing: nominated → qualified
$ advo --today 2026-11-16 set marta activities=reference-call,case-study consent.case-study=2026-11-16 nps.score=9 nps.on=2026-11-16
! updated advocates/marta-gomez-andes-manufacturing.yaml
$ advo --today 2026-11-16 stage marta active
! marta-gomez-andes-manufacturing: qualified → active
$ advo --today 2026-11-16 verify marta
! marta-gomez-andes-manufacturing: verified on 2026-11-16
$ advo --today 2026-11-16 advocates name:marta* available:reference-call
> ID                               NAME         COMPANY              STAGE   INDUSTRY       REGION  NPS
> marta-gomez-andes-manufacturing  Marta Gómez  Andes Manufacturing  active  manufacturing  latam     9
! 1 advocate
$ cat advocates/marta-gomez-andes-manufacturing.yaml
> id: marta-gomez-andes-manufacturing
> name: Marta Gómez
> company: Andes Manufacturing
> email: marta@andes.example
> industry: manufacturing
> region: latam
> country: CL
> products:
>   - analytics
>   - dashboards
> activities:
>   - reference-call
>   - case-study
> stage: active
> stage_on: 2026-11-16
> nominated:
>   by: priya.nair
>   date: 2026-11-16
>   source: success
>   reason: Great QBR
> nps:
>   score: 9
>   date: 2026-11-16
> consent:
>   case-study:
>     granted: 2026-11-16
> verified_on: 2026-11-16
> notes: "2026-11-16 nominated → qualified: Interview went well"
$ advo --today 2026-11-16 check --strict
$ advo --today 2026-11-16 stage marta nominated
! advo: 'marta-gomez-andes-manufacturing' cannot move from active to nominated; from active it can move to paused or alumni
? 4
$ advo --today 2026-11-16 set marta nps.score=11
! advo: nps.score=11: score must be between 0 and 10, not 11
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-16 nominate "Marta Gomez" --company "andes manufacturing"
! advo: advocate 'marta-gomez-andes-manufacturing' (Marta Gómez, Andes Manufacturing) has the same name at the same company; nothing written (--force nominates another person of that name)
? 4
$ cp advocates/jane-doe-northwind-health.yaml before.yaml
$ advo --today 2026-11-16 set jane-doe nps.score=9 nps.on=2026-11-12 products+=forecasting
! updated advocates/jane-doe-northwind-health.yaml
$ diff before.yaml advocates/jane-doe-northwind-health.yaml
> 15a16
> >   - forecasting
> 35,36c36,37
> <   score: 7
> <   date: 2026-01-16
> ---
> >   score: 9
> >   date: 2026-11-12
? 1
