-- The indicator catalogue the bureau sheets and the speech use. Units are not seeded here: the default
-- unit's name is configuration (jianbao.indicator.default-unit), created at startup.
-- sort_order is the order of the 成绩单 sentence in section 二 of the speech, then the work areas.
INSERT INTO ind_indicator (code, name, aliases, measure, work_area, higher_is_better, rank_only, sort_order) VALUES
('GDP',         '地区生产总值',           'GDP,生产总值,地区GDP',                     '亿元', '经济运行', TRUE,  FALSE, 10),
('BUDGET_REV',  '一般公共预算收入',       '一般预算收入,公共预算收入,财政收入',       '亿元', '经济运行', TRUE,  FALSE, 20),
('FAI',         '固定资产投资',           '固投,全社会固定资产投资,固定资产投资额',   '亿元', '经济运行', TRUE,  FALSE, 30),
('IND_VA',      '规上工业增加值',         '规模以上工业增加值,规上工业,工业增加值',   '亿元', '经济运行', TRUE,  FALSE, 40),
('RETAIL',      '社会消费品零售总额',     '社零,社零额,社会消费品零售额',             '亿元', '经济运行', TRUE,  FALSE, 50),
('TRADE',       '外贸进出口总额',         '进出口总额,外贸进出口',                   '亿元', '经济运行', TRUE,  FALSE, 60),
('FDI',         '实际利用外资',           '实际使用外资,利用外资',                   '亿美元', '经济运行', TRUE, FALSE, 70),
('AIR_QUALITY', '空气质量综合指数',       '空气质量指数,环境空气质量综合指数,AQI',   '指数', '城市建设', FALSE, TRUE,  80),
('BIOMED_OUT',  '生物医药产业产值',       '生物医药产值,生物医药产业总产值',         '亿元', '产业发展', TRUE,  FALSE, 90),
('PARK_OUT',    '园区规上工业总产值',     '园区工业总产值,园区产值',                 '亿元', '园区建设', TRUE,  FALSE, 100),
('PROJECT_INV', '重点项目完成投资',       '重点项目投资,项目完成投资',               '亿元', '项目建设', TRUE,  FALSE, 110),
('HITECH',      '高新技术企业数',         '国家高新技术企业数,高企数量,高新技术企业', '家',   '科技创新', TRUE,  FALSE, 120),
('TECH_CONTRACT','技术合同成交额',        '技术合同交易额,技术交易额',               '亿元', '科技创新', TRUE,  FALSE, 130),
('RENEWAL_INV', '城市更新项目完成投资',   '城市更新投资',                             '亿元', '城市建设', TRUE,  FALSE, 140),
('NEW_ENTITIES','新增市场主体',           '新登记市场主体,新设市场主体',             '户',   '营商环境', TRUE,  FALSE, 150);
