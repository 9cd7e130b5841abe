# bash completion for advo (needs bash-completion).
#
# Every candidate comes from `advo __complete WORD…`, which knows advo's
# commands, options and enumerated values and reads ids and activity types
# from the program the line names; this script only asks it and hands the
# answer to bash.

_advo() {
    local cur prev words cword
    # Keep FIELD=VALUE and field:value words whole.
    _init_completion -n =: || return

    local advo=${words[0]} IFS=$'\n'
    [[ $advo == "~/"* ]] && advo=$HOME/${advo#"~/"}
    local -a reply
    reply=($("$advo" __complete -- "${words[@]:1:cword-1}" "$cur" 2>/dev/null)) || return

    case ${reply[0]} in
        files) _filedir; return ;;
        folders) _filedir -d; return ;;
        words) ;;
        *) return ;;
    esac

    # Bash splits the line at the characters of COMP_WORDBREAKS (= and :
    # among them) and replaces only the part after the last one.
    local breaks=
    [[ $COMP_WORDBREAKS == *=* ]] && breaks+='='
    [[ $COMP_WORDBREAKS == *:* ]] && breaks+=':'
    local head=
    if [[ -n $breaks && $cur == *["$breaks"]* ]]; then
        head=${cur%"${cur##*["$breaks"]}"}
    fi

    local line word
    COMPREPLY=()
    for line in "${reply[@]:1}"; do
        word=${line%%$'\t'*}
        word=${word#"$head"}
        [[ $word == *[!A-Za-z0-9._:=,+@/-]* ]] && printf -v word '%q' "$word"
        COMPREPLY+=("$word")
    done
    # A word that goes on ("stage:", "nps.", "email=") takes no space.
    if [[ ${#COMPREPLY[@]} -eq 1 && ${reply[1]%%$'\t'*} == *[=:.] ]]; then
        compopt -o nospace
    fi
}
complete -F _advo advo
