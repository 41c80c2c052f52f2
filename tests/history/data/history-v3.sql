-- A history file as version 3 of the schema wrote it: outcomes by name, and no names of the project, VPC
-- or subnet beside their ids; history-v3.sqlite is made from this with:
-- sqlite3 history-v3.sqlite < history-v3.sql
PRAGMA journal_mode=DELETE;
CREATE TABLE requests ( id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '', region TEXT NOT NULL, project TEXT NOT NULL, operation TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, error_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT '');
CREATE TABLE endpoints ( region TEXT NOT NULL, project TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', ips TEXT NOT NULL DEFAULT '[]', address TEXT NOT NULL DEFAULT '', created_time TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', UNIQUE (region, project, vpc, subnet));
ALTER TABLE endpoints ADD COLUMN state TEXT NOT NULL DEFAULT 'active';
ALTER TABLE endpoints ADD COLUMN deleted_time TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_outcome ON requests (outcome);
INSERT INTO requests (id, time, profile, region, project, operation, vpc, subnet, flavor, outcome, http_status, error_code, message, request_id) VALUES
  (1, '2025-06-01T08:00:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000001', 'default', 'succeeded', 200, '', '', 'req-v3-1'),
  (2, '2025-06-01T08:01:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000002', 'default', 'no-answer', 0, 'TIMEOUT', 'No answer in time.', ''),
  (3, '2025-06-01T08:02:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'delete', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000003', '', 'succeeded', 200, '', '', 'req-v3-3');
INSERT INTO endpoints (region, project, vpc, subnet, flavor, ips, address, created_time, profile, state, deleted_time) VALUES
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000001', 'default', '["192.168.0.10"]', 'https://fgs.example', '2025-06-01T08:00:00.000Z', 'P', 'active', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000002', 'default', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000003', '', '[]', '', '2025-05-01T09:00:00.000Z', 'P', 'deleted', '2025-06-01T08:02:00.000Z');
PRAGMA user_version = 3;
