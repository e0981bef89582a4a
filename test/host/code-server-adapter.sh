#!/usr/bin/env bash
# Executable that @vscode/test-electron launches in place of VS Code (see adapter.ts).
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.." && exec node --import tsx test/host/adapter.ts "$@"
