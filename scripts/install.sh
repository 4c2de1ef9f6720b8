#!/bin/sh
# Builds involve in release mode and installs it with its shell completions and man page.
#
#   scripts/install.sh                      # into /usr/local (may need sudo)
#   scripts/install.sh --prefix "$HOME/.local"
#   PREFIX=/opt/involve scripts/install.sh
#   scripts/install.sh --build-path /tmp/involve-build   # build elsewhere than .build
#
# Needs a Swift 6 toolchain to build (https://www.swift.org/install); the installed binary does
# not: on Linux the Swift standard library is linked in statically (--static-swift-stdlib), so
# it runs on a machine without Swift (it still needs the C library, as any program does). On
# macOS the Swift runtime is part of the system and is linked as usual.
#
# Installs:
#   PREFIX/bin/involve
#   PREFIX/share/man/man1/involve.1
#   PREFIX/share/bash-completion/completions/involve
#   PREFIX/share/zsh/site-functions/_involve
#   PREFIX/share/fish/vendor_completions.d/involve.fish
set -eu

prefix="${PREFIX:-/usr/local}"
build_path=".build"
while [ $# -gt 0 ]; do
    case "$1" in
        --build-path) [ $# -ge 2 ] || { echo "install.sh: --build-path needs a directory" >&2; exit 2; }; build_path="$2"; shift 2 ;;
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix="$2"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (expected --prefix DIR or --build-path DIR)" >&2; exit 2 ;;
    esac
done

command -v swift >/dev/null 2>&1 || {
    echo "install.sh: swift is not installed; see https://www.swift.org/install, or build the Dockerfile instead" >&2
    exit 2
}

cd "$(dirname "$0")/.."
static=""
[ "$(uname -s)" = "Linux" ] && static="--static-swift-stdlib"
echo "Building involve (release${static:+, Swift standard library linked statically})..."
# shellcheck disable=SC2086
swift build -c release --product involve --scratch-path "$build_path" $static
# shellcheck disable=SC2086
binary="$(swift build -c release --product involve --scratch-path "$build_path" $static --show-bin-path)/involve"

mkdir -p "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
cp "$binary" "$prefix/bin/involve.new"
chmod 0755 "$prefix/bin/involve.new"
mv -f "$prefix/bin/involve.new" "$prefix/bin/involve"
installed="$prefix/bin/involve"
"$installed" man > "$prefix/share/man/man1/involve.1"
"$installed" completions bash > "$prefix/share/bash-completion/completions/involve"
"$installed" completions zsh > "$prefix/share/zsh/site-functions/_involve"
"$installed" completions fish > "$prefix/share/fish/vendor_completions.d/involve.fish"

echo "Installed $("$installed" version | tr -d '\n') at $installed"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "Add $prefix/bin to PATH to run it as involve." ;;
esac
