// The trajectory chart: planned line with its tolerance band, actuals, and the forecast to the
// target date (Observable Plot, SVG). A text summary and a table carry the same figures.

import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { asDescribedImage } from './chartAccessibility';
import { formatDate, formatMeasure } from '../../lib/format';
import { actuals, forecastLine, plannedLine, toleranceBand, type DatedValue } from './chartData';

interface Props {
  unit: string;
  baseline: number;
  baselineOn: string;
  target: number;
  targetOn: string;
  tolerance: number;
  trajectory: readonly { plannedOn: string; value: number }[];
  measurements: readonly { measuredOn: string; value: number; superseded: boolean }[];
  forecast: number | null | undefined;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function TrajectoryChart(props: Props) {
  const box = useRef<HTMLDivElement>(null);
  const planned = plannedLine({ date: props.baselineOn, value: props.baseline }, props.trajectory, {
    date: props.targetOn,
    value: props.target,
  });
  const band = toleranceBand(planned, props.baseline, props.target, props.tolerance);
  const actual = actuals(props.measurements);
  const forecast = forecastLine(actual.at(-1), props.forecast, props.targetOn);
  const summary = describe(props, actual);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(300, Math.min(el.clientWidth || 640, 900));
    const chart = Plot.plot({
      width,
      height: 320,
      marginLeft: 60,
      ariaLabel: 'Trajectory chart',
      ariaDescription: summary,
      x: { type: 'utc', label: null },
      y: { grid: true, label: props.unit },
      marks: [
        Plot.areaY(band, { x: (d) => day(d.date), y1: 'low', y2: 'high', fill: '#aed4f2', fillOpacity: 0.5 }),
        Plot.line(planned, { x: (d: DatedValue) => day(d.date), y: 'value', stroke: '#005eb8', strokeWidth: 2 }),
        Plot.line(forecast, { x: (d: DatedValue) => day(d.date), y: 'value', stroke: '#4c6272', strokeDasharray: '6 4' }),
        Plot.line(actual, { x: (d: DatedValue) => day(d.date), y: 'value', stroke: '#212b32' }),
        Plot.dot(actual, { x: (d: DatedValue) => day(d.date), y: 'value', fill: '#212b32', r: 3 }),
      ],
    });
    asDescribedImage(chart, 'Trajectory chart', summary);
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [band, planned, actual, forecast, props.unit, summary]);

  return (
    <figure className="app-chart">
      <div ref={box} className="app-chart__plot" />
      <figcaption className="nhsuk-body-s">
        <span className="app-key app-key--planned">Planned</span> with its tolerance band,{' '}
        <span className="app-key app-key--actual">actual</span>, <span className="app-key app-key--forecast">forecast</span>.{' '}
        {summary}
      </figcaption>
    </figure>
  );
}

function describe(props: Props, actual: DatedValue[]): string {
  const latest = actual.at(-1);
  const parts = [
    `Planned to move from ${formatMeasure(props.baseline, props.unit)} on ${formatDate(props.baselineOn)} to ${formatMeasure(props.target, props.unit)} by ${formatDate(props.targetOn)}.`,
  ];
  parts.push(
    latest
      ? `Latest actual ${formatMeasure(latest.value, props.unit)} on ${formatDate(latest.date)}, from ${actual.length} measurement${actual.length === 1 ? '' : 's'}.`
      : 'No measurement recorded yet.',
  );
  if (props.forecast !== null && props.forecast !== undefined && latest) {
    parts.push(`Forecast at the target date: ${formatMeasure(props.forecast, props.unit)}.`);
  }
  return parts.join(' ');
}
