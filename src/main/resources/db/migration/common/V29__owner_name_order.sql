-- Owners listed by name in pinyin order: the order is kept beside the name (registry.NameOrder, in
-- Java: the database compares bytes only), filled for existing owners by V30 and indexed with the
-- id for paging like the other sort columns.
ALTER TABLE owner ADD COLUMN name_order VARCHAR(256) DEFAULT '' NOT NULL;
