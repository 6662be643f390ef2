#!/usr/bin/env bash
# A Hikvision camera in "HTTP listening" mode, as it pushes to ParkGate: a heartbeat, an ANPR alert
# (XML) with its two JPEG parts, the same in the JSON form of newer firmware, and a vehicle without
# a readable plate. Needs ParkGate running with the demo profile (README) and curl.
#   simulator/scenarios/hikvision-camera.sh [http://localhost:8080] [device key]
set -euo pipefail
BASE=${1:-http://localhost:8080}
KEY=${2:-demo-device-key}
P=$(cd "$(dirname "$0")/../payloads" && pwd)

push() { # lane alert-file alert-type [with pictures]
  local pictures=()
  if [ "${4:-}" = pictures ]; then
    pictures=(-F "licensePlatePicture.jpg=@$P/hikvision-licensePlatePicture.jpg;type=image/jpeg;filename=licensePlatePicture.jpg"
              -F "detectionPicture.jpg=@$P/hikvision-detectionPicture.jpg;type=image/jpeg;filename=detectionPicture.jpg")
  fi
  echo "$1 <- $(basename "$2"): $(curl -sS -X POST -F "anpr.xml=@$2;type=$3;filename=anpr.xml" "${pictures[@]}" \
    "$BASE/api/v1/cameras/hikvision/$1?key=$KEY")"
}

echo "heartbeat: $(curl -sS -X POST -H 'Content-Type: application/xml' --data-binary "@$P/hikvision-heartbeat.xml" \
  "$BASE/api/v1/cameras/hikvision/out-1?key=$KEY")"
push out-1 "$P/hikvision-anpr-京A10001.xml" application/xml pictures; sleep 6
push out-1 "$P/hikvision-anpr-京A10005.json" application/json pictures; sleep 6
push in-1 "$P/hikvision-anpr-no-plate.xml" application/xml
