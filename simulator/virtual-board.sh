#!/usr/bin/env bash
# A virtual RS-485 relay board on a virtual serial cable, for trying ParkGate's Modbus adapter
# without hardware. Makes a socat pty pair and starts the board on one end; point a MODBUS lane at
# the other end. Needs socat and the packaged jar (see the main README).
#   simulator/virtual-board.sh [directory for the two ends, default /tmp/parkgate-serial]
set -euo pipefail
DIR=${1:-/tmp/parkgate-serial}
JAR=${PARKGATE_JAR:-target/parkgate.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$DIR"
rm -f "$DIR/board" "$DIR/parkgate"
socat pty,raw,echo=0,link="$DIR/board" pty,raw,echo=0,link="$DIR/parkgate" &
SOCAT=$!
trap 'kill $SOCAT 2>/dev/null' EXIT
while [ ! -e "$DIR/board" ] || [ ! -e "$DIR/parkgate" ]; do sleep 0.1; done
cat <<INFO
Serial cable ready. Configure a lane on the other end, for example in application.yml:
  parkgate.lanes[0]: {id: in-1, lot: P1, direction: IN, adapter: MODBUS, modbus: {port: $DIR/parkgate}}
Type 'car' or 'gone' here to put a vehicle on the loop or take it away; Ctrl+C stops.
INFO
"$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR" simulate-board --port "$DIR/board"
