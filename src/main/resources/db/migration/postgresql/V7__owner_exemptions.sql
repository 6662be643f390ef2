-- An exemption is for one vehicle (plate) or for every vehicle of an owner (owner, no plate).
ALTER TABLE exemption ADD COLUMN owner BIGINT;
ALTER TABLE exemption ALTER COLUMN plate DROP NOT NULL;
ALTER TABLE exemption ADD CONSTRAINT exemption_owner_fk FOREIGN KEY (owner) REFERENCES owner (id) ON DELETE CASCADE;
ALTER TABLE exemption ADD CONSTRAINT exemption_subject CHECK ((plate IS NULL) <> (owner IS NULL));
CREATE INDEX exemption_owner ON exemption (owner, status, valid_until);
