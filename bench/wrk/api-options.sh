#!/usr/bin/env bash
# wrk benchmark of GET /api/options; see run.sh for what it starts and its settings.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run.sh" api-options "$@"
