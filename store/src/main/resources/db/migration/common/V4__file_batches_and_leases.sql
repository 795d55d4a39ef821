-- Imports of department files: one import_batch per file, and the leases of industrial land.
-- Portable SQL only (DuckDB and PostgreSQL run this same file).

-- profile: the source profile the file was read with (tax, statistics, land_parcels, land_leases, power, environment,
-- registration, parks). A corrected file supersedes the ACTIVE batch of the same profile and year.
ALTER TABLE import_batch ADD COLUMN profile VARCHAR;

-- One lease per row of a land_leases file: the tenant uses the area (and is credited with it in land_leased), the
-- landlord's own land is reduced by it, and schemes may let the tenant inherit the landlord's class.
-- Only leases of ACTIVE batches count; a superseded batch's leases stay for its history.
CREATE TABLE land_lease (
    batch_id    BIGINT NOT NULL,
    year        INTEGER NOT NULL,
    landlord    VARCHAR NOT NULL,
    tenant      VARCHAR NOT NULL,
    area_mu     DECIMAL(24, 6) NOT NULL,
    lease_start DATE,
    lease_end   DATE,
    source_row  INTEGER NOT NULL
);
