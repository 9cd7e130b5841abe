# advo edit ID: the record in $VISUAL or $EDITOR (here sed scripts), checked
# before it is saved.
$ fixture advocates
$ cp advocates/jane-doe-acme.yaml before.yaml
$ EDITOR='sed -i -e "s/^title: .*/title: CTO/" -e "/^products:/a\  - forecasting"' advo --today 2026-11-16 edit jane-doe
! saved advocates/jane-doe-acme.yaml
$ diff before.yaml advocates/jane-doe-acme.yaml
> 3c3
> < title: VP Engineering
> ---
> > title: CTO
> 12a13
> >   - forecasting
? 1
$ ls .advo | grep -v -e '^cache' -e '^check-'
> edit
# VISUAL comes before EDITOR.
$ VISUAL='sed -i "s/^title: .*/title: CEO/"' EDITOR=false advo --today 2026-11-16 edit jane-doe
! saved advocates/jane-doe-acme.yaml
$ grep '^title' advocates/jane-doe-acme.yaml
> title: CEO
# Unchanged text, or a change that leaves the record the same, writes
# nothing.
$ EDITOR=true advo --today 2026-11-16 edit jane-doe
! jane-doe-acme: no changes; nothing written
$ EDITOR='sed -i "1i# a comment"' advo --today 2026-11-16 edit jane-doe
! jane-doe-acme: no changes to the record; nothing written
$ cp advocates/jane-doe-acme.yaml before.yaml
# Invalid text is refused with the place of each error in the copy, which
# is kept; nothing is written.
$ EDITOR='sed -i -e "s/^segment: .*/segment: huge/" -e "s/^country: .*/country: us/" -e "s/^email: .*/emial: x/"' advo --today 2026-11-16 edit jane-doe
! advo: .advo/edit/jane-doe-acme.yaml:5:1: unknown key 'emial' in advocate (did you mean 'email'?)
! advo: .advo/edit/jane-doe-acme.yaml:7:10: unknown segment 'huge'; known: smb, mid-market, enterprise
! advo: .advo/edit/jane-doe-acme.yaml:9:10: country 'us' must be upper case ('US')
! advo: nothing written: the edited advocate has 3 errors; the edited text is kept in .advo/edit/jane-doe-acme.yaml
? 3
$ cat .advo/edit/jane-doe-acme.yaml
> id: jane-doe-acme
> name: Jane Doe
> title: CEO
> company: Acme
> emial: x
> industry: healthcare
> segment: huge
> region: na
> country: us
> languages:
>   - en
> products:
>   - forecasting
>   - analytics
> activities:
>   - reference-call
>   - quote
> stage: active
> stage_on: 2026-02-01
> nps:
>   score: 7
>   date: 2026-06-01
> consent:
>   quote:
>     granted: 2026-02-01
> verified_on: 2026-10-01
$ cmp before.yaml advocates/jane-doe-acme.yaml
# The kept text stays while another edit gets its own copy.
$ EDITOR='sed -i "s/^name: .*/name: [/"' advo --today 2026-11-16 edit jane-doe
! the text of an earlier edit is still kept in .advo/edit/jane-doe-acme.yaml
! advo: .advo/edit/jane-doe-acme-2.yaml:4:8: YAML syntax: end of sequence flow not found
! advo: nothing written: the edited advocate has 1 error; the edited text is kept in .advo/edit/jane-doe-acme-2.yaml
? 3
$ ls .advo/edit
> jane-doe-acme-2.yaml
> jane-doe-acme.yaml
# The id cannot change, and two advocates cannot share an e-mail address.
$ EDITOR='sed -i -e "s/^id: .*/id: jane-doe/" -e "s/^email: .*/email: bob@globex.example/"' advo --today 2026-11-16 edit jane-doe-acme
! the text of an earlier edit is still kept in .advo/edit/jane-doe-acme.yaml
! advo: .advo/edit/jane-doe-acme-3.yaml:1:5: the id cannot be changed (it is the file's name); keep id: jane-doe-acme
! advo: .advo/edit/jane-doe-acme-3.yaml:5:8: e-mail bob@globex.example is also the e-mail of advocate 'bob-stone-globex'
! advo: nothing written: the edited advocate has 2 errors; the edited text is kept in .advo/edit/jane-doe-acme-3.yaml
? 3
$ EDITOR='sed -i "d"' advo --today 2026-11-16 edit jane-doe-acme
! the text of an earlier edit is still kept in .advo/edit/jane-doe-acme.yaml
! advo: .advo/edit/jane-doe-acme-4.yaml: empty file
! advo: nothing written: the edited advocate has 1 error; the edited text is kept in .advo/edit/jane-doe-acme-4.yaml
? 3
$ cmp before.yaml advocates/jane-doe-acme.yaml
# An editor that fails or cannot be found writes nothing.
$ rm -r .advo/edit
$ EDITOR=false advo --today 2026-11-16 edit jane-doe
! advo: the editor 'false' failed (exit status 1); nothing written
? 2
$ EDITOR='f() { sed -i "s/^title: .*/title: Kept/" "$1"; return 1; }; f' advo --today 2026-11-16 edit jane-doe
! advo: the editor 'f() { sed -i "s/^title: .*/title: Kept/" "$1"; return 1; }; f' failed (exit status 1); nothing written; the edited text is kept in .advo/edit/jane-doe-acme.yaml
? 2
$ grep title .advo/edit/jane-doe-acme.yaml
> title: Kept
$ set -o pipefail; EDITOR=no-such-editor advo --today 2026-11-16 edit jane-doe 2>&1 | sed 's/^.*no-such-editor: not found$/(the shell: not found)/'
> the text of an earlier edit is still kept in .advo/edit/jane-doe-acme.yaml
> (the shell: not found)
> advo: could not run the editor 'no-such-editor'; nothing written
? 2
# With no editor set and no terminal, edit fails clearly.
$ advo --today 2026-11-16 edit jane-doe
! advo: no editor to run: set VISUAL or EDITOR (standard input is not a terminal, so vi cannot be used)
? 2
$ EDITOR=true advo --today 2026-11-16 edit jane
! advo: 'jane' is ambiguous; it matches:
!   jane-doe-acme (advocate)
!   jane-park-globex (advocate)
? 2
$ EDITOR=true advo --today 2026-11-16 edit nobody
! advo: no record 'nobody'
? 2
$ cmp before.yaml advocates/jane-doe-acme.yaml
# On a terminal (script gives it one), an invalid edit offers to open the
# editor again on the same text; this editor breaks the file the first time
# and mends it the second.
$ printf '#!/bin/sh\nif [ -e .round ]; then sed -i "s/^segment: .*/segment: smb/" "$1"; else touch .round; sed -i "s/^segment: .*/segment: huge/" "$1"; fi\n' > two-rounds; chmod +x two-rounds; rm -r .advo/edit
$ set -o pipefail; printf 'y\n' | EDITOR=./two-rounds script -qec "advo --today 2026-11-16 edit jane-doe" /dev/null | tr -d '\r' | grep -v '^y$'
> advo: .advo/edit/jane-doe-acme.yaml:7:10: unknown segment 'huge'; known: smb, mid-market, enterprise
> Open the editor again to fix it? [Y/n] saved advocates/jane-doe-acme.yaml
$ grep segment advocates/jane-doe-acme.yaml
> segment: smb
$ ls .advo/edit
$ rm .round; set -o pipefail; printf 'n\n' | EDITOR=./two-rounds script -qec "advo --today 2026-11-16 edit jane-doe" /dev/null | tr -d '\r' | grep -v '^n$'
> advo: .advo/edit/jane-doe-acme.yaml:7:10: unknown segment 'huge'; known: smb, mid-market, enterprise
> Open the editor again to fix it? [Y/n] advo: nothing written: the edited advocate has 1 error; the edited text is kept in .advo/edit/jane-doe-acme.yaml
? 3
$ grep segment advocates/jane-doe-acme.yaml .advo/edit/jane-doe-acme.yaml
> advocates/jane-doe-acme.yaml:segment: smb
> .advo/edit/jane-doe-acme.yaml:segment: huge
