#!/usr/bin/env bash
# Why: CI runs on a fresh machine whose cores are busy (apt, other jobs), and browser tests that pass on
# an idle laptop have failed there because they raced the app (typed before focus moved, read a page
# before it arrived). This reproduces that machine here: one busy-looping node per core, then the tests
# several rounds in a row, so a test that waits for time instead of state shows up before CI finds it.
#
# Usage: bash scripts/test-under-load.sh [rounds] (default 3). TEST_UNDER_LOAD_COMMAND replaces the test
# command (default: unit then end-to-end tests; the end-to-end setup builds the app once per round).
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-3}
command=${TEST_UNDER_LOAD_COMMAND:-'npm run test:unit && npm run test:e2e'}
hogs=()
round_group=''

# Each round runs as a background job in its own process group (job control), so an interrupt reaches
# this script at once (bash defers traps while a foreground child runs) and can end the whole round:
# npm, vitest, the app servers and Chromium.
set -m
stop() {
  if [ -n "$round_group" ]; then kill -- "-$round_group" 2>/dev/null || true; fi
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${hogs[@]}"; do wait "$pid" 2>/dev/null || true; done
  hogs=()
}
trap stop EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 "$(nproc)"); do
  node -e 'for (;;) {}' &
  hogs+=($!)
done
echo "负载：${#hogs[@]} 个占满 CPU 的进程（每核一个），共 ${rounds} 轮：${command}"

results=()
failed=0
for round in $(seq 1 "$rounds"); do
  start=$SECONDS
  bash -c "$command" </dev/null &
  round_group=$!
  if wait "$round_group"; then outcome=通过; else outcome=失败; failed=$((failed + 1)); fi
  round_group=''
  results+=("第 ${round}/${rounds} 轮：${outcome}（$((SECONDS - start)) 秒）")
  echo "${results[-1]}"
done

echo "---"
printf '%s\n' "${results[@]}"
echo "共 ${rounds} 轮：$((rounds - failed)) 轮通过，${failed} 轮失败"
[ "$failed" -eq 0 ]
