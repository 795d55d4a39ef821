-- The rows a department file's batch refused, kept so that the batch page can list them and hand the department the
-- rejected-rows workbook later. header, cells: the header and the row as read, cells separated by U+001F; issues: one
-- per line (U+001E between issues), each "field U+001F Chinese U+001F English".
CREATE TABLE import_rejection (
    batch_id   BIGINT NOT NULL,
    position   INTEGER NOT NULL,
    sheet      VARCHAR NOT NULL,
    row_number INTEGER NOT NULL,
    header     VARCHAR NOT NULL,
    cells      VARCHAR NOT NULL,
    issues     VARCHAR NOT NULL
);
