#!/usr/bin/env bash
# Morning rush at the demo site: pass holders leave, a debtor is refused at the exit, a visitor
# arrives. Needs ParkGate running with the demo profile (README) and curl.
#   simulator/scenarios/morning-rush.sh [http://localhost:8080] [device key]
set -euo pipefail
BASE=${1:-http://localhost:8080}
KEY=${2:-demo-device-key}

arrive() { # lane plate
  echo "$1 <- $2: $(curl -sS -X POST -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' \
    -d "{\"plate\":\"$2\"}" "$BASE/api/v1/sim/lanes/$1/arrive")"
}
state() { # lane
  echo "$1: $(curl -sS -H "X-Api-Key: $KEY" "$BASE/api/v1/sim/lanes/$1")"
}

arrive out-1 京A10001; sleep 3
arrive out-1 京A10002; sleep 3
arrive out-1 京A10005; state out-1; sleep 1
curl -sS -X POST -H "X-Api-Key: $KEY" "$BASE/api/v1/sim/lanes/out-1/leave" >/dev/null
arrive in-1 津B12345; sleep 3
state in-1
