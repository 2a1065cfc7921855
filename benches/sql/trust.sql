-- A trust with its first 20 commitments, each with its benefit, owner and latest effective
-- measurement: the JSON of the read benchmark's first query, in one statement.
SELECT json_build_object('organisation', json_build_object(
  'name', o.name,
  'commitments', json_build_object('edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'status', c.status, 'target', c.target,
      'benefit', json_build_object('code', b.code, 'title', b.title, 'unit', b.unit),
      'owner', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('name', p.name) END,
      'measurements', json_build_object('edges', coalesce(latest.edges, '[]'::json))
    )) ORDER BY c.benefit_id, c.id)
    FROM (SELECT * FROM commitments WHERE organisation_id = o.id
          ORDER BY benefit_id, id LIMIT 20) c
    JOIN benefits b ON b.id = c.benefit_id
    LEFT JOIN people p ON p.id = c.owner_id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('node', json_build_object(
        'measuredOn', m.measured_on, 'value', m.value))) AS edges
      FROM (SELECT m.measured_on, m.value FROM measurements m
            WHERE m.commitment_id = c.id
              AND NOT EXISTS (SELECT 1 FROM measurements s WHERE s.supersedes_id = m.id)
            ORDER BY m.measured_on DESC, m.id DESC LIMIT 1) m
    ) latest ON true
  ), '[]'::json))))
FROM organisations o WHERE o.ods_code = 'RWP';
