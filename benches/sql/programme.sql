-- The first programme by name with its first 20 benefits by code, each with the services
-- that enable it and their providers: the JSON of the read benchmark's third query.
SELECT json_build_object('programmes', json_build_object('edges', json_build_array(
  json_build_object('node', json_build_object(
    'name', pr.name,
    'benefits', json_build_object('edges', coalesce((
      SELECT json_agg(json_build_object('node', json_build_object(
        'code', b.code, 'title', b.title, 'category', b.category,
        'enablingServices', coalesce((
          SELECT json_agg(json_build_object(
            'name', s.name, 'lifecycle', s.lifecycle,
            'provider', CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object('name', v.name) END
          ) ORDER BY e.id)
          FROM enablements e JOIN services s ON s.id = e.service_id
          LEFT JOIN organisations v ON v.id = s.provider_id
          WHERE e.benefit_id = b.id), '[]'::json)
      )) ORDER BY b.code, b.id)
      FROM (SELECT * FROM benefits WHERE programme_id = pr.id ORDER BY code, id LIMIT 20) b
    ), '[]'::json)))))))
FROM (SELECT * FROM programmes ORDER BY name, id LIMIT 1) pr;
