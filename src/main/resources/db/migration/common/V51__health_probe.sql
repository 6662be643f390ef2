-- The one row /actuator/health's database part writes and commits: it shows that the database
-- takes writes (a full disk or a read-only database answers reads but not this).
CREATE TABLE health_probe (
    id         INTEGER PRIMARY KEY,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO health_probe (id, written_at) VALUES (1, CURRENT_TIMESTAMP);
