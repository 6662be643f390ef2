-- On HSQLDB this version moves the tables that grow by the day to disk (CACHED); PostgreSQL keeps
-- every table on disk, so only the index is made here.

-- The passage history lists newest first with the id as tie-break: an index in that order lets a
-- page be read without sorting the whole table.
CREATE INDEX passage_newest ON passage (decided_at DESC, id DESC);
