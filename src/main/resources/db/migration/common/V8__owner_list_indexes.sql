-- The owners list pages through these in order (sort column, then id for a stable order): with the
-- id in the index the database reads one page instead of sorting every owner.
DROP INDEX owner_name;
DROP INDEX owner_unit;
DROP INDEX owner_phone;
CREATE INDEX owner_name_id ON owner (name, id);
CREATE INDEX owner_unit_id ON owner (unit, id);
CREATE INDEX owner_phone_id ON owner (phone, id);
