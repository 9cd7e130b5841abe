# The sample program in examples/acme is valid and canonical.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme/." .
$ advo --today 2026-11-16 check --strict
$ advo fmt --check
$ ls advocates
> aiko-tanaka-fuji-precision.yaml
> amelia-turner-greenfield-medical.yaml
> ana-nunez-banco-austral.yaml
> arjun-mehta-ganges-finance.yaml
> benjamin-lee-summit-credit-union.yaml
> camila-souza-saude-total.yaml
> charlotte-evans-city-of-port-elm.yaml
> chloe-dubois-maison-lumiere.yaml
> daniel-okafor-harbor-freight-lines.yaml
> david-cohen-beacon-analytics-lab.yaml
> elena-popescu-dacia-auto-parts.yaml
> emily-chen-cobalt-systems.yaml
> ethan-clarke-southern-cross-health.yaml
> fatima-zahra-sahel-payments.yaml
> grace-kim-brightline-software.yaml
> grace-oneill-emerald-health.yaml
> hannah-schmidt-klinikum-rhein.yaml
> henry-walker-walker-hospital-group.yaml
> isabella-rossi-moda-milano.yaml
> james-oconnor-keystone-state-college.yaml
> jane-doe-northwind-health.yaml
> jose-muller-ferro-werke.yaml
> jurgen-weiss-weiss-sohne-logistik.yaml
> kenji-watanabe-sakura-logistics.yaml
> laura-martinez-iberia-salud.yaml
> liam-murphy-atlantic-insurance.yaml
> lucas-oliveira-verde-varejo.yaml
> lucy-harris-outback-schools-trust.yaml
> marcus-hill-meridian-bank.yaml
> mateo-fernandez-andes-manufacturing.yaml
> mia-johansson-fjord-energy-works.yaml
> nina-kowalski-baltic-retail.yaml
> noah-williams-pinecrest-schools.yaml
> oliver-bennett-thames-university.yaml
> olivia-brown-riverside-county.yaml
> pedro-alves-porto-digital.yaml
> priya-raman-lotus-health-network.yaml
> raj-patel-indus-tech-services.yaml
> samuel-adeyemi-lagoon-retail-group.yaml
> sarah-mitchell-clearwater-pharma.yaml
> siobhan-obrien-liffey-bank.yaml
> sofia-garcia-ciudad-abierta.yaml
> thomas-wright-albion-freight.yaml
> tobias-berg-oslo-transit.yaml
> valentina-cruz-pacifico-seguros.yaml
> wei-zhang-lion-city-freight.yaml
> yuki-sato-osaka-metro-retail.yaml
> zoe-akesson-nordvik-retail.yaml
$ cat engagements/*.yaml | grep -c '^- id:'
> 308
