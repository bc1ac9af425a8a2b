# shellcheck shell=bash
# ensure_packages PKG... — install the Debian packages that are missing.
#
# Source this file, then call `ensure_packages pkg1 pkg2 ...`.  Each package is
# checked with dpkg-query; only the missing ones are installed, with one
# `apt-get update` first.  Runs apt-get directly as root, through sudo
# otherwise (and fails clearly when neither is possible).  Never prompts:
# DEBIAN_FRONTEND=noninteractive, and postfix's debconf question is preseeded
# ("No configuration") before postfix is installed.
#
# Returns 0 when everything is installed, non-zero otherwise.

_ensure_packages_is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
    [[ $status == "install ok installed" ]]
}

ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        _ensure_packages_is_installed "$pkg" || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0

    echo "Installing: ${missing[*]}" >&2

    local -a SUDO=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            SUDO=(sudo)
        else
            echo "ensure_packages: not root and sudo is not available; install as root: ${missing[*]}" >&2
            return 1
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "ensure_packages: apt-get not found (Debian/Ubuntu required); missing: ${missing[*]}" >&2
        return 1
    fi

    for pkg in "${missing[@]}"; do
        if [[ $pkg == postfix ]]; then
            echo "postfix postfix/main_mailer_type select No configuration" \
                | "${SUDO[@]}" debconf-set-selections || return 1
            echo "postfix postfix/mailname string localhost" \
                | "${SUDO[@]}" debconf-set-selections || return 1
        fi
    done

    if [[ -z ${_ENSURE_PACKAGES_UPDATED:-} ]]; then
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || {
            echo "ensure_packages: apt-get update failed" >&2
            return 1
        }
        _ENSURE_PACKAGES_UPDATED=1
    fi
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${missing[@]}" || {
        echo "ensure_packages: apt-get install failed for: ${missing[*]}" >&2
        return 1
    }
    for pkg in "${missing[@]}"; do
        if ! _ensure_packages_is_installed "$pkg"; then
            echo "ensure_packages: $pkg still not installed" >&2
            return 1
        fi
    done
}
