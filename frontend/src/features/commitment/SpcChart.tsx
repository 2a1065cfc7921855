// The SPC chart in NHS England's "Making Data Count" style: the series with its mean and
// process limits, special-cause points coloured as improvement (blue) or concern (orange),
// the variation and assurance icons, and a "not yet reliable" mark under 15 points.

import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { asDescribedImage } from './chartAccessibility';
import { formatDate, formatMeasure, humanise } from '../../lib/format';

interface SpcPoint {
  measuredOn: string;
  value: number;
  specialCause: boolean;
  variation: string;
}

interface Props {
  unit: string;
  spc: {
    /** The target the assurance compares with (for a running total, the planned change per period). */
    target?: number | null;
    mean: number;
    upperProcessLimit: number;
    lowerProcessLimit: number;
    variation: string;
    assurance?: string | null;
    reliable: boolean;
    points: readonly SpcPoint[];
  };
}

const COLOURS: Record<string, string> = {
  SPECIAL_CAUSE_IMPROVEMENT: '#005eb8',
  SPECIAL_CAUSE_CONCERN: '#ed8b00',
  COMMON_CAUSE: '#768692',
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What the variation icon says, in words. */
export function variationText(variation: string): string {
  switch (variation) {
    case 'SPECIAL_CAUSE_IMPROVEMENT':
      return 'Special cause variation: improvement';
    case 'SPECIAL_CAUSE_CONCERN':
      return 'Special cause variation: concern';
    default:
      return 'Common cause variation: no significant change';
  }
}

/** What the assurance icon says, in words. */
export function assuranceText(assurance: string | null | undefined): string {
  switch (assurance) {
    case 'CONSISTENTLY_PASSING':
      return 'The target will consistently be met';
    case 'CONSISTENTLY_FAILING':
      return 'The target will consistently be missed';
    case 'HIT_AND_MISS':
      return 'The target will be hit and missed at random';
    default:
      return 'No assurance against the target';
  }
}

function Icon({ kind, letter, label }: { kind: string; letter: string; label: string }) {
  return (
    <span className={`app-spc-icon app-spc-icon--${kind}`} role="img" aria-label={label} title={label}>
      {letter}
    </span>
  );
}

export function SpcChart({ unit, spc }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const special = spc.points.filter((p) => p.specialCause).length;
  const summary =
    `${spc.points.length} points, mean ${formatMeasure(spc.mean, unit)}, process limits ` +
    `${formatMeasure(spc.lowerProcessLimit, unit)} to ${formatMeasure(spc.upperProcessLimit, unit)}; ` +
    `${special} special-cause point${special === 1 ? '' : 's'}. ${variationText(spc.variation)}. ${assuranceText(spc.assurance)}.`;

  useEffect(() => {
    const el = box.current;
    if (!el || spc.points.length === 0) return;
    const width = Math.max(300, Math.min(el.clientWidth || 640, 900));
    const xs = spc.points.map((p) => day(p.measuredOn));
    const span = [xs[0]!, xs[xs.length - 1]!];
    const rule = (y: number, stroke: string, dash?: string) =>
      Plot.line(
        span.map((x) => ({ x, y })),
        { x: 'x', y: 'y', stroke, strokeDasharray: dash },
      );
    const chart = Plot.plot({
      width,
      height: 300,
      marginLeft: 60,
      ariaLabel: 'Statistical process control chart',
      ariaDescription: summary,
      x: { type: 'utc', label: null },
      y: { grid: true, label: unit },
      marks: [
        rule(spc.upperProcessLimit, '#4c6272', '4 4'),
        rule(spc.lowerProcessLimit, '#4c6272', '4 4'),
        rule(spc.mean, '#212b32'),
        ...(spc.target == null ? [] : [rule(spc.target, '#d5281b', '2 3')]),
        Plot.line(spc.points, { x: (p: SpcPoint) => day(p.measuredOn), y: 'value', stroke: '#aeb7bd' }),
        Plot.dot(spc.points, {
          x: (p: SpcPoint) => day(p.measuredOn),
          y: 'value',
          r: 4,
          fill: (p: SpcPoint) => COLOURS[p.variation] ?? COLOURS.COMMON_CAUSE,
        }),
      ],
    });
    asDescribedImage(chart, 'Statistical process control chart', summary);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [spc, unit, summary]);

  const variationKind =
    spc.variation === 'SPECIAL_CAUSE_IMPROVEMENT'
      ? 'improvement'
      : spc.variation === 'SPECIAL_CAUSE_CONCERN'
        ? 'concern'
        : 'common';
  const assuranceKind =
    spc.assurance === 'CONSISTENTLY_PASSING' ? 'pass' : spc.assurance === 'CONSISTENTLY_FAILING' ? 'fail' : 'random';
  return (
    <figure className="app-chart">
      <div className="app-spc-icons">
        <Icon
          kind={variationKind}
          letter={variationKind === 'improvement' ? 'I' : variationKind === 'concern' ? 'C' : '~'}
          label={variationText(spc.variation)}
        />
        <Icon
          kind={assuranceKind}
          letter={assuranceKind === 'pass' ? 'P' : assuranceKind === 'fail' ? 'F' : '?'}
          label={assuranceText(spc.assurance)}
        />
        {!spc.reliable && (
          <strong className="nhsuk-tag nhsuk-tag--grey" data-testid="spc-not-reliable">
            Not yet reliable: fewer than 15 points
          </strong>
        )}
      </div>
      <div ref={box} className="app-chart__plot" />
      <figcaption className="nhsuk-body-s">
        Mean (solid), process limits (dashed), target (red, dotted); points in blue are improvement, in orange concern. {summary}
      </figcaption>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The SPC points as a table</span>
        </summary>
        <div className="nhsuk-details__text app-table-scroll">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">SPC points</caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Value</th>
                <th scope="col">Variation</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {spc.points.map((p) => (
                <tr key={p.measuredOn}>
                  <td>{formatDate(p.measuredOn)}</td>
                  <td>{formatMeasure(p.value, unit)}</td>
                  <td>{humanise(p.variation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
