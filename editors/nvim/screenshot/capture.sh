#!/usr/bin/env bash
# Regenerates ../screenshot.png: Neovim with the plugin in tmux, a suggestion cycled to the
# CASE expansion, captured with colours and drawn by ImageMagick.
# Needs tmux, nvim, python3, ImageMagick (convert) and fonts-dejavu-core.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'tmux kill-session -t gantry-shot 2>/dev/null || true; rm -rf "$tmp"' EXIT
(cd "$here/../../.." && go build -o "$tmp/gantry" ./cmd/gantry)
cp "$here/demo.st" "$tmp/tank.st"
cd "$tmp"
tmux new-session -d -s gantry-shot -x 78 -y 33 \
  "env GANTRY_BIN=$tmp/gantry GANTRY_STATS=$tmp/stats.json TERM=xterm-256color nvim --clean -n -u $here/init.lua tank.st"
sleep 2
tmux send-keys -t gantry-shot '17G' 'A'   # end of the blank line in the body
sleep 1.5
tmux send-keys -t gantry-shot 'M-]'       # cycle to the next candidate
sleep 1.5
tmux capture-pane -t gantry-shot -e -p > screen.ansi
python3 "$here/ansi2mvg.py" screen.ansi screen.mvg
"${CONVERT:-/usr/bin/convert}" mvg:screen.mvg -colors 128 "PNG8:$here/../screenshot.png"
ls -l "$here/../screenshot.png"
