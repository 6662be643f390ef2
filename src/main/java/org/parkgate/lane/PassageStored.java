package org.parkgate.lane;

/**
 * Published inside the transaction that stored a passage, before the barrier moves: for whoever
 * must record its consequences in the same commit (webhooks). {@link PassageRecorded} follows
 * after the barrier.
 */
public record PassageStored(Passage passage) {
}
