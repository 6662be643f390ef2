package org.parkgate.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code copy-database} is told: {@code --to} the target's JDBC URL (with {@code --to-user},
 * {@code --to-password}, or the environment variable PARKGATE_COPY_TO_PASSWORD), and the source:
 * the embedded database of {@code --parkgate.data-dir} (default {@code ./data}) unless
 * {@code --from} names another (with {@code --from-user}, {@code --from-password}).
 */
record CopyArguments(String fromUrl, String fromUser, String fromPassword, String toUrl, String toUser,
        String toPassword) {

    static CopyArguments parse(String[] args, Map<String, String> environment) {
        String dataDir = "./data";
        String from = null;
        String fromUser = "SA";
        String fromPassword = "";
        String to = null;
        String toUser = "";
        String toPassword = environment.getOrDefault("PARKGATE_COPY_TO_PASSWORD", "");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : i + 1 < args.length ? args[++i] : null;
            if (value == null) {
                throw new IllegalArgumentException(name);
            }
            switch (name) {
                case "--parkgate.data-dir" -> dataDir = value;
                case "--from" -> from = value;
                case "--from-user" -> fromUser = value;
                case "--from-password" -> fromPassword = value;
                case "--to" -> to = value;
                case "--to-user" -> toUser = value;
                case "--to-password" -> toPassword = value;
                default -> throw new IllegalArgumentException(name);
            }
        }
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("--to");
        }
        return new CopyArguments(from != null ? from : embedded(dataDir), fromUser, fromPassword, to, toUser, toPassword);
    }

    /** The embedded database of a data directory, opened only if it is there (never made empty). */
    private static String embedded(String dataDir) {
        return "jdbc:hsqldb:file:" + Path.of(dataDir).toAbsolutePath().normalize().resolve("parkgate")
                + ";ifexists=true;hsqldb.tx=mvcc;hsqldb.lock_file=true;shutdown=true";
    }
}
