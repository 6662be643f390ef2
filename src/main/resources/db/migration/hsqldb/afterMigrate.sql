-- Runs after every Flyway migrate, i.e. at every start: commits are written to disk
-- before they are acknowledged, whatever the database file was created with.
SET FILES WRITE DELAY FALSE;
