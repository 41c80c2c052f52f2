-- A history file as version 1 of the schema wrote it (deleted endpoints were removed from the
-- inventory); history-v1.sqlite is made from this with: sqlite3 history-v1.sqlite < history-v1.sql
PRAGMA journal_mode=DELETE;
CREATE TABLE requests ( id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '', region TEXT NOT NULL, project TEXT NOT NULL, operation TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, error_code TEXT NOT NULL DEFAULT '', message TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT '');
CREATE TABLE endpoints ( region TEXT NOT NULL, project TEXT NOT NULL, vpc TEXT NOT NULL, subnet TEXT NOT NULL, flavor TEXT NOT NULL DEFAULT '', agency TEXT NOT NULL DEFAULT '', ips TEXT NOT NULL DEFAULT '[]', address TEXT NOT NULL DEFAULT '', created_time TEXT NOT NULL DEFAULT '', profile TEXT NOT NULL DEFAULT '', UNIQUE (region, project, vpc, subnet));
INSERT INTO requests (time, profile, region, project, operation, vpc, subnet, flavor, agency, outcome, http_status, request_id)
  VALUES ('2024-03-01T10:00:00.000Z', 'Production', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create',
          '11111111-2222-3333-4444-555555555555', '66666666-7777-8888-9999-000000000000', 'default', 'fgs-agency',
          'succeeded', 200, 'aaaabbbbccccddddeeeeffff00001111');
INSERT INTO requests (time, profile, region, project, operation, vpc, subnet, outcome, http_status, error_code, message, request_id)
  VALUES ('2024-03-01T10:05:00.000Z', 'Production', 'cn-north-4', '0123456789abcdef0123456789abcdef', 'create',
          '11111111-2222-3333-4444-555555555555', '66666666-7777-8888-9999-000000000000', 'failed', 409, 'FSS.0409',
          'The endpoint already exists.', 'aaaabbbbccccddddeeeeffff00002222');
INSERT INTO endpoints (region, project, vpc, subnet, flavor, agency, ips, address, created_time, profile)
  VALUES ('cn-north-4', '0123456789abcdef0123456789abcdef', '11111111-2222-3333-4444-555555555555',
          '66666666-7777-8888-9999-000000000000', 'default', 'fgs-agency', '["192.168.0.10","192.168.0.11"]',
          'https://fgs-endpoint.example.myhuaweicloud.com', '2024-03-01T10:00:00.000Z', 'Production');
PRAGMA user_version = 1;
