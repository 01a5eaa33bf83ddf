-- 0010: a reporting year closed for chosen cities only (关闭年度 → 选定的市州). reporting_years.closed_at still closes
-- the year for every city; a row here closes it for one city. ReportGate refuses writes in either case.

CREATE TABLE reporting_year_closures (
    year integer NOT NULL,
    region_id integer NOT NULL,
    closed_at timestamp with time zone NOT NULL,
    closed_by character varying(256) NOT NULL,
    CONSTRAINT pk_reporting_year_closures PRIMARY KEY (year, region_id),
    CONSTRAINT fk_reporting_year_closures_reporting_years_year FOREIGN KEY (year) REFERENCES reporting_years (year) ON DELETE CASCADE,
    CONSTRAINT fk_reporting_year_closures_regions_region_id FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE CASCADE
);

CREATE INDEX ix_reporting_year_closures_region_id ON reporting_year_closures (region_id);
