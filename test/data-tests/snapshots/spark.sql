-- spark: 3 scans
-- aggregate
SELECT
  COUNT(*) AS `rows`,
  COUNT(*) - COUNT(DISTINCT `fine_id`) AS `m1`,
  COUNT(*) - COUNT(`amount_pence`) AS `m2`,
  COUNT(CASE WHEN `amount_pence` < 0 THEN 1 END) AS `m3`,
  COUNT(CASE WHEN `court_code` IS NOT NULL AND NOT (CAST(`court_code` AS STRING) IN ('LDN', 'MAN', 'BHM')) THEN 1 END) AS `m4`,
  COUNT(CASE WHEN `postcode` IS NOT NULL AND NOT (CAST(`postcode` AS STRING) RLIKE '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$') THEN 1 END) AS `m5`,
  COUNT(CASE WHEN `status` IS NULL OR CAST(`status` AS STRING) IN ('', 'N/A') THEN 1 END) AS `m6`,
  COUNT(*) - COUNT(`officer_id`) AS `m7`,
  unix_timestamp(CAST(MAX(`issued_at`) AS TIMESTAMP)) AS `m8`
FROM `main`.`courts`.`fines`;

-- fines.fine_id.primaryKey
SELECT COUNT(*) - COUNT(DISTINCT `fine_id`) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `fine_id` IS NULL OR `fine_id` IN (SELECT `fine_id` FROM `main`.`courts`.`fines` GROUP BY `fine_id` HAVING COUNT(*) > 1) LIMIT 5;

-- fines.amount_pence.required
SELECT COUNT(*) - COUNT(`amount_pence`) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `amount_pence` IS NULL LIMIT 5;

-- fines.amount_pence.logicalTypeOptions.minimum
SELECT COUNT(CASE WHEN `amount_pence` < 0 THEN 1 END) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `amount_pence` < 0 LIMIT 5;

-- fines.amount_pence.quality[0]
SELECT COUNT(*) - COUNT(`amount_pence`) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `amount_pence` IS NULL LIMIT 5;

-- fines.court_code.quality[0]
SELECT COUNT(CASE WHEN `court_code` IS NOT NULL AND NOT (CAST(`court_code` AS STRING) IN ('LDN', 'MAN', 'BHM')) THEN 1 END) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `court_code` IS NOT NULL AND NOT (CAST(`court_code` AS STRING) IN ('LDN', 'MAN', 'BHM')) LIMIT 5;

-- fines.postcode.logicalTypeOptions.pattern
SELECT COUNT(CASE WHEN `postcode` IS NOT NULL AND NOT (CAST(`postcode` AS STRING) RLIKE '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$') THEN 1 END) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `postcode` IS NOT NULL AND NOT (CAST(`postcode` AS STRING) RLIKE '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$') LIMIT 5;

-- fines.status.quality[0]
SELECT COUNT(CASE WHEN `status` IS NULL OR CAST(`status` AS STRING) IN ('', 'N/A') THEN 1 END) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `status` IS NULL OR CAST(`status` AS STRING) IN ('', 'N/A') LIMIT 5;

-- fines.officer_id.required
SELECT COUNT(*) - COUNT(`officer_id`) FROM `main`.`courts`.`fines`;
-- sample
SELECT * FROM `main`.`courts`.`fines` WHERE `officer_id` IS NULL LIMIT 5;

-- fines.quality[0]
SELECT COUNT(*) FROM `main`.`courts`.`fines`;

-- fines.quality[1]
SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM `main`.`courts`.`fines` WHERE `hearing_id` IS NOT NULL AND `hearing_day` IS NOT NULL GROUP BY `hearing_id`, `hearing_day` HAVING COUNT(*) > 1) AS repeated;
-- sample
SELECT `hearing_id`, `hearing_day`, COUNT(*) AS `rows` FROM `main`.`courts`.`fines` WHERE `hearing_id` IS NOT NULL AND `hearing_day` IS NOT NULL GROUP BY `hearing_id`, `hearing_day` HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC LIMIT 5;

-- fines.quality[2]
SELECT COUNT(*) FROM `main`.`courts`.`fines` WHERE amount_pence > 100000;

-- fines.quality[3]
-- refused: a check runs one statement; remove everything after the ;

-- slaProperties[0]
SELECT unix_timestamp(CAST(MAX(`issued_at`) AS TIMESTAMP)) FROM `main`.`courts`.`fines`;
