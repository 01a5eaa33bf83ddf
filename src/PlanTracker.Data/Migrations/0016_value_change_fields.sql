-- 0016: which fields a history row's save changed (ValueFields flags: 1 数值, 2 快报, 4 说明, 8 数据来源, 16 原因分析,
-- 32 整改措施), so the history names them instead of showing "170 → 170"; NULL for rows recorded before this.

ALTER TABLE indicator_value_changes ADD COLUMN changed_fields smallint;

ALTER TABLE indicator_value_changes ADD CONSTRAINT ck_indicator_value_changes_changed_fields CHECK (changed_fields IS NULL OR changed_fields BETWEEN 1 AND 63);
