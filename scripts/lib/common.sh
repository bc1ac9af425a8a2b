# shellcheck shell=bash
# Shared by scripts/run, scripts/test and scripts/bench. Source it.

MW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=ensure-packages.sh
source "$MW_ROOT/scripts/lib/ensure-packages.sh"

# What building Mailwright needs on Debian 12.
MW_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev
)
# What running the GUI needs beyond the libraries: fonts that cover Chinese.
MW_RUN_PACKAGES=(fonts-noto-cjk)
# What the test suite needs beyond the build (the testbed installs its own).
MW_TEST_PACKAGES=(python3 xvfb xauth)

mw_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# mw_build PRESET — configure (once) and build with CMake presets.
mw_build() {
    local preset=$1 dir
    case $preset in
        default) dir=build ;;
        *) dir=build-$preset ;;
    esac
    cd "$MW_ROOT" || return 1
    if [[ ! -f $dir/CMakeCache.txt ]]; then
        mw_log "Configuring ($preset) in $dir/"
        cmake --preset "$preset" >/dev/null || cmake --preset "$preset" || return 1
    fi
    mw_log "Building ($preset)"
    cmake --build --preset "$preset" || return 1
}
