package org.parkgate.database;

import java.nio.file.Path;
import java.util.List;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online backups of the embedded database: HSQLDB's {@code BACKUP DATABASE ... NOT BLOCKING}
 * writes the database files into one .tar.gz while lanes and staff go on working. Named by the
 * time they were made, kept in {@code parkgate.backups.dir}; beyond {@code parkgate.backups.keep}
 * the oldest go. On PostgreSQL ParkGate makes none: the server's own tools do (README, "Backups").
 */
@Service
public class DatabaseBackups {

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final BackupFolder folder;

    DatabaseBackups(JdbcClient jdbc, SqlDialect sql, AuditLog audit, TransactionTemplate transaction, BackupFolder folder) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.audit = audit;
        this.transaction = transaction;
        this.folder = folder;
    }

    /** False on PostgreSQL, whose backups are the server's business. */
    public boolean available() {
        return !sql.postgres();
    }

    public Path folder() {
        return folder.dir();
    }

    public int keep() {
        return folder.keep();
    }

    /** An admin's "back up now"; audited once the backup is there (the backup itself runs outside any transaction). */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public Backup backUpNow() {
        Backup made = make();
        transaction.executeWithoutResult(
                status -> audit.record(AuditAction.DATABASE_BACKED_UP, made.name(), made.bytes() + " bytes"));
        return made;
    }

    /** Writes a backup now and lets the oldest beyond the retention count go. */
    synchronized Backup make() {
        if (!available()) {
            throw new BackupException("error.backup.postgresql");
        }
        Path file = folder.newFile("");
        jdbc.sql(BackupFolder.backupStatement(file)).update();
        return folder.written(file);
    }

    /** The backups there are, the newest first (those taken before an update among them). */
    public List<Backup> list() {
        return folder.list();
    }
}
