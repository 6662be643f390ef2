-- Units (flats, shops) of the property: an owner lives in or owns one; the building and floor
-- area are the office's master data.
CREATE TABLE unit (
    code     VARCHAR(32) PRIMARY KEY,
    building VARCHAR(32),
    area_m2  DECIMAL(8, 2),
    note     VARCHAR(200),
    CONSTRAINT unit_area_positive CHECK (area_m2 IS NULL OR area_m2 > 0)
);

CREATE INDEX unit_building ON unit (building, code);

INSERT INTO unit (code, building)
SELECT DISTINCT unit, CASE WHEN POSITION('-' IN unit) > 1 THEN SUBSTRING(unit, 1, POSITION('-' IN unit) - 1) END
FROM owner WHERE unit IS NOT NULL;

ALTER TABLE owner ADD CONSTRAINT owner_unit_fk FOREIGN KEY (unit) REFERENCES unit (code) ON UPDATE CASCADE;
