package org.parkgate.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Closes the embedded HSQLDB file database properly on a clean stop, so the next start needs no
 * log replay and the files can be copied as a consistent backup. Spring destroys this bean before
 * the connection pool it depends on, i.e. after the web server has stopped taking requests.
 */
@Component
class EmbeddedDatabaseShutdown implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);

    private final DataSource dataSource;

    EmbeddedDatabaseShutdown(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void destroy() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:hsqldb:file:")) {
                return;
            }
            statement.execute("SHUTDOWN");
            log.info("Database shut down cleanly");
        } catch (SQLException e) {
            log.warn("Database did not shut down cleanly; it will recover from its log at the next start", e);
        }
    }
}
