-- PostgreSQL only: a user's inbox and unread count. (DuckDB: no ART index on a table whose read_at is updated.)
CREATE INDEX notification_recipient_idx ON notification (recipient, id);
