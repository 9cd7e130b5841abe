# Sourced by the test scripts that run git (tests/robustness/common.sh,
# tests/cache/cache-scenarios): `isolate_git FOLDER` gives git a fixed
# empty HOME under FOLDER, a fixed identity and no system-wide or global
# configuration, so that the user's and the machine's git settings (hooks,
# signing, the default branch, an identity) never change a result. The
# transcript runner (tests/cli/run-transcript) sets the same for each
# command.
isolate_git() {
  export HOME="$1/home" GIT_CONFIG_NOSYSTEM=1
  mkdir -p "$HOME"
  unset XDG_CONFIG_HOME GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT \
    GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
  export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
  export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
}
