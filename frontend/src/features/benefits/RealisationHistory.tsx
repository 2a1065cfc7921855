// A benefit's realisation against plan over time: realised and planned to date (SUM benefits)
// or mean progress and mean planned progress (MEAN), at eight dates across the programme.

import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { formatDate, formatMeasure, formatPercent } from '../../lib/format';
import { asDescribedImage } from '../commitment/chartAccessibility';
import { historyDates } from './history';

const HistoryDocument = graphql(`
  query BenefitHistory($id: ID!, $d1: Date!, $d2: Date!, $d3: Date!, $d4: Date!, $d5: Date!, $d6: Date!, $d7: Date!, $d8: Date!) {
    node(id: $id) {
      __typename
      ... on Benefit {
        id
        r1: realisation(asAt: $d1) {
          ...HistoryPoint
        }
        r2: realisation(asAt: $d2) {
          ...HistoryPoint
        }
        r3: realisation(asAt: $d3) {
          ...HistoryPoint
        }
        r4: realisation(asAt: $d4) {
          ...HistoryPoint
        }
        r5: realisation(asAt: $d5) {
          ...HistoryPoint
        }
        r6: realisation(asAt: $d6) {
          ...HistoryPoint
        }
        r7: realisation(asAt: $d7) {
          ...HistoryPoint
        }
        r8: realisation(asAt: $d8) {
          ...HistoryPoint
        }
      }
    }
  }

  fragment HistoryPoint on BenefitRealisation {
    asAt
    plannedToDate
    realisedToDate
    meanProgress
    meanPlannedProgress
  }
`);

interface Point {
  date: string;
  planned: number | null;
  realised: number | null;
}

interface Props {
  id: string;
  unit: string;
  mean: boolean;
  startsOn: string | null | undefined;
  endsOn: string | null | undefined;
}

export function RealisationHistory({ id, unit, mean, startsOn, endsOn }: Props) {
  const dates = historyDates(startsOn, endsOn, new Date().toISOString().slice(0, 10));
  const ready = dates.length === 8;
  const [{ data }] = useQuery({
    query: HistoryDocument,
    variables: {
      id,
      d1: dates[0] ?? '',
      d2: dates[1] ?? '',
      d3: dates[2] ?? '',
      d4: dates[3] ?? '',
      d5: dates[4] ?? '',
      d6: dates[5] ?? '',
      d7: dates[6] ?? '',
      d8: dates[7] ?? '',
    },
    pause: !ready,
  });
  const box = useRef<HTMLDivElement>(null);
  const node = data?.node?.__typename === 'Benefit' ? data.node : null;
  const points: Point[] = node
    ? [node.r1, node.r2, node.r3, node.r4, node.r5, node.r6, node.r7, node.r8].map((r) => ({
        date: r.asAt,
        planned: (mean ? r.meanPlannedProgress : r.plannedToDate) ?? null,
        realised: (mean ? r.meanProgress : r.realisedToDate) ?? null,
      }))
    : [];
  const show = (v: number | null) => (mean ? formatPercent(v) : formatMeasure(v, unit));
  const last = points.at(-1);
  const summary = last
    ? `By ${formatDate(last.date)}: ${show(last.realised)} realised against ${show(last.planned)} planned.`
    : '';

  useEffect(() => {
    const el = box.current;
    if (!el || points.length === 0) return;
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const series = (key: 'planned' | 'realised') =>
      points.filter((p) => p[key] !== null).map((p) => ({ x: day(p.date), y: p[key] as number }));
    const chart = Plot.plot({
      width: Math.max(300, Math.min(el.clientWidth || 640, 900)),
      height: 260,
      marginLeft: 70,
      x: { type: 'utc', label: null },
      y: { grid: true, label: mean ? 'mean progress' : unit, tickFormat: mean ? '%' : undefined },
      marks: [
        Plot.line(series('planned'), { x: 'x', y: 'y', stroke: '#005eb8', strokeWidth: 2 }),
        Plot.line(series('realised'), { x: 'x', y: 'y', stroke: '#212b32', strokeDasharray: '0' }),
        Plot.dot(series('realised'), { x: 'x', y: 'y', fill: '#212b32', r: 3 }),
      ],
    });
    asDescribedImage(chart, 'Realised against planned over time', summary);
    el.replaceChildren(chart);
    return () => chart.remove();
  });

  if (!ready) return <p>The programme has no start date to chart from.</p>;
  if (!node) return <p role="status">Loading the history…</p>;
  return (
    <figure className="app-chart">
      <div ref={box} className="app-chart__plot" />
      <figcaption className="nhsuk-body-s">
        <span className="app-key app-key--planned">Planned</span> and <span className="app-key app-key--actual">realised</span> to
        date. {summary}
      </figcaption>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The figures as a table</span>
        </summary>
        <div className="nhsuk-details__text app-table-scroll">
          <table className="nhsuk-table">
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">As at</th>
                <th scope="col">Planned</th>
                <th scope="col">Realised</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {points.map((p) => (
                <tr key={p.date}>
                  <td>{formatDate(p.date)}</td>
                  <td>{show(p.planned)}</td>
                  <td>{show(p.realised)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
