# Text typed or read in decomposed form (NFD: a base letter and combining
# accents, as macOS dialogs and some CRMs send it) is the same text as its
# composed form (NFC): same slug, same person, found by the same queries.
$ fixture advocates
# "José Müller" in NFD at the company of the NFC record is that person.
$ advo --today 2026-11-16 nominate "$(printf 'Jose\xcc\x81 Mu\xcc\x88ller')" --company Initech --by priya
! advo: advocate 'jose-muller-initech' (José Müller, Initech) has the same name at the same company; nothing written (--force nominates another person of that name)
? 4
$ advo --today 2026-11-16 nominate "$(printf 'Jose\xcc\x81 Mu\xcc\x88ller')" --company "Initech Two" --by priya
> jose-muller-initech-two
! nominated José Müller of Initech Two: advocates/jose-muller-initech-two.yaml
$ grep name: advocates/jose-muller-initech-two.yaml | od -An -c
>    n   a   m   e   :       J   o   s 303 251       M 303 274   l
>    l   e   r  \n
# A query in NFD finds the NFC record.
$ advo --today 2026-11-16 advocates "$(printf 'name:*Mu\xcc\x88ller')"
> ID                       NAME         COMPANY      STAGE      INDUSTRY       REGION  NPS
> jose-muller-initech      José Müller  Initech      qualified  manufacturing  emea     10
> jose-muller-initech-two  José Müller  Initech Two  nominated
! 2 advocates
# A record written by hand in NFD: its name folds like the NFC one.
$ sed "s/name: .*/name: $(printf 'Zoe\xcc\x88 Mu\xcc\x88ller')/; s/jose-muller-initech/zoe-muller-acme/; s/Initech/Acme/" advocates/jose-muller-initech.yaml > advocates/zoe-muller-acme.yaml
$ advo --today 2026-11-16 advocates 'name:zoë*'
> ID               NAME        COMPANY  STAGE      INDUSTRY       REGION  NPS
> zoe-muller-acme  Zoë Müller  Acme     qualified  manufacturing  emea     10
! 1 advocate
$ advo --today 2026-11-16 nominate "Zoë Müller" --company Acme --by priya
! advo: advocate 'zoe-muller-acme' (Zoë Müller, Acme) has the same name at the same company; nothing written (--force nominates another person of that name)
? 4
# What advo writes is NFC; a file read keeps its bytes (fmt leaves them).
$ advo --today 2026-11-16 fmt
$ grep -c "$(printf 'Zoe\xcc\x88')" advocates/zoe-muller-acme.yaml
> 1
# CSV cells are composed as they are read.
$ printf 'Name,Company,Email\nRene\xcc\x81e Dupont,Acme,rd@acme.example\n' > nfd.csv && advo --today 2026-11-16 import csv nfd.csv --into advocates -q && grep name: advocates/renee-dupont-acme.yaml | od -An -c
> row 2: create renee-dupont-acme (Renée Dupont, Acme)
> created 1, updated 0, skipped 0, invalid 0
>    n   a   m   e   :       R   e   n 303 251   e       D   u   p
>    o   n   t  \n
# Text saved by edit is composed too.
$ EDITOR="sed -i 's/^title: .*/title: $(printf 'Directrice ge\xcc\x81ne\xcc\x81rale')/'" advo --today 2026-11-16 edit jane-doe && grep title: advocates/jane-doe-acme.yaml | od -An -c
>    t   i   t   l   e   :       D   i   r   e   c   t   r   i   c
>    e       g 303 251   n 303 251   r   a   l   e  \n
! saved advocates/jane-doe-acme.yaml
