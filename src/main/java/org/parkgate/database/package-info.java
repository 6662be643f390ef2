/**
 * The database itself: online backups of the embedded database (an admin's button and a nightly
 * job, with a retention count) and the move from the embedded database to PostgreSQL
 * ({@code java -jar parkgate.jar copy-database}).
 */
@NullMarked
package org.parkgate.database;

import org.jspecify.annotations.NullMarked;
