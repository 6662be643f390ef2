package org.parkgate.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The embedded database backed up every night ({@code parkgate.backups.cron}); nothing on PostgreSQL. */
@Component
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    private final DatabaseBackups backups;

    NightlyBackup(DatabaseBackups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${parkgate.backups.cron}", zone = "${parkgate.zone}")
    void nightly() {
        if (!backups.available()) {
            return;
        }
        try {
            backups.make();
        } catch (RuntimeException e) {
            log.error("The nightly database backup failed; the next night tries again", e);
        }
    }
}
