#!/usr/bin/env bash
# Sets up (packages + build) and opens Wirewalk on the built-in default lab.
# Extra arguments go to the app, e.g. a lab file or builtin:routing-loop.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_packages
build_wirewalk
exec "$BUILD_DIR/app/wirewalk" "$@"
