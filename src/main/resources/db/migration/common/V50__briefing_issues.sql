-- 第N期: a briefing's issue number, per unit and year. Re-generating a period keeps its number;
-- a new period takes the next one. The unique key stops two concurrent runs taking the same number.
CREATE TABLE briefing_issue (
    unit_name   VARCHAR(100) NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    issue_year  INTEGER      NOT NULL,
    issue_no    INTEGER      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_briefing_issue PRIMARY KEY (unit_name, period),
    CONSTRAINT uq_briefing_issue_no UNIQUE (unit_name, issue_year, issue_no)
);
