-- 0020: a return's row comments (指标意见) may also be on a 专栏 item or a 重点项目, not only on an indicator row.
-- Each comment names exactly one row of the report.

ALTER TABLE report_row_comments ALTER COLUMN indicator_id DROP NOT NULL;
ALTER TABLE report_row_comments ADD COLUMN special_column_item_id integer NULL;
ALTER TABLE report_row_comments ADD COLUMN project_id integer NULL;

ALTER TABLE report_row_comments ADD CONSTRAINT fk_report_row_comments_special_column_items
    FOREIGN KEY (special_column_item_id) REFERENCES special_column_items (id) ON DELETE CASCADE;
ALTER TABLE report_row_comments ADD CONSTRAINT fk_report_row_comments_projects_project_id
    FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE;
ALTER TABLE report_row_comments ADD CONSTRAINT ck_report_row_comments_one_row
    CHECK (num_nonnulls(indicator_id, special_column_item_id, project_id) = 1);

CREATE UNIQUE INDEX ix_report_row_comments_report_comment_id_special_column_item_id ON report_row_comments (report_comment_id, special_column_item_id);
CREATE UNIQUE INDEX ix_report_row_comments_report_comment_id_project_id ON report_row_comments (report_comment_id, project_id);
CREATE INDEX ix_report_row_comments_special_column_item_id ON report_row_comments (special_column_item_id);
CREATE INDEX ix_report_row_comments_project_id ON report_row_comments (project_id);
