// A benefit's place in the benefits map, drawn: what contributes to it on the left, what it
// contributes to on the right. The lists beside it carry the links; the drawing is an image.

interface Node {
  id: string;
  code: string;
}

const W = 640;
const ROW = 44;

export function BenefitsMap({
  code,
  contributors,
  contributesTo,
}: {
  code: string;
  contributors: Node[];
  contributesTo: Node[];
}) {
  const rows = Math.max(contributors.length, contributesTo.length, 1);
  const height = rows * ROW + 16;
  const mid = height / 2;
  const y = (i: number, n: number) => mid + (i - (n - 1) / 2) * ROW;
  const box = (x: number, cy: number, text: string, strong = false) => (
    <g key={`${x}-${cy}-${text}`}>
      <rect x={x} y={cy - 16} width={150} height={32} rx={4} fill={strong ? '#005eb8' : '#fff'} stroke="#005eb8" />
      <text x={x + 75} y={cy + 5} textAnchor="middle" fontSize={14} fill={strong ? '#fff' : '#212b32'}>
        {text}
      </text>
    </g>
  );
  const arrow = (x1: number, y1: number, x2: number, y2: number, key: string) => (
    <line key={key} x1={x1} y1={y1} x2={x2} y2={y2} stroke="#4c6272" strokeWidth={1.5} markerEnd="url(#app-arrow)" />
  );
  const label = `${code} is contributed to by ${contributors.map((c) => c.code).join(', ') || 'nothing'}, and contributes to ${contributesTo.map((c) => c.code).join(', ') || 'nothing'}.`;
  return (
    <div className="app-table-scroll">
      <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-label={`Benefits map: ${label}`}>
        <defs>
          <marker
            id="app-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#4c6272" />
          </marker>
        </defs>
        {contributors.map((c, i) => arrow(160, y(i, contributors.length), 245, mid, `in-${c.id}`))}
        {contributesTo.map((c, i) => arrow(395, mid, 480, y(i, contributesTo.length), `out-${c.id}`))}
        {contributors.map((c, i) => box(8, y(i, contributors.length), c.code))}
        {box(245, mid, code, true)}
        {contributesTo.map((c, i) => box(482, y(i, contributesTo.length), c.code))}
      </svg>
    </div>
  );
}
