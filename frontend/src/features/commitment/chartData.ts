// The series behind a commitment's trajectory chart, as pure functions of its figures (the
// server computes every figure; this only lays them out along dates).

export interface DatedValue {
  date: string;
  value: number;
}

/** The planned line: baseline, the trajectory points in date order, then the target. */
export function plannedLine(
  baseline: DatedValue,
  trajectory: readonly { plannedOn: string; value: number }[],
  target: DatedValue,
): DatedValue[] {
  const points = [...trajectory]
    .map((p) => ({ date: p.plannedOn, value: p.value }))
    .filter((p) => p.date > baseline.date && p.date < target.date)
    .sort((a, b) => a.date.localeCompare(b.date));
  return [baseline, ...points, target];
}

/**
 * The tolerance band around the planned line: progress may fall `tolerance` (a fraction of the
 * committed change) behind plan and still be GREEN, so the band is planned ± tolerance × |t − b|.
 */
export function toleranceBand(planned: readonly DatedValue[], baseline: number, target: number, tolerance: number) {
  const width = Math.abs(target - baseline) * tolerance;
  return planned.map((p) => ({ date: p.date, low: p.value - width, high: p.value + width }));
}

/** The measurements in force (not superseded), oldest first. */
export function actuals(measurements: readonly { measuredOn: string; value: number; superseded: boolean }[]): DatedValue[] {
  return measurements
    .filter((m) => !m.superseded)
    .map((m) => ({ date: m.measuredOn, value: m.value }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** The forecast line: from the latest actual to the forecast value at the target date. */
export function forecastLine(
  latest: DatedValue | undefined,
  forecast: number | null | undefined,
  targetOn: string,
): DatedValue[] {
  if (!latest || forecast === null || forecast === undefined || latest.date >= targetOn) return [];
  return [latest, { date: targetOn, value: forecast }];
}
