-- The occupancy history and the space forecast read a lot's stays of the last weeks by when they
-- ended: without this they read every stay ever recorded.
CREATE INDEX stay_lot_exit ON stay (lot, exited_at);
