-- Unit indices as computed for the export (suppressed ones carry no mean).
SELECT wave, instrument, scope, unit, mean, n, suppressed, k
FROM export_unit_index
ORDER BY wave, instrument, scope, unit;
