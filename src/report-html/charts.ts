// The report's charts: Apache ECharts rendered on the server to SVG strings (no script, nothing fetched at view time).
// Only the parts used are loaded. Each chart is disposed of once rendered, so nothing keeps a process alive.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml } from './escape';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

/** Colours with at least 4.5:1 contrast on white, for text as well as shapes. */
export const COLOURS = { primary: '#1d4ed8', secondary: '#9a3412', text: '#1f2937', grid: '#d1d5db' } as const;

const TEXT = { color: COLOURS.text, fontFamily: 'system-ui, sans-serif', fontSize: 12 };

/** Renders an option to an SVG string labelled for screen readers (the figures are in the table that follows). */
function render(option: echarts.EChartsCoreOption, width: number, height: number, label: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: TEXT, ...option });
    return labelled(chart.renderToSVGString(), label);
  } finally {
    chart.dispose();
  }
}

/**
 * Inline SVG needs no namespace declarations in HTML (the parser supplies them); dropping them leaves no URL in the
 * file. The SVG scales to its container and is announced as one image with its label.
 */
function labelled(svg: string, label: string): string {
  return svg
    .replace(/\s+xmlns(:xlink)?="[^"]*"/g, '')
    .replace(/\s+baseProfile="[^"]*"/, '')
    .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" `);
}

const axisLabel = { color: COLOURS.text };
const splitLine = { lineStyle: { color: COLOURS.grid } };

/** A horizontal bar per area, 0–100, the value at the end of each bar. */
export function areaBars(names: string[], values: number[], label: string): string {
  const height = 50 + names.length * 34;
  return render(
    {
      grid: { left: 130, right: 50, top: 10, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel, splitLine },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel },
      series: [
        {
          type: 'bar',
          data: values,
          itemStyle: { color: COLOURS.primary },
          label: { show: true, position: 'right', color: COLOURS.text },
          barMaxWidth: 22,
        },
      ],
    },
    900,
    height,
    label,
  );
}

/** Two bars per group: the share with a Data Owner and the mean score, both 0–100. */
export function groupBars(groups: string[], owned: number[], scores: number[], label: string): string {
  const height = 80 + groups.length * 46;
  return render(
    {
      legend: { top: 0, left: 0, itemGap: 48, textStyle: { color: COLOURS.text } },
      grid: { left: 150, right: 60, top: 36, bottom: 30 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel, splitLine },
      yAxis: { type: 'category', data: groups.map((g) => shorten(g)), inverse: true, axisLabel },
      series: [
        {
          name: '% with a Data Owner',
          type: 'bar',
          data: owned,
          itemStyle: { color: COLOURS.primary },
          label: { show: true, position: 'right', color: COLOURS.text, formatter: '{c}%' },
          barMaxWidth: 16,
        },
        {
          name: 'Mean score',
          type: 'bar',
          data: scores,
          itemStyle: { color: COLOURS.secondary },
          label: { show: true, position: 'right', color: COLOURS.text },
          barMaxWidth: 16,
        },
      ],
    },
    900,
    height,
    label,
  );
}

/** Lines over time: the mean score and the share with a Data Owner, 0–100. */
export function trendLines(dates: string[], scores: number[], owned: number[], label: string): string {
  return render(
    {
      legend: { top: 0, left: 0, itemGap: 48, textStyle: { color: COLOURS.text } },
      grid: { left: 50, right: 30, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: dates, axisLabel, boundaryGap: false },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel, splitLine },
      series: [
        { name: 'Mean score', type: 'line', data: scores, itemStyle: { color: COLOURS.secondary }, symbolSize: 6 },
        {
          name: '% with a Data Owner',
          type: 'line',
          data: owned,
          itemStyle: { color: COLOURS.primary },
          symbolSize: 6,
        },
      ],
    },
    900,
    320,
    label,
  );
}

/** Axis labels stay on one line; the table has the whole name. */
function shorten(text: string): string {
  return text.length > 22 ? `${text.slice(0, 21)}…` : text;
}
