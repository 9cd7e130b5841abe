# advo request new | set | close on fixture `match`, today 2026-11-20.
$ fixture match
# new: status open, requested today; prints the id, named by the account.
$ advo --today 2026-11-20 request new --type reference-call --by sam.ortiz --account "Crédit Maritime" --opportunity OPP-42 --amount 120000 --stage proposal --needed-by 2026-11-27 --industry healthcare --segment enterprise --region emea --country FR --products analytics,reporting --products dashboards --use-cases churn --persona cfo --languages fr,en --note "Board meeting on the 28th"
> 2026-11-20-credit-maritime-reference-call
! created requests/2026-11-20-credit-maritime-reference-call.yaml
$ cat requests/2026-11-20-credit-maritime-reference-call.yaml
> id: 2026-11-20-credit-maritime-reference-call
> type: reference-call
> status: open
> requested_by: sam.ortiz
> requested_on: 2026-11-20
> needed_by: 2026-11-27
> opportunity:
>   id: OPP-42
>   account: Crédit Maritime
>   amount: 120000
>   currency: USD
>   stage: proposal
> criteria:
>   industry: healthcare
>   segment: enterprise
>   region: emea
>   country: FR
>   products:
>     - analytics
>     - reporting
>     - dashboards
>   use_cases:
>     - churn
>   persona: cfo
>   languages:
>     - fr
>     - en
> notes: Board meeting on the 28th
# The same again gets -2; an amount without a currency is in the program's
# currency; +5d is five days from today.
$ advo --today 2026-11-20 request new --type reference-call --by sam --account "Crédit Maritime" --amount 5000 --needed-by +5d
> 2026-11-20-credit-maritime-reference-call-2
! created requests/2026-11-20-credit-maritime-reference-call-2.yaml
$ grep -e currency -e needed_by requests/2026-11-20-credit-maritime-reference-call-2.yaml
> needed_by: 2026-11-25
>   currency: USD
# Without an account the opportunity names it; without either, the day and
# the type.
$ advo --today 2026-11-20 request new --type logo --by kim --opportunity OPP-77
> 2026-11-20-opp-77-logo
! created requests/2026-11-20-opp-77-logo.yaml
$ advo --today 2026-11-20 request new --type logo --by kim
> 2026-11-20-logo
! created requests/2026-11-20-logo.yaml
$ advo --today 2026-11-20 request new --type logo --by kim
> 2026-11-20-logo-2
! created requests/2026-11-20-logo-2.yaml
$ advo --today 2026-11-20 check --strict
# Every mistake is named, and nothing is written.
$ advo --today 2026-11-20 request new --type refrence-call --by sam --needed-by soon --amount lots --currency usd --country fr --segment huge --industry helthcare
! advo: --type refrence-call: unknown activity type 'refrence-call' (did you mean 'reference-call'?); known: logo, reference-call, thank-you, webinar
! advo: --amount lots: amount must be a number, not 'lots'
! advo: --currency usd: invalid currency 'usd' (expected a code like USD or EUR)
! advo: --industry helthcare: unknown industry 'helthcare' (did you mean 'healthcare'?); known: healthcare, retail, logistics
! advo: --segment huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: --country fr: country 'fr' must be upper case ('FR')
! advo: --needed-by soon: invalid date 'soon' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
! advo: nothing written (7 errors)
? 2
$ advo --today 2026-11-20 request new --type thank-you --by sam --needed-by 2026-11-19
! advo: --type thank-you: thank-you is a give; a request asks an advocate for something, so its type is an ask type
! advo: --needed-by 2026-11-19: needed by 2026-11-19, before it is requested (2026-11-20)
! advo: nothing written (2 errors)
? 2
$ advo --today 2026-11-20 request new --type logo --by sam --needed-by +2y
! advo: --needed-by +2y: invalid date '+2y' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 request new --type logo --by ' '
! advo: --by is empty
? 2
$ advo --today 2026-11-20 request new --type logo --by sam --account a --account b
! advo: --account is given 2 times; it takes one value
? 2
$ advo --today 2026-11-20 request new --by sam
! advo: request: --type is required
! Run 'advo request --help' for its options.
? 2
$ advo --today 2026-11-20 request
! advo: request needs a sub-command: new, set or close (see 'advo request --help')
? 2
$ ls requests
> 2026-08-20-harbor-health-webinar.yaml
> 2026-10-20-summit-retail-reference-call.yaml
> 2026-11-02-polar-freight-reference-call.yaml
> 2026-11-18-northwind-clinics-reference-call.yaml
> 2026-11-19-harbor-health-logo.yaml
> 2026-11-20-credit-maritime-reference-call-2.yaml
> 2026-11-20-credit-maritime-reference-call.yaml
> 2026-11-20-logo-2.yaml
> 2026-11-20-logo.yaml
> 2026-11-20-opp-77-logo.yaml
# set: as advo set does it, all or nothing.
$ cp requests/2026-11-18-northwind-clinics-reference-call.yaml before.yaml
$ advo --today 2026-11-20 request set 2026-11-18 needed_by=2026-11-27 criteria.products-=reporting criteria.languages+=de opportunity.amount=300000
! updated requests/2026-11-18-northwind-clinics-reference-call.yaml
$ diff before.yaml requests/2026-11-18-northwind-clinics-reference-call.yaml
> 6c6
> < needed_by: 2026-11-25
> ---
> > needed_by: 2026-11-27
> 10c10
> <   amount: 250000
> ---
> >   amount: 300000
> 18c18,19
> <     - reporting
> ---
> >   languages:
> >     - de
? 1
$ advo --today 2026-11-20 request set 2026-11-18 needed_by=2026-11-27
! 2026-11-18-northwind-clinics-reference-call: nothing changed
$ cp requests/2026-11-18-northwind-clinics-reference-call.yaml before.yaml
$ advo --today 2026-11-20 request set 2026-11-18 needed_by=2026-11-01 type=thank-you advocates+=nobody stories+=none status=fulfilled criteria.segment=huge id=x priority=high oops
! advo: oops: not an assignment: write FIELD=VALUE, LIST+=VALUE or LIST-=VALUE
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 request set 2026-11-18 needed_by=2026-11-01 type=thank-you advocates+=nobody stories+=none status=fulfilled criteria.segment=huge id=x priority=high
! advo: advocates+=nobody: no advocate 'nobody'
! advo: stories+=none: no story 'none'
! advo: criteria.segment=huge: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: id=x: the id cannot be changed: it is the name of the record's file
! advo: priority=high: unknown field 'priority' in request
! advo: nothing written (5 errors)
? 2
# What depends on other fields is checked once the values are valid.
$ advo --today 2026-11-20 request set 2026-11-18 needed_by=2026-11-01 type=thank-you status=fulfilled
! advo: status=fulfilled: a request is closed with 'advo request close 2026-11-18-northwind-clinics-reference-call --status fulfilled', which records the outcome
! advo: type=thank-you: thank-you is a give; a request's type is an ask type
! advo: needed_by=2026-11-01: needed_by (2026-11-01) would be before requested_on (2026-11-18)
! advo: nothing written (3 errors)
? 2
$ advo --today 2026-11-20 request set 2026-11-18 requested_on=2026-11-28
! advo: requested_on=2026-11-28: needed_by (2026-11-27) would be before requested_on (2026-11-28)
! advo: nothing written (1 error)
? 2
$ cmp before.yaml requests/2026-11-18-northwind-clinics-reference-call.yaml
# Status moves among open, matched and scheduled; a cancelled request may
# only be reopened; a fulfilled one stays fulfilled.
$ advo --today 2026-11-20 request set 2026-11-18 status=matched advocates+=ada-adams-alpha-health
! updated requests/2026-11-18-northwind-clinics-reference-call.yaml
$ advo --today 2026-11-20 request set 2026-11-18 status=scheduled
! updated requests/2026-11-18-northwind-clinics-reference-call.yaml
$ advo --today 2026-11-20 request set 2026-11-02 status=matched
! advo: status=matched: '2026-11-02-polar-freight-reference-call' is cancelled; it can only be reopened first: advo request set 2026-11-02-polar-freight-reference-call status=open
! advo: nothing written (1 error)
? 2
$ advo --today 2026-11-20 request set 2026-11-02 status=open
! updated requests/2026-11-02-polar-freight-reference-call.yaml
$ advo --today 2026-11-20 request set 2026-08-20 status=open
! advo: status=open: '2026-08-20-harbor-health-webinar' is fulfilled, and a fulfilled request stays fulfilled (close it again as fulfilled to record the deal's outcome)
! advo: nothing written (1 error)
? 2
# close: sets the status, outcome.closed_on (today unless --closed-on),
# the deal and reason when given, and fulfilled_on when fulfilled without
# one.
$ advo --today 2026-11-20 request close 2026-11-18 --status fulfilled --closed-on 2026-11-19
! 2026-11-18-northwind-clinics-reference-call: scheduled → fulfilled
$ sed -n '/^status/p;/^fulfilled_on/,$p' requests/2026-11-18-northwind-clinics-reference-call.yaml
> status: fulfilled
> fulfilled_on: 2026-11-19
> outcome:
>   closed_on: 2026-11-19
# Closing again the same way records a later outcome; nothing new changes
# nothing.
$ advo --today 2026-11-26 request close 2026-11-18 --status fulfilled --deal won --reason "Signed"
! 2026-11-18-northwind-clinics-reference-call: still fulfilled, deal won
$ sed -n '/^fulfilled_on/,$p' requests/2026-11-18-northwind-clinics-reference-call.yaml
> fulfilled_on: 2026-11-19
> outcome:
>   deal: won
>   closed_on: 2026-11-26
>   reason: Signed
$ advo --today 2026-11-26 request close 2026-11-18 --status fulfilled --deal won
! 2026-11-18-northwind-clinics-reference-call: nothing changed
# A fulfilled request cannot be cancelled; a cancelled one cannot be
# fulfilled without being reopened.
$ advo --today 2026-11-26 request close 2026-11-18 --status cancelled
! advo: '2026-11-18-northwind-clinics-reference-call' is fulfilled, and a fulfilled request stays fulfilled (close it again as fulfilled to record the deal's outcome); nothing written
? 4
$ advo --today 2026-11-20 request close 2026-11-02 --status cancelled --deal lost --reason "Budget cut"
! 2026-11-02-polar-freight-reference-call: open → cancelled, deal lost
$ advo --today 2026-11-20 request close 2026-11-02 --status unfulfilled
! advo: '2026-11-02-polar-freight-reference-call' is cancelled; it can only be reopened first: advo request set 2026-11-02-polar-freight-reference-call status=open; nothing written
? 4
$ advo --today 2026-11-20 request close 2026-10-20 --status unfulfilled --reason "Nobody in retail free in time"
! 2026-10-20-summit-retail-reference-call: matched → unfulfilled
$ sed -n '/^status/p;/^outcome/,$p' requests/2026-10-20-summit-retail-reference-call.yaml
> status: unfulfilled
> outcome:
>   closed_on: 2026-11-20
>   reason: Nobody in retail free in time
# Usage errors.
$ advo --today 2026-11-20 request close 2026-11-19 --status matched
! advo: --status: a request is closed as fulfilled, unfulfilled or cancelled, not 'matched'
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status done
! advo: --status: a request is closed as fulfilled, unfulfilled or cancelled, not 'done'
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status cancelled --deal maybe
! advo: --deal: unknown deal 'maybe'; known: open, won, lost
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status cancelled --closed-on 2026-11-21
! advo: --closed-on 2026-11-21 is after today (2026-11-20)
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status cancelled --closed-on 2026-11-18
! advo: --closed-on 2026-11-18 is before the request was made (2026-11-19)
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status cancelled --closed-on 18.11.2026
! advo: --closed-on: invalid date '18.11.2026' (expected YYYY-MM-DD, today, yesterday, tomorrow, +Nd or -Nd, +Nw or -Nw, +Nm or -Nm, or a weekday like friday or fri: the next one; see DATES in 'man advo')
? 2
$ advo --today 2026-11-20 request close 2026-11-19
! advo: request: --status is required
! Run 'advo request --help' for its options.
? 2
$ advo --today 2026-11-20 request close nothing --status cancelled
! advo: no request 'nothing'
? 2
$ advo --today 2026-11-20 check --strict
# More usage errors of each sub-command; nothing is written.
$ advo --today 2026-11-20 request new --type ' ' --by sam
! advo: --type is empty
? 2
$ advo --today 2026-11-20 request new --type logo
! advo: request: --by is required
! Run 'advo request --help' for its options.
? 2
$ advo --today 2026-11-20 request set nothing status=open
! advo: no request 'nothing'
? 2
$ advo --today 2026-11-20 request set 2026-11-1 status=open
! advo: '2026-11-1' is ambiguous; it matches:
!   2026-11-18-northwind-clinics-reference-call (request)
!   2026-11-19-harbor-health-logo (request)
? 2
$ advo --today 2026-11-20 request set 2026-11-19
! advo: request: ASSIGNMENT is required
! Run 'advo request --help' for its options.
? 2
$ advo --today 2026-11-20 request close 2026-11-19 --status cancelled --reason "$(printf 'bad \377 byte')"
! advo: --reason is not valid UTF-8 text
? 2
$ ls requests
> 2026-08-20-harbor-health-webinar.yaml
> 2026-10-20-summit-retail-reference-call.yaml
> 2026-11-02-polar-freight-reference-call.yaml
> 2026-11-18-northwind-clinics-reference-call.yaml
> 2026-11-19-harbor-health-logo.yaml
> 2026-11-20-credit-maritime-reference-call-2.yaml
> 2026-11-20-credit-maritime-reference-call.yaml
> 2026-11-20-logo-2.yaml
> 2026-11-20-logo.yaml
> 2026-11-20-opp-77-logo.yaml
