-- 0019: which 待办提醒 each person has read. Notices are worked out from the reports each time; a row here marks one
-- occurrence (its key: this return, this submission, this reminder level) read, so the bell counts only unread ones.

CREATE TABLE notice_reads (
    user_name character varying(256) NOT NULL,
    notice_key character varying(160) NOT NULL,
    read_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_notice_reads PRIMARY KEY (user_name, notice_key)
);
