# fish completion for advo.
#
# Every candidate comes from `advo __complete WORD…`, which knows advo's
# commands, options and enumerated values and reads ids and activity types
# from the program the line names; this file only asks it and hands the
# answer ("WORD<TAB>DESCRIPTION" lines) to fish.

function __advo_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l reply ($tokens[1] __complete -- $tokens[2..-1] $current 2>/dev/null)
    or return
    switch "$reply[1]"
        case files
            __fish_complete_path $current
        case folders
            __fish_complete_directories $current
        case words
            printf '%s\n' $reply[2..-1]
    end
end

complete -c advo -f -a '(__advo_complete)'
