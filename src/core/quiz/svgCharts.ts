// Small inline SVG charts for the progress webview. No scripts, no external resources and no
// inline styles (a webview's Content-Security-Policy usually forbids them): colours come from CSS
// classes the webview styles with theme variables (CHART_CSS), with `currentColor` as fallback.
// Every text is escaped; every chart has a <title> and a <desc> listing its data for screen readers.

export type ChartColour = 'blue' | 'green' | 'yellow' | 'orange' | 'red' | 'purple';
const COLOURS: readonly ChartColour[] = ['blue', 'green', 'yellow', 'orange', 'red', 'purple'];

/** Styles for the webview's stylesheet: theme colours for the chart classes. */
export const CHART_CSS = [
  '.lfg-chart { color: var(--vscode-foreground); font-family: var(--vscode-font-family); }',
  '.lfg-chart text { fill: var(--vscode-descriptionForeground, currentColor); }',
  '.lfg-chart .lfg-grid { stroke: var(--vscode-charts-lines, currentColor); }',
  ...COLOURS.map((c) => `.lfg-chart .lfg-fill-${c} { fill: var(--vscode-charts-${c}); }`),
  ...COLOURS.map((c) => `.lfg-chart .lfg-stroke-${c} { stroke: var(--vscode-charts-${c}); }`),
].join('\n');

interface ChartBase {
  /** Unique in the page: the <title>/<desc> ids derive from it. */
  id: string;
  title: string;
  /** Prepended to the generated data listing in <desc>. */
  description?: string;
  width?: number;
  height?: number;
  formatValue?: (value: number) => string;
}

export interface BarChartInput extends ChartBase {
  bars: readonly { label: string; value: number }[];
  colour?: ChartColour;
}

export interface LineChartInput extends ChartBase {
  /** A null value leaves a gap (e.g. a week without reviews). */
  points: readonly { label: string; value: number | null }[];
  /** The value range of the y axis; default 0 to the data's maximum. */
  min?: number;
  max?: number;
  colour?: ChartColour;
}

export interface StackedBarChartInput extends ChartBase {
  series: readonly { label: string; colour: ChartColour }[];
  /** One horizontal bar per row; `values` are per series, in series order. */
  rows: readonly { label: string; values: readonly number[] }[];
}

const FONT_SIZE = 10;
const PAD = { top: 8, right: 18, bottom: 20, left: 36 } as const;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);
}

/** Class names come from the closed colour list, whatever a caller passes at run time. */
const fillClass = (colour: ChartColour): string => `lfg-fill-${COLOURS.includes(colour) ? colour : 'blue'}`;
const strokeClass = (colour: ChartColour): string => `lfg-stroke-${COLOURS.includes(colour) ? colour : 'blue'}`;

/** Numbers in attributes: short, and never NaN. */
const n = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0');
const safeId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '-') || 'chart';
const defaultFormat = (value: number): string => String(Math.round(value * 100) / 100);
const finiteOr0 = (value: number): number => (Number.isFinite(value) ? value : 0);

/** 1, 2, 5, 10, 20, 50, ...: a round axis maximum at or above the data. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * magnitude >= value) ?? 10) * magnitude;
}

function frame(base: ChartBase, width: number, height: number, dataListing: string, body: string[]): string {
  const id = safeId(base.id);
  const desc = [base.description, dataListing].filter((t) => t && t.length > 0).join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="lfg-chart" role="img" aria-labelledby="${id}-title ${id}-desc" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-size="${FONT_SIZE}">`,
    `<title id="${id}-title">${escapeXml(base.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    ...body,
    '</svg>',
  ].join('\n');
}

const text = (x: number, y: number, content: string, anchor: 'start' | 'middle' | 'end'): string =>
  `<text x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" fill="currentColor">${escapeXml(content)}</text>`;

/** Horizontal grid lines with their values, bottom to top. */
function yAxis(min: number, max: number, plot: { x: number; y: number; w: number; h: number }, format: (v: number) => string): string[] {
  return [0, 0.5, 1].flatMap((f) => {
    const y = plot.y + plot.h - f * plot.h;
    return [
      `<line class="lfg-grid" x1="${n(plot.x)}" y1="${n(y)}" x2="${n(plot.x + plot.w)}" y2="${n(y)}" stroke="currentColor" stroke-opacity="0.25" stroke-width="1"/>`,
      text(plot.x - 4, y + FONT_SIZE / 3, format(min + f * (max - min)), 'end'),
    ];
  });
}

/** At most ~6 x-axis labels, evenly spaced, always including the last. */
function xLabels(labels: readonly string[], xAt: (i: number) => number, y: number): string[] {
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return labels.flatMap((label, i) => ((labels.length - 1 - i) % every === 0 ? [text(xAt(i), y, label, 'middle')] : []));
}

const plotArea = (width: number, height: number): { x: number; y: number; w: number; h: number } => ({
  x: PAD.left,
  y: PAD.top,
  w: Math.max(1, width - PAD.left - PAD.right),
  h: Math.max(1, height - PAD.top - PAD.bottom),
});

