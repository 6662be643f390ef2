-- Tables that grow by the day live on disk (CACHED), not all in memory: a year of passages is
-- about a million rows, which as a MEMORY table would be read in full at every start.
SET TABLE passage TYPE CACHED;
SET TABLE stay TYPE CACHED;
SET TABLE reminder_message TYPE CACHED;
SET TABLE ledger_entry TYPE CACHED;

-- The passage history lists newest first with the id as tie-break: an index in that order lets a
-- page be read without sorting the whole table.
CREATE INDEX passage_newest ON passage (decided_at DESC, id DESC);
