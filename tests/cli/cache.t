# advo cache clear removes the cache in .advo/; the next command builds it
# again and gives the same answers.
$ fixture small
$ advo --today 2026-11-16 cache clear
! no cache to clear
$ advo --today 2026-11-16 check
$ test -f .advo/cache && echo cached
> cached
$ advo --today 2026-11-16 cache clear
! cache cleared
$ test -e .advo/cache || echo gone; ls -A .advo
> gone
> .gitignore
$ advo --today 2026-11-16 show jane-doe | head -2
> id: jane-doe-acme
> name: Jane Doe
$ test -f .advo/cache && echo cached again
> cached again
# -q keeps the note quiet; clearing twice is not an error.
$ advo -q cache clear
$ advo cache clear
! no cache to clear
# A damaged cache is ignored and written again.
$ advo --today 2026-11-16 check; printf 'not a cache' > .advo/cache
$ advo --today 2026-11-16 show jane-doe | head -2
> id: jane-doe-acme
> name: Jane Doe
$ head -c 8 .advo/cache; echo
> advocach
# --no-cache neither reads nor writes it.
$ advo cache clear
! cache cleared
$ advo --no-cache --today 2026-11-16 check; test -e .advo/cache || echo not written
> not written
# Usage errors.
$ advo cache
! advo: cache: A subcommand is required
! Run 'advo cache --help' for its options.
? 2
$ advo cache clear extra
! advo: cache: The following argument was not expected: extra
! Run 'advo cache --help' for its options.
? 2
$ advo cache purge
! advo: cache: unknown sub-command 'purge'; cache takes clear
! Run 'advo cache --help' for its options.
? 2
# Outside a program.
$ mkdir ../elsewhere && cd ../elsewhere && advo cache clear
! advo: no advo program here: no advo.toml in the current folder or any folder above it (create one with 'advo init', or point at one with -C DIR)
? 3
