package org.parkgate.lane;

/** Published after a passage was stored: live views show it. */
public record PassageRecorded(Passage passage) {
}
