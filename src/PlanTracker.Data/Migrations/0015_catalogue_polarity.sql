-- 0015: which way a catalogue indicator is better (1 越高越好, 2 越低越好, 0 按目标方向), as an admin set it; NULL when
-- nobody has, and the indicator's name decides (Polarities.Suggest).

ALTER TABLE canonical_indicators ADD COLUMN polarity smallint;

ALTER TABLE canonical_indicators ADD CONSTRAINT ck_canonical_indicators_polarity CHECK (polarity IS NULL OR polarity BETWEEN 0 AND 2);
