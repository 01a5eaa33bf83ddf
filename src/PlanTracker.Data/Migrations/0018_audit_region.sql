-- 0018: the city each audit entry belongs to, so the audit page filters by city. Entries written before this get it
-- from their target where it names the city (progress/regions/7/2023, plans/regions/7/…, years/2023/regions/7,
-- reports/final/regions/7/…) or the plan (plans/12 of 导入规划 / 恢复规划的导入版本). No foreign key: the trail is
-- append-only and outlives what it names. The append-only trigger is set aside for this one backfill, inside the
-- migration's transaction.

ALTER TABLE audit_events ADD COLUMN region_id integer;

ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete;

UPDATE audit_events
SET region_id = substring(target from '(?:^|/)regions/([0-9]{1,9})(?:/|$)')::integer
WHERE target ~ '(^|/)regions/[0-9]{1,9}(/|$)';

UPDATE audit_events e
SET region_id = p.region_id
FROM plans p
WHERE e.region_id IS NULL AND e.action IN ('plan-imported', 'plan-restored') AND e.target = 'plans/' || p.id;

ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_or_delete;

CREATE INDEX ix_audit_events_region_id_occurred_at ON audit_events (region_id, occurred_at);
