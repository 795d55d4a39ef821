-- Notifications (通知): one row per recipient of a step that concerns them (an appeal step, a run's publication move).
-- recipient: app_user.username. subject: what it is about, "appeal:<id>" or "run:<id>". The text is not stored: the
-- message key (identity bundle) and its parameters, so it renders in the reader's language. read_at: NULL until read.
CREATE SEQUENCE notification_id_seq START WITH 1;

CREATE TABLE notification (
    id           BIGINT PRIMARY KEY,
    recipient    VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    subject      VARCHAR NOT NULL,
    message_key  VARCHAR NOT NULL,
    params       VARCHAR NOT NULL,
    actor        VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    read_at      TIMESTAMP
);
