package org.parkgate.database;

import java.time.Instant;

/** One backup of the embedded database: a .tar.gz file in the backups folder. */
public record Backup(String name, long bytes, Instant madeAt) {
}
