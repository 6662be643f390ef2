package org.parkgate.lane;

/** An owner registered or cancelled a visitor for {@code plate}: the gate's index reads its listings again. */
record VisitorsChanged(String plate) {
}
