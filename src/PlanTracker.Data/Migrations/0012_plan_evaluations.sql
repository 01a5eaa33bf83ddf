-- 0012: the narrative sections of an ended plan's 总结评估 (主要成效、存在问题、下一步工作), one row per plan, written by
-- the city's leader; the figures are computed from the approved values, never stored.

CREATE TABLE plan_evaluations (
    plan_id integer NOT NULL,
    achievements character varying(8000),
    problems character varying(8000),
    next_steps character varying(8000),
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(256) NOT NULL,
    CONSTRAINT pk_plan_evaluations PRIMARY KEY (plan_id),
    CONSTRAINT fk_plan_evaluations_plans_plan_id FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
);
