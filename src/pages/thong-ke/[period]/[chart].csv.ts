/** Each chart's data as CSV: /thong-ke/<năm>/<biểu đồ>.csv, and /thong-ke/tat-ca/<biểu đồ>.csv for every year. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, loadYearCycle } from '../../../data/content';
import { CHART_LABEL_HEADINGS, CHART_WORDS, statisticsInput, statisticsYears } from '../../../data/statistics';
import { chartCsv, yearCharts, type Chart } from '../../../lib/statistics';

export const getStaticPaths = (async () => {
  const [content, cycle] = await Promise.all([loadContent(), loadYearCycle()]);
  const input = statisticsInput(content, cycle);
  const years = statisticsYears(input);
  // No numbers, no files: the page shows an empty state and links to none.
  if (years.length === 0) return [];
  return [undefined, ...years].flatMap((year) =>
    yearCharts(input, year, CHART_WORDS).map((chart) => ({
      params: { period: year === undefined ? 'tat-ca' : String(year), chart: chart.id },
      props: { chart },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: Chart };
  return new Response(chartCsv(chart, CHART_LABEL_HEADINGS[chart.id] ?? ''), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
