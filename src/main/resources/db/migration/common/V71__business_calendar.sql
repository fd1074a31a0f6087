-- The business calendar (package schedule): the days that differ from an ordinary Monday-to-Friday week.
-- HOLIDAY: a day off (statutory holidays and the weekends inside them); WORKDAY: a make-up working day (调休上班).
CREATE TABLE business_day (
    cal_date     DATE         NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    source_file  VARCHAR(400) NOT NULL,
    imported_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_business_day PRIMARY KEY (cal_date),
    CONSTRAINT ck_business_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
