# Shared by the robustness scripts: a fresh program in a temporary folder,
# git kept from the user's configuration, and a way to fail with a message.
set -u
: "${ADVO_BIN:?ADVO_BIN must name the advo executable}"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fixtures="$here/../cli/fixtures"
export ADVO_TODAY=2026-11-16 LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset ADVO_DIR

work=$(mktemp -d "${TMPDIR:-/tmp}/advo-robust.XXXXXX")
chmod 755 "$work"
trap 'chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work"' EXIT
. "$here/../git-isolation.sh"
isolate_git "$work"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# A copy of a test fixture as a new program; prints its folder.
new_program() {
  local dir="$work/$1"
  mkdir -p "$dir"
  cp -R "$fixtures/${2:-small}/." "$dir"
  echo "$dir"
}

advo() { "$ADVO_BIN" "$@"; }
