// Observable Plot labels its groups with aria-label, which axe rightly flags on elements
// without a role. The chart is one image described in words (with a table beside it), so
// its parts are hidden from assistive technology.

/** Makes a Plot chart one described image: `role="img"`, its parts hidden. */
export function asDescribedImage(chart: Element, label: string, description: string): void {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  if (!svg) return;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${label}. ${description}`);
  svg.removeAttribute('aria-description');
  for (const part of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
    part.removeAttribute('aria-label');
    part.removeAttribute('aria-description');
    part.setAttribute('aria-hidden', 'true');
  }
}
