# Every command advo suggests works: the commands `advo today` prints (text
# and JSON), the commands that list a section cut short, and the hints of
# refusals are run as given, and none is a usage error (exit 2). The sample
# program, at days that bring every kind of item.
$ cp -R "$ADVO_SOURCE_DIR/examples/acme" ../acme
$ for d in 2026-06-01 2026-11-16 2027-01-15 2027-03-01; do advo -C ../acme --today $d today --all | sed -n "s/^    advo /advo --today $d /p"; done | sort -u > ../text
$ for d in 2026-06-01 2026-11-16 2027-01-15 2027-03-01; do advo -C ../acme --today $d today --format json | sed -n "s/^ *\"command\": \"advo \(.*\)\"\$/advo --today $d \1/p"; done | sort -u > ../json
# Both formats suggest the same commands, of every kind.
$ diff ../text ../json && cat ../json
> advo --today 2026-06-01 edit charlotte-evans-city-of-port-elm
> advo --today 2026-06-01 match 2026-11-14-redwood-county-reference-call
> advo --today 2026-06-01 story set maison-lumiere-forecasts-demand-store-by-store expires_on=YYYY-MM-DD
> advo --today 2026-06-01 verify amelia-turner-greenfield-medical
> advo --today 2026-06-01 verify benjamin-lee-summit-credit-union
> advo --today 2026-06-01 verify camila-souza-saude-total
> advo --today 2026-06-01 verify charlotte-evans-city-of-port-elm
> advo --today 2026-06-01 verify ethan-clarke-southern-cross-health
> advo --today 2026-06-01 verify grace-kim-brightline-software
> advo --today 2026-06-01 verify jurgen-weiss-weiss-sohne-logistik
> advo --today 2026-06-01 verify marcus-hill-meridian-bank
> advo --today 2026-06-01 verify mateo-fernandez-andes-manufacturing
> advo --today 2026-06-01 verify noah-williams-pinecrest-schools
> advo --today 2026-06-01 verify sofia-garcia-ciudad-abierta
> advo --today 2026-06-01 verify wei-zhang-lion-city-freight
> advo --today 2026-11-16 match 2026-11-14-redwood-county-reference-call
> advo --today 2026-11-16 rest grace-kim-brightline-software
> advo --today 2026-11-16 rest lucas-oliveira-verde-varejo
> advo --today 2026-11-16 rest mateo-fernandez-andes-manufacturing
> advo --today 2026-11-16 stage david-cohen-beacon-analytics-lab qualified
> advo --today 2026-11-16 stage james-oconnor-keystone-state-college qualified
> advo --today 2026-11-16 stage laura-martinez-iberia-salud qualified
> advo --today 2026-11-16 stage mia-johansson-fjord-energy-works qualified
> advo --today 2026-11-16 stage yuki-sato-osaka-metro-retail qualified
> advo --today 2026-11-16 verify amelia-turner-greenfield-medical
> advo --today 2026-11-16 verify ana-nunez-banco-austral
> advo --today 2026-11-16 verify benjamin-lee-summit-credit-union
> advo --today 2026-11-16 verify camila-souza-saude-total
> advo --today 2026-11-16 verify charlotte-evans-city-of-port-elm
> advo --today 2026-11-16 verify emily-chen-cobalt-systems
> advo --today 2026-11-16 verify ethan-clarke-southern-cross-health
> advo --today 2026-11-16 verify grace-kim-brightline-software
> advo --today 2026-11-16 verify jose-muller-ferro-werke
> advo --today 2026-11-16 verify jurgen-weiss-weiss-sohne-logistik
> advo --today 2026-11-16 verify liam-murphy-atlantic-insurance
> advo --today 2026-11-16 verify marcus-hill-meridian-bank
> advo --today 2026-11-16 verify mateo-fernandez-andes-manufacturing
> advo --today 2026-11-16 verify noah-williams-pinecrest-schools
> advo --today 2026-11-16 verify oliver-bennett-thames-university
> advo --today 2026-11-16 verify priya-raman-lotus-health-network
> advo --today 2026-11-16 verify sofia-garcia-ciudad-abierta
> advo --today 2026-11-16 verify wei-zhang-lion-city-freight
> advo --today 2026-11-16 verify zoe-akesson-nordvik-retail
> advo --today 2027-01-15 edit daniel-okafor-harbor-freight-lines
> advo --today 2027-01-15 edit noah-williams-pinecrest-schools
> advo --today 2027-01-15 engagement done 2026-11-29-chloe-dubois-maison-lumiere-speaking
> advo --today 2027-01-15 engagement done 2026-12-05-kenji-watanabe-sakura-logistics-reference-call
> advo --today 2027-01-15 engagement done 2026-12-05-siobhan-obrien-liffey-bank-speaking
> advo --today 2027-01-15 engagement done 2026-12-09-ana-nunez-banco-austral-reference-call
> advo --today 2027-01-15 match 2026-11-14-redwood-county-reference-call
> advo --today 2027-01-15 rest emily-chen-cobalt-systems
> advo --today 2027-01-15 rest jane-doe-northwind-health
> advo --today 2027-01-15 stage david-cohen-beacon-analytics-lab qualified
> advo --today 2027-01-15 stage james-oconnor-keystone-state-college qualified
> advo --today 2027-01-15 stage laura-martinez-iberia-salud qualified
> advo --today 2027-01-15 stage mia-johansson-fjord-energy-works qualified
> advo --today 2027-01-15 stage yuki-sato-osaka-metro-retail qualified
> advo --today 2027-01-15 story set meridian-bank-risk-reporting expires_on=YYYY-MM-DD
> advo --today 2027-01-15 story status sakura-logistics-on-supply-chain-visibility retired
> advo --today 2027-01-15 verify aiko-tanaka-fuji-precision
> advo --today 2027-01-15 verify amelia-turner-greenfield-medical
> advo --today 2027-01-15 verify ana-nunez-banco-austral
> advo --today 2027-01-15 verify benjamin-lee-summit-credit-union
> advo --today 2027-01-15 verify camila-souza-saude-total
> advo --today 2027-01-15 verify charlotte-evans-city-of-port-elm
> advo --today 2027-01-15 verify daniel-okafor-harbor-freight-lines
> advo --today 2027-01-15 verify emily-chen-cobalt-systems
> advo --today 2027-01-15 verify ethan-clarke-southern-cross-health
> advo --today 2027-01-15 verify grace-kim-brightline-software
> advo --today 2027-01-15 verify isabella-rossi-moda-milano
> advo --today 2027-01-15 verify jose-muller-ferro-werke
> advo --today 2027-01-15 verify jurgen-weiss-weiss-sohne-logistik
> advo --today 2027-01-15 verify liam-murphy-atlantic-insurance
> advo --today 2027-01-15 verify marcus-hill-meridian-bank
> advo --today 2027-01-15 verify mateo-fernandez-andes-manufacturing
> advo --today 2027-01-15 verify noah-williams-pinecrest-schools
> advo --today 2027-01-15 verify oliver-bennett-thames-university
> advo --today 2027-01-15 verify priya-raman-lotus-health-network
> advo --today 2027-01-15 verify raj-patel-indus-tech-services
> advo --today 2027-01-15 verify sofia-garcia-ciudad-abierta
> advo --today 2027-01-15 verify wei-zhang-lion-city-freight
> advo --today 2027-01-15 verify zoe-akesson-nordvik-retail
> advo --today 2027-03-01 edit raj-patel-indus-tech-services
> advo --today 2027-03-01 engagement done 2026-11-29-chloe-dubois-maison-lumiere-speaking
> advo --today 2027-03-01 engagement done 2026-12-05-kenji-watanabe-sakura-logistics-reference-call
> advo --today 2027-03-01 engagement done 2026-12-05-siobhan-obrien-liffey-bank-speaking
> advo --today 2027-03-01 engagement done 2026-12-09-ana-nunez-banco-austral-reference-call
> advo --today 2027-03-01 match 2026-11-14-redwood-county-reference-call
> advo --today 2027-03-01 rest ethan-clarke-southern-cross-health
> advo --today 2027-03-01 rest siobhan-obrien-liffey-bank
> advo --today 2027-03-01 stage david-cohen-beacon-analytics-lab qualified
> advo --today 2027-03-01 stage james-oconnor-keystone-state-college qualified
> advo --today 2027-03-01 stage laura-martinez-iberia-salud qualified
> advo --today 2027-03-01 stage mia-johansson-fjord-energy-works qualified
> advo --today 2027-03-01 stage yuki-sato-osaka-metro-retail qualified
> advo --today 2027-03-01 story status meridian-bank-risk-reporting retired
> advo --today 2027-03-01 story status sakura-logistics-on-supply-chain-visibility retired
> advo --today 2027-03-01 verify aiko-tanaka-fuji-precision
> advo --today 2027-03-01 verify amelia-turner-greenfield-medical
> advo --today 2027-03-01 verify ana-nunez-banco-austral
> advo --today 2027-03-01 verify benjamin-lee-summit-credit-union
> advo --today 2027-03-01 verify camila-souza-saude-total
> advo --today 2027-03-01 verify charlotte-evans-city-of-port-elm
> advo --today 2027-03-01 verify daniel-okafor-harbor-freight-lines
> advo --today 2027-03-01 verify emily-chen-cobalt-systems
> advo --today 2027-03-01 verify ethan-clarke-southern-cross-health
> advo --today 2027-03-01 verify grace-kim-brightline-software
> advo --today 2027-03-01 verify isabella-rossi-moda-milano
> advo --today 2027-03-01 verify jose-muller-ferro-werke
> advo --today 2027-03-01 verify jurgen-weiss-weiss-sohne-logistik
> advo --today 2027-03-01 verify kenji-watanabe-sakura-logistics
> advo --today 2027-03-01 verify liam-murphy-atlantic-insurance
> advo --today 2027-03-01 verify marcus-hill-meridian-bank
> advo --today 2027-03-01 verify mateo-fernandez-andes-manufacturing
> advo --today 2027-03-01 verify noah-williams-pinecrest-schools
> advo --today 2027-03-01 verify oliver-bennett-thames-university
> advo --today 2027-03-01 verify priya-raman-lotus-health-network
> advo --today 2027-03-01 verify raj-patel-indus-tech-services
> advo --today 2027-03-01 verify samuel-adeyemi-lagoon-retail-group
> advo --today 2027-03-01 verify sofia-garcia-ciudad-abierta
> advo --today 2027-03-01 verify wei-zhang-lion-city-freight
> advo --today 2027-03-01 verify zoe-akesson-nordvik-retail
# A section cut short names the command that lists it whole.
$ for d in 2026-06-01 2026-11-16 2027-01-15 2027-03-01; do advo -C ../acme --today $d today | sed -n "s/^  …and [0-9]* more: advo /advo --today $d /p"; done | sort -u | tee ../lists
> advo --today 2026-06-01 advocates stale:true stage:active
> advo --today 2026-11-16 advocates stale:true stage:active
> advo --today 2027-01-15 advocates stale:true stage:active
> advo --today 2027-03-01 advocates stale:true stage:active
$ while read -r cmd; do (cd ../acme && eval "$cmd" > /dev/null 2>&1) || echo "failed: $cmd"; done < ../lists
$ cut -d' ' -f4 ../json | sort | uniq -c
>       4 edit
>       8 engagement
>       4 match
>       7 rest
>      15 stage
>       5 story
>      79 verify
# Each runs on its own fresh copy; YYYY-MM-DD stands for the day the manager
# fills in, and `advo edit` gets an editor that changes nothing.
$ while read -r cmd; do rm -rf ../try && cp -R ../acme ../try && (cd ../try && EDITOR=true eval "${cmd//YYYY-MM-DD/2028-12-31}" > /dev/null 2>&1); [ $? -ne 2 ] || echo "usage error: $cmd"; done < ../json
# A refusal because the advocate is not willing suggests recording that they
# are, not an override; the suggested command works, and then the ask is logged.
$ cp -R ../acme/. .
$ advo --today 2026-11-16 log aiko-tanaka-fuji-precision webinar 2> ../refusal
? 4
$ cat ../refusal
> advo: refused: aiko-tanaka-fuji-precision is not available for webinar on 2026-11-16
>   not-willing: not willing to do webinar; does not clear by itself
>   next available: none (not-willing does not clear by itself)
>   if aiko-tanaka-fuji-precision has agreed to do webinar: advo set aiko-tanaka-fuji-precision activities+=webinar
>   nothing written
$ eval "$(sed -n 's/^  if .* has agreed to do [a-z-]*: //p' ../refusal)"
! updated advocates/aiko-tanaka-fuji-precision.yaml
$ advo --today 2026-11-16 log aiko-tanaka-fuji-precision webinar
> 2026-11-16-aiko-tanaka-fuji-precision-webinar
# With another rule broken too, the override is still offered for it.
$ advo --today 2026-11-16 log aiko-tanaka-fuji-precision video
! advo: refused: aiko-tanaka-fuji-precision is not available for video on 2026-11-16
!   not-willing: not willing to do video; does not clear by itself
!   no-consent: no video consent; does not clear by itself
!   min-gap: asked 2026-11-16 (webinar); 14 days between asks; clears on 2026-11-30
!   next available: none (not-willing and no-consent do not clear by itself)
!   if aiko-tanaka-fuji-precision has agreed to do video: advo set aiko-tanaka-fuji-precision activities+=video
!   nothing written; to log it anyway, give the reason with --override REASON
? 4
# The same when a match assigns someone not willing to do the type.
$ advo set isabella-rossi-moda-milano activities-=reference-call 2> /dev/null
$ advo --today 2026-11-16 match 2026-11-14-redwood-county-reference-call --assign isabella-rossi-moda-milano 2> ../refusal
? 4
$ cat ../refusal
> advo: refused: isabella-rossi-moda-milano is not available for reference-call on 2026-11-16
>   not-willing: not willing to do reference-call; does not clear by itself
>   next available: none (not-willing does not clear by itself)
>   if isabella-rossi-moda-milano has agreed to do reference-call: advo set isabella-rossi-moda-milano activities+=reference-call
>   nothing written
$ eval "$(sed -n 's/^  if .* has agreed to do [a-z-]*: //p' ../refusal)"
! updated advocates/isabella-rossi-moda-milano.yaml
$ advo --today 2026-11-16 match 2026-11-14-redwood-county-reference-call --assign isabella-rossi-moda-milano
! 2026-11-14-redwood-county-reference-call: assigned isabella-rossi-moda-milano (open → matched)
