-- Relation matrix cells as computed for the export (suppressed cells carry no mean or band).
SELECT wave, instrument, rater_group, target_group, mean, n, band, suppressed, k
FROM export_cell
ORDER BY wave, instrument, rater_group, target_group;
