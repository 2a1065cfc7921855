-- The first 100 GP practices by name, each with the organisation it is PART_OF today: the
-- JSON of the read benchmark's second query, in one statement.
SELECT json_build_object('organisations', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'odsCode', o.ods_code, 'name', o.name, 'status', o.status,
    'parent', CASE WHEN parent.id IS NULL THEN NULL
                   ELSE json_build_object('odsCode', parent.ods_code, 'name', parent.name) END
  )) ORDER BY o.name, o.id), '[]'::json)))
FROM (SELECT * FROM organisations WHERE kind = 'GP_PRACTICE' ORDER BY name, id LIMIT 100) o
LEFT JOIN LATERAL (
  SELECT t.id, t.ods_code, t.name FROM organisation_relationships r
  JOIN organisations t ON t.id = r.to_organisation_id
  WHERE r.from_organisation_id = o.id AND r.kind = 'PART_OF'
    AND (r.valid_from IS NULL OR r.valid_from <= current_date)
    AND (r.valid_to IS NULL OR r.valid_to > current_date)
  ORDER BY r.valid_from DESC NULLS LAST, r.id DESC LIMIT 1
) parent ON true;
