-- What this database was made for: DEMO (made by the demo profile, with its sample data and
-- sandboxes) or PRODUCTION. Written once, at the first start; demo-only features refuse to run
-- on a PRODUCTION database.
CREATE TABLE installation (
    id         INTEGER     NOT NULL PRIMARY KEY,
    kind       VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT installation_single_row CHECK (id = 1),
    CONSTRAINT installation_kind CHECK (kind IN ('DEMO', 'PRODUCTION'))
);

-- A database from before this table: the demo made it if it has the demo's cashier (DemoStaff);
-- any other database with users or owners is production. A new, empty database gets its row
-- at the first start (org.parkgate.base.Installation).
INSERT INTO installation (id, kind, created_at)
SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM staff_user WHERE username = 'cashier'
                                AND display_name = '演示收费员 Demo Cashier') THEN 'DEMO' ELSE 'PRODUCTION' END,
       CURRENT_TIMESTAMP
FROM (VALUES (0)) AS one (x)
WHERE EXISTS (SELECT 1 FROM staff_user) OR EXISTS (SELECT 1 FROM owner);