/** Vertical bars, e.g. reviews per day. */
export function barChart(input: BarChartInput): string {
  const { width = 600, height = 180, colour = 'blue', formatValue = defaultFormat } = input;
  const values = input.bars.map((b) => Math.max(0, finiteOr0(b.value)));
  const max = niceMax(Math.max(0, ...values));
  const plot = plotArea(width, height);
  const slot = plot.w / Math.max(1, input.bars.length);
  const xAt = (i: number): number => plot.x + slot * i + slot / 2;
  const body = [
    ...yAxis(0, max, plot, formatValue),
    ...input.bars.map((bar, i) => {
      const h = (values[i] / max) * plot.h;
      const label = `${bar.label}: ${formatValue(values[i])}`;
      return `<rect class="${fillClass(colour)}" fill="currentColor" x="${n(plot.x + slot * i + slot * 0.15)}" y="${n(plot.y + plot.h - h)}" width="${n(slot * 0.7)}" height="${n(h)}"><title>${escapeXml(label)}</title></rect>`;
    }),
    ...xLabels(input.bars.map((b) => b.label), xAt, height - 6),
  ];
  const listing = input.bars.map((b, i) => `${b.label}: ${formatValue(values[i])}`).join('; ');
  return frame(input, width, height, listing, body);
}

/** A line with dots, broken where a value is missing, e.g. retention per week. */
export function lineChart(input: LineChartInput): string {
  const { width = 600, height = 180, colour = 'green', formatValue = defaultFormat } = input;
  const present = input.points.map((p) => p.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const min = input.min ?? 0;
  const max = input.max ?? niceMax(Math.max(0, ...present));
  const span = max - min || 1;
  const plot = plotArea(width, height);
  // Inset so the first and last dots clear the axis labels and the edge.
  const inset = 6;
  const step = input.points.length > 1 ? (plot.w - 2 * inset) / (input.points.length - 1) : 0;
  const xAt = (i: number): number => (input.points.length > 1 ? plot.x + inset + step * i : plot.x + plot.w / 2);
  const yAt = (v: number): number => plot.y + plot.h - ((Math.min(max, Math.max(min, v)) - min) / span) * plot.h;

  const segments: string[][] = [[]];
  input.points.forEach((p, i) => {
    if (p.value === null || !Number.isFinite(p.value)) segments.push([]);
    else segments[segments.length - 1].push(`${n(xAt(i))},${n(yAt(p.value))}`);
  });
  const body = [
    ...yAxis(min, max, plot, formatValue),
    ...segments
      .filter((s) => s.length > 1)
      .map((s) => `<polyline class="${strokeClass(colour)}" fill="none" stroke="currentColor" stroke-width="2" points="${s.join(' ')}"/>`),
    ...input.points.flatMap((p, i) =>
      p.value === null || !Number.isFinite(p.value)
        ? []
        : [`<circle class="${fillClass(colour)}" fill="currentColor" cx="${n(xAt(i))}" cy="${n(yAt(p.value))}" r="3"><title>${escapeXml(`${p.label}: ${formatValue(p.value)}`)}</title></circle>`],
    ),
    ...xLabels(input.points.map((p) => p.label), xAt, height - 6),
  ];
  const listing = input.points.map((p) => `${p.label}: ${p.value === null || !Number.isFinite(p.value) ? '–' : formatValue(p.value)}`).join('; ');
  return frame(input, width, height, listing, body);
}

/** Rough text width: CJK glyphs are about one em, Latin about 0.6 em. */
const textWidth = (t: string): number => [...t].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? FONT_SIZE : FONT_SIZE * 0.6), 0);

/** Horizontal stacked bars with a legend, e.g. mastery levels per topic. */
export function stackedBarChart(input: StackedBarChartInput): string {
  const { width = 600, formatValue = defaultFormat } = input;
  const rowHeight = 18;
  const legendHeight = 22;
  const rows = input.rows.map((r) => ({ label: r.label, values: input.series.map((_, s) => Math.max(0, finiteOr0(r.values[s] ?? 0))) }));
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const labelWidth = Math.min(width * 0.4, Math.max(0, ...rows.map((r) => textWidth(r.label))) + 8);
  const totalWidth = Math.max(0, ...totals.map((t) => textWidth(formatValue(t)))) + 8;
  const barX = labelWidth;
  const barW = Math.max(1, width - labelWidth - totalWidth - PAD.right);
  const height = input.height ?? PAD.top + rows.length * rowHeight + legendHeight;

  const body: string[] = [];
  rows.forEach((row, r) => {
    const y = PAD.top + r * rowHeight;
    body.push(text(labelWidth - 6, y + rowHeight / 2 + FONT_SIZE / 3, row.label, 'end'));
    let x = barX;
    row.values.forEach((value, s) => {
      const w = (value / max) * barW;
      if (w <= 0) return;
      const series = input.series[s];
      const tip = `${row.label} — ${series.label}: ${formatValue(value)}`;
      body.push(`<rect class="${fillClass(series.colour)}" fill="currentColor" x="${n(x)}" y="${n(y + 3)}" width="${n(w)}" height="${n(rowHeight - 6)}"><title>${escapeXml(tip)}</title></rect>`);
      x += w;
    });
    body.push(text(x + 4, y + rowHeight / 2 + FONT_SIZE / 3, formatValue(totals[r]), 'start'));
  });
  let legendX = barX;
  const legendY = PAD.top + rows.length * rowHeight + 8;
  for (const series of input.series) {
    body.push(`<rect class="${fillClass(series.colour)}" fill="currentColor" x="${n(legendX)}" y="${n(legendY)}" width="10" height="10"/>`);
    body.push(text(legendX + 14, legendY + 9, series.label, 'start'));
    legendX += 14 + textWidth(series.label) + 12;
  }
  const listing = rows
    .map((row) => `${row.label}: ${row.values.map((v, s) => `${input.series[s].label} ${formatValue(v)}`).join(', ')}`)
    .join('; ');
  return frame(input, width, height, listing, body);
}
