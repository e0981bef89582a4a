import assert from 'node:assert/strict';
import { barChart, CHART_CSS, escapeXml, lineChart, stackedBarChart } from '../../../src/core/quiz/svgCharts';

/**
 * A small well-formedness check: tags nest and close, attributes are quoted, and text holds no raw
 * `<` or stray `&`. Enough to catch broken markup and unescaped text without an XML library.
 */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let seenRoot = false;
  while ((match = token.exec(xml))) {
    const [, closing, name, , selfClosing, text, strayLt] = match;
    if (strayLt) assert.fail(`stray "<" at ${match.index}: ${xml.slice(match.index, match.index + 30)}`);
    if (text !== undefined) {
      assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text), `unescaped & in "${text}"`);
      if (stack.length === 0) assert.equal(text.trim(), '', 'text outside the root');
      continue;
    }
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else {
      if (stack.length === 0) {
        assert.ok(!seenRoot, 'a single root element');
        seenRoot = true;
      }
      if (!selfClosing) stack.push(name);
    }
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.ok(seenRoot);
  for (const attrs of xml.match(/<[A-Za-z][^>]*>/g) ?? []) {
    for (const value of attrs.match(/="[^"]*"/g) ?? []) assert.ok(!/&(?!(amp|lt|gt|quot|apos);)/.test(value), `unescaped & in ${value}`);
  }
}

const HOSTILE = `<script>alert("x")</script> & 'quotes' ]]>`;

describe('svgCharts', () => {
  const days = Array.from({ length: 30 }, (_, i) => ({ label: `03-${String(i + 1).padStart(2, '0')}`, value: (i * 7) % 11 }));

  it('renders a bar chart with an accessible title and a data description', () => {
    const svg = barChart({ id: 'reviews', title: 'Reviews per day', bars: days });
    assertWellFormedXml(svg);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="lfg-chart" role="img" aria-labelledby="reviews-title reviews-desc"/);
    assert.match(svg, /<title id="reviews-title">Reviews per day<\/title>/);
    assert.match(svg, /<desc id="reviews-desc">03-01: 0; 03-02: 7; /);
    assert.equal((svg.match(/<rect /g) ?? []).length, 30);
    assert.ok((svg.match(/<text /g) ?? []).length <= 3 + 7, 'x labels are thinned out');
  });

  it('escapes every text it is given, in titles, labels and tooltips', () => {
    const charts = [
      barChart({ id: 'a', title: HOSTILE, description: HOSTILE, bars: [{ label: HOSTILE, value: 1 }] }),
      lineChart({ id: 'b', title: HOSTILE, points: [{ label: HOSTILE, value: 0.5 }, { label: 'x', value: 0.7 }], max: 1 }),
      stackedBarChart({ id: 'c', title: HOSTILE, series: [{ label: HOSTILE, colour: 'blue' }], rows: [{ label: HOSTILE, values: [3] }] }),
    ];
    for (const svg of charts) {
      assertWellFormedXml(svg);
      assert.ok(!svg.includes('<script'), 'no markup injected');
      assert.ok(svg.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; ]]&gt;'));
    }
    assert.equal(escapeXml(`a<b>&"'`), 'a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('sanitises the id used for element ids', () => {
    const svg = barChart({ id: '" onload="x', title: 't', bars: [] });
    assertWellFormedXml(svg);
    assert.ok(!svg.includes('onload="'));
  });

  it('uses theme classes and currentColor, no inline styles, scripts or external resources', () => {
    const svgs = [
      barChart({ id: 'a', title: 't', bars: days, colour: 'purple' }),
      lineChart({ id: 'b', title: 't', points: days }),
      stackedBarChart({ id: 'c', title: 't', series: [{ label: 'New', colour: 'blue' }, { label: 'Mastered', colour: 'green' }], rows: [{ label: '训练', values: [3, 4] }] }),
    ];
    for (const svg of svgs) {
      assert.ok(!/style=|<style|<script|href=|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(svg), svg.slice(0, 200));
      assert.match(svg, /fill="currentColor"/);
    }
    assert.match(svgs[0], /class="lfg-fill-purple"/);
    assert.match(CHART_CSS, /\.lfg-chart \.lfg-fill-purple \{ fill: var\(--vscode-charts-purple\); \}/);
    assert.match(CHART_CSS, /\.lfg-chart \.lfg-stroke-green \{ stroke: var\(--vscode-charts-green\); \}/);
  });

  it('breaks a line at missing values and keeps values on the axis range', () => {
    const svg = lineChart({
      id: 'retention',
      title: 'Retention',
      points: [
        { label: 'w1', value: 0.8 },
        { label: 'w2', value: 0.9 },
        { label: 'w3', value: null },
        { label: 'w4', value: 0.85 },
        { label: 'w5', value: 1 },
      ],
      min: 0,
      max: 1,
      formatValue: (v) => `${Math.round(v * 100)}%`,
    });
    assertWellFormedXml(svg);
    assert.equal((svg.match(/<polyline /g) ?? []).length, 2);
    assert.equal((svg.match(/<circle /g) ?? []).length, 4);
    assert.match(svg, /w3: –/);
    assert.match(svg, /<title>w1: 80%<\/title>/);
  });

  it('stacks one bar per row with a legend and totals', () => {
    const svg = stackedBarChart({
      id: 'mastery',
      title: 'Mastery by topic',
      series: [
        { label: 'New', colour: 'blue' },
        { label: 'Learning', colour: 'yellow' },
        { label: 'Mastered', colour: 'green' },
      ],
      rows: [
        { label: 'Training', values: [5, 2, 1] },
        { label: '效率', values: [0, 0, 4] },
      ],
    });
    assertWellFormedXml(svg);
    assert.match(svg, /<title>Training — Learning: 2<\/title>/);
    assert.ok(!svg.includes('效率 — New'), 'empty segments are not drawn');
    assert.match(svg, /<desc id="mastery-desc">Training: New 5, Learning 2, Mastered 1; 效率: New 0, Learning 0, Mastered 4<\/desc>/);
    assert.match(svg, />8<\/text>/);
  });

  it('survives empty and non-finite data', () => {
    for (const svg of [
      barChart({ id: 'a', title: 't', bars: [] }),
      barChart({ id: 'b', title: 't', bars: [{ label: 'x', value: Number.NaN }, { label: 'y', value: -3 }] }),
      lineChart({ id: 'c', title: 't', points: [] }),
      lineChart({ id: 'd', title: 't', points: [{ label: 'x', value: Number.POSITIVE_INFINITY }] }),
      stackedBarChart({ id: 'e', title: 't', series: [], rows: [] }),
    ]) {
      assertWellFormedXml(svg);
      assert.ok(!/NaN|Infinity/.test(svg), svg);
    }
  });
});
