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
# What scripts/bench needs: the peers it compares against and its measuring tools.
MW_BENCH_PACKAGES=(postfix python3 curl msmtp swaks time valgrind gnuplot-nox python3-xlib xvfb xauth x11-utils)
# What scripts/package needs: CPack's dpkg-shlibdeps, the desktop/AppStream
# validators, rsvg-convert (icons), and file/strace/python3 for its checks.
MW_PACKAGE_PACKAGES=(dpkg-dev desktop-file-utils appstream librsvg2-bin file strace python3)

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

# The fuzz targets (tests/fuzz, scripts/fuzz): clang with libFuzzer.
MW_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# mw_fuzz_targets — the libFuzzer targets tests/fuzz/CMakeLists.txt defines.
mw_fuzz_targets() {
    sed -n 's/^ *mailwright_add_fuzzer(\(fuzz_[a-z0-9_]*\) .*/\1/p' "$MW_ROOT/tests/fuzz/CMakeLists.txt"
}

# mw_build_fuzz DIR SANITIZE [TARGET...] — configure DIR with clang and
# MAILWRIGHT_FUZZ=ON (SANITIZE: ON = ASan+UBSan), build the targets (all by default).
mw_build_fuzz() {
    local dir=$1 sanitize=$2
    shift 2
    local targets=("$@")
    ((${#targets[@]})) || targets=($(mw_fuzz_targets))
    cd "$MW_ROOT" || return 1
    # Always (re)configured, a few seconds: a new target source appears at configure time.
    mw_log "Configuring the fuzz targets in $dir/"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAILWRIGHT_FUZZ=ON \
        -DMAILWRIGHT_FUZZ_SANITIZE="$sanitize" -DMAILWRIGHT_BUILD_TESTS=OFF \
        -DMAILWRIGHT_BUILD_GUI=OFF >/dev/null || return 1
    mw_log "Building the fuzz targets ($dir)"
    cmake --build "$dir" -j2 --target "${targets[@]}" || return 1
}
