-- A history file as version 2 of the schema wrote it: each request's outcome as pending, succeeded, failed,
-- cancelled or unknown, with its error code and HTTP status; history-v2.sqlite is made from this with:
-- sqlite3 history-v2.sqlite < history-v2.sql
PRAGMA journal_mode=DELETE;
CREATE TABLE requests ( id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '', region TEXT NOT NULL, project TEXT NOT NULL, operation TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, error_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT '');
CREATE TABLE endpoints ( region TEXT NOT NULL, project TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', ips TEXT NOT NULL DEFAULT '[]', address TEXT NOT NULL DEFAULT '', created_time TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', UNIQUE (region, project, vpc, subnet));
ALTER TABLE endpoints ADD COLUMN state TEXT NOT NULL DEFAULT 'active';
ALTER TABLE endpoints ADD COLUMN deleted_time TEXT NOT NULL DEFAULT '';
CREATE INDEX requests_outcome ON requests (outcome);
-- One request for each way version 2 recorded an outcome; the message says which.
INSERT INTO requests (id, time, profile, region, project, operation, vpc, subnet, outcome, http_status, error_code, message) VALUES
  (1, '2024-05-01T10:00:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000001', 'succeeded', 200, '', 'created'),
  (2, '2024-05-01T10:01:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000002', 'failed', 400, 'FSS.0400', 'refused by the cloud'),
  (3, '2024-05-01T10:02:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000002', 'failed', 0, 'REFUSED', 'not sent'),
  (4, '2024-05-01T10:03:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000002', 'failed', 0, 'TLS', 'certificate not trusted'),
  (5, '2024-05-01T10:04:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000003', 'unknown', 0, 'TIMEOUT', 'no answer in time'),
  (6, '2024-05-01T10:05:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000003', 'unknown', 0, 'NETWORK', 'connection failed'),
  (7, '2024-05-01T10:06:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000004', 'unknown', 200, 'UNEXPECTED_RESPONSE', 'success not understood'),
  (8, '2024-05-01T10:07:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000004', 'unknown', 200, 'TOO_LARGE', 'success too large'),
  (9, '2024-05-01T10:08:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000005', 'unknown', 500, 'FSS.0500', 'server error'),
  (10, '2024-05-01T10:09:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000006', 'unknown', 0, 'NO_ANSWER', 'program ended'),
  (11, '2024-05-01T10:10:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000007', 'cancelled', 0, 'CANCELLED', 'cancelled'),
  (12, '2024-05-01T10:11:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000008', 'failed', 409, 'FSS.0409', 'already exists'),
  (13, '2024-05-01T10:12:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'delete', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000009', 'succeeded', 404, 'FSS.0404', 'already gone'),
  (14, '2024-05-01T10:13:00.000Z', 'P', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-00000000000a', 'pending', 0, '', 'pending');
INSERT INTO endpoints (region, project, vpc, subnet, ips, address, created_time, profile, state, deleted_time) VALUES
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000001', '["192.168.0.10"]', 'https://fgs.example', '2024-05-01T10:00:00.000Z', 'P', 'active', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000003', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000004', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000005', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000006', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000007', '[]', '', '', 'P', 'unknown', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000008', '[]', '', '', 'P', 'exists', ''),
  ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555', '66666666-0000-0000-0000-000000000009', '[]', '', '2024-04-01T09:00:00.000Z', 'P', 'deleted', '2024-05-01T10:12:00.000Z');
PRAGMA user_version = 2;
