-- Runs after every Flyway migrate, i.e. at every start: commits are written to disk
-- before they are acknowledged, whatever the database file was created with.
SET FILES WRITE DELAY FALSE;
-- A small office PC's memory (README, "Start-up and memory"): at most 10,000 rows of the tables
-- on disk (about 4 MB) cached in the heap, and the data file read, not mapped into memory.
SET FILES CACHE ROWS 10000;
SET FILES CACHE SIZE 4096;
SET FILES NIO FALSE;
