import * as Plot from '@observablehq/plot';
import './timeline.css';

/**
 * The timeline page of a compound (/compounds/<id>/timeline): its readout series over report date, each with the
 * comparator ranges its points are set against as bands, and its designations and trial milestones on the same time
 * axis; every mark links to the source that gives it. One GraphQL request to the API it is served by, nothing else.
 */

const QUERY = `query CompoundTimeline($id: ID!) {
  compound(id: $id) {
    id
    name
    names { nodes { name firstSeen { on } } }
    designations(first: 100) {
      pageInfo { hasNextPage }
      nodes { id name type agency grantedOn knownFrom indication { name } sources(first: 3) { nodes { source { ...cited } } } }
    }
    trials(first: 50) {
      pageInfo { hasNextPage }
      nodes { id name milestones(first: 30) { pageInfo { hasNextPage } nodes { id kind on period status count estimated sources(first: 3) { nodes { source { ...cited } } } } } }
    }
  }
  readoutSeries(first: 50, where: { points: { some: { compound: { eq: $id } } } }) {
    pageInfo { hasNextPage }
    nodes {
      id name measure subject definitionChanged
      points(first: 30) {
        pageInfo { hasNextPage }
        nodes {
          id value unit metric qualifiers reportedOn knownFrom
          comparisons(first: 5) { nodes { comparator { name range { low high } unit } } }
          sources(first: 3) { nodes { source { ...cited } } }
        }
      }
    }
  }
}
fragment cited on Source { title publisher url publishedOn publishedNotBefore }`;

interface Cited {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  publishedNotBefore: string | null;
}
type Sources = { nodes: { source: Cited }[] };
/** A page of a list: whether more items follow than the page holds. */
type Paged<T> = { pageInfo: { hasNextPage: boolean }; nodes: T[] };
interface Point {
  id: string;
  value: number | null;
  unit: string | null;
  metric: string | null;
  qualifiers: string[];
  reportedOn: string | null;
  knownFrom: string | null;
  comparisons: { nodes: { comparator: { name: string; range: { low: number; high: number } | null; unit: string | null } }[] };
  sources: Sources;
}
interface Series {
  id: string;
  name: string;
  measure: string;
  subject: string;
  definitionChanged: boolean | null;
  points: Paged<Point>;
}
interface Designation {
  id: string;
  name: string;
  type: string;
  agency: string;
  grantedOn: string | null;
  knownFrom: string | null;
  indication: { name: string } | null;
  sources: Sources;
}
interface Milestone {
  id: string;
  kind: string;
  on: string | null;
  period: string | null;
  status: string | null;
  count: number | null;
  estimated: boolean | null;
  sources: Sources;
}
interface Timeline {
  compound: {
    id: string;
    name: string;
    names: { nodes: { name: string; firstSeen: { on: string | null } | null }[] };
    designations: Paged<Designation>;
    trials: Paged<{ id: string; name: string; milestones: Paged<Milestone> }>;
  };
  readoutSeries: Paged<Series>;
}

/** A mark on the time axis: its date, its label, what to say on hover and where its source is. */
interface Dated {
  date: Date;
  label: string;
  title: string;
  href: string | undefined;
}

const WIDTH = 1040;

/** Given a source's address, tells whether it may be a link: a web address only. */
const linkable = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** Given sources, returns the web address of the first that has one (the mark's link), and how it is named. */
function cite(sources: Sources): { href: string | undefined; text: string } {
  const first = sources.nodes.find(({ source }) => linkable(source.url))?.source ?? sources.nodes[0]?.source;
  const when = first?.publishedOn ?? (first?.publishedNotBefore ? `undated, not before ${first.publishedNotBefore}` : 'undated');
  return { href: first && linkable(first.url) ? first.url : undefined, text: first ? `${first.publisher ?? first.title ?? 'source'} (${when})` : 'no source' };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** Given a series and the time domain, returns its figure: the points with a value over their date, the comparator ranges as bands. */
function seriesFigure(series: Series, domain: [Date, Date]): HTMLElement {
  const figure = document.createElement('section');
  figure.dataset.series = series.id;
  const heading = element('h2', series.name);
  if (series.definitionChanged) heading.append(element('span', 'metric changed between reports', 'changed'));
  figure.append(heading, element('p', series.subject, 'subject'));
  const plotted: (Dated & { value: number; reported: boolean })[] = [];
  const offAxis: string[] = [];
  for (const point of series.points.nodes) {
    const date = point.reportedOn ?? point.knownFrom;
    const source = cite(point.sources);
    const words = [point.metric, ...point.qualifiers].filter(Boolean).join(', ');
    if (point.value === null || date === null) {
      offAxis.push(`${point.value ?? 'no value'}${point.unit ? ` ${point.unit.toLowerCase()}` : ''}: ${words} (${source.text})`);
      continue;
    }
    const when = point.reportedOn ? `reported ${point.reportedOn}` : `report date not given; first published ${point.knownFrom}`;
    plotted.push({ date: day(date), value: point.value, reported: Boolean(point.reportedOn), label: String(point.value), title: `${point.value} ${point.unit?.toLowerCase() ?? ''}: ${words}\n${when}\n${source.text}`, href: source.href });
  }
  const bands = new Map<string, { low: number; high: number; name: string }>();
  for (const point of series.points.nodes) {
    for (const { comparator } of point.comparisons.nodes) {
      if (comparator.range) bands.set(`${comparator.range.low}-${comparator.range.high}`, { ...comparator.range, name: comparator.name });
    }
  }
  const unit = series.points.nodes.find((point) => point.unit)?.unit?.toLowerCase() ?? '';
  const svg = Plot.plot({
    width: WIDTH,
    height: 220,
    marginLeft: 56,
    x: { type: 'utc', domain, label: null },
    y: { label: `${series.measure} (${unit})`, grid: true, zero: true },
    marks: [
      Plot.rectY([...bands.values()], { x1: domain[0], x2: domain[1], y1: 'low', y2: 'high', fill: '#7aa6d8', fillOpacity: 0.18, title: (band) => `comparator: ${band.name}, ${band.low}–${band.high} ${unit}` }),
      Plot.text([...bands.values()], { x: domain[0], y: 'high', text: (band) => `comparator ${band.low}–${band.high}`, textAnchor: 'start', dy: -6, fill: '#3d6a9e' }),
      Plot.line(plotted, { x: 'date', y: 'value', stroke: '#8a94a8', strokeDasharray: '3,3' }),
      Plot.dot(plotted, { x: 'date', y: 'value', r: 6, stroke: '#1f4e8c', strokeWidth: 2, fill: (point) => (point.reported ? '#1f4e8c' : '#fff'), title: 'title', href: 'href', target: '_blank' }),
      Plot.text(plotted, { x: 'date', y: 'value', text: 'label', dy: -14, fontWeight: 'bold', href: 'href', target: '_blank' }),
    ],
  });
  figure.append(svg);
  if (offAxis.length) figure.append(element('p', `Not on the axis: ${offAxis.join('; ')}`, 'off-axis'));
  if (series.points.pageInfo.hasNextPage) figure.append(element('p', `Only the first ${series.points.nodes.length} points are drawn.`, 'off-axis'));
  return figure;
}

/** Given the compound's designations and trials and the time domain, returns the figure of their dates, a lane each. */
function eventsFigure(timeline: Timeline, domain: [Date, Date]): HTMLElement {
  const figure = document.createElement('section');
  figure.dataset.events = 'true';
  figure.append(element('h2', 'Designations and trial milestones'));
  const events: (Dated & { lane: string; exact: boolean })[] = [];
  const offAxis: string[] = [];
  for (const designation of timeline.compound.designations.nodes) {
    const date = designation.grantedOn ?? designation.knownFrom;
    const source = cite(designation.sources);
    const label = `${designation.agency} ${designation.type.toLowerCase().replaceAll('_', ' ')}: ${designation.indication?.name ?? ''}`;
    if (!date) {
      offAxis.push(`${label} (${source.text})`);
      continue;
    }
    const when = designation.grantedOn ? `granted ${designation.grantedOn}` : `grant date not given; first reported ${designation.knownFrom}`;
    events.push({ lane: 'Designations', date: day(date), exact: Boolean(designation.grantedOn), label, title: `${designation.name}\n${when}\n${source.text}`, href: source.href });
  }
  for (const trial of timeline.compound.trials.nodes) {
    for (const milestone of trial.milestones.nodes) {
      const source = cite(milestone.sources);
      const what = [milestone.kind.toLowerCase().replaceAll('_', ' '), milestone.status?.toLowerCase().replaceAll('_', ' '), milestone.count === null ? null : `${milestone.count} participants`, milestone.estimated ? 'estimated' : null]
        .filter(Boolean)
        .join(', ');
      if (!milestone.on) {
        offAxis.push(`${trial.name}: ${what}${milestone.period ? ` (${milestone.period})` : ''} (${source.text})`);
        continue;
      }
      events.push({ lane: trial.name, date: day(milestone.on), exact: !milestone.estimated, label: what, title: `${trial.name}\n${what}, ${milestone.on}\n${source.text}`, href: source.href });
    }
  }
  const lanes = [...new Set(events.map((event) => event.lane))];
  figure.append(
    Plot.plot({
      width: WIDTH,
      height: 60 + 46 * lanes.length,
      marginLeft: 300,
      x: { type: 'utc', domain, label: null, grid: true },
      // A trial's name may be long: its lane shows the beginning, the marks' titles the whole.
      y: { domain: lanes, label: null, tickFormat: (lane: string) => (lane.length > 48 ? `${lane.slice(0, 47)}…` : lane) },
      marks: [
        Plot.dot(events, { x: 'date', y: 'lane', r: 6, stroke: '#7a3e9d', strokeWidth: 2, fill: (event) => (event.exact ? '#7a3e9d' : '#fff'), title: 'title', href: 'href', target: '_blank' }),
        // Labels alternate above and below their lane, so that neighbours on one lane overlap less.
        Plot.text(events.filter((_, index) => index % 2 === 0), { x: 'date', y: 'lane', text: 'label', fontSize: 10, dy: -14, href: 'href', target: '_blank' }),
        Plot.text(events.filter((_, index) => index % 2 === 1), { x: 'date', y: 'lane', text: 'label', fontSize: 10, dy: 16, href: 'href', target: '_blank' }),
      ],
    }),
  );
  if (offAxis.length) figure.append(element('p', `Undated or not to the day: ${offAxis.join('; ')}`, 'off-axis'));
  const cut = [
    timeline.compound.designations.pageInfo.hasNextPage ? `the first ${timeline.compound.designations.nodes.length} designations` : '',
    timeline.compound.trials.pageInfo.hasNextPage ? `the first ${timeline.compound.trials.nodes.length} trials` : '',
    timeline.compound.trials.nodes.some((trial) => trial.milestones.pageInfo.hasNextPage) ? 'the first milestones of some trials' : '',
  ].filter(Boolean);
  if (cut.length) figure.append(element('p', `Only ${cut.join(', ')} are drawn.`, 'off-axis'));
  return figure;
}

/** Given the API's answer, returns the time domain every figure shares: from the first dated mark to the last, padded. */
function domainOf(timeline: Timeline, series: Series[]): [Date, Date] {
  const dates = [
    ...series.flatMap((each) => each.points.nodes.map((point) => point.reportedOn ?? point.knownFrom)),
    ...timeline.compound.designations.nodes.map((designation) => designation.grantedOn ?? designation.knownFrom),
    ...timeline.compound.trials.nodes.flatMap((trial) => trial.milestones.nodes.map((milestone) => milestone.on)),
  ]
    .filter((date): date is string => typeof date === 'string')
    .sort();
  const first = day(dates[0] ?? '2000-01-01');
  const last = day(dates.at(-1) ?? '2000-01-01');
  const pad = Math.max((last.getTime() - first.getTime()) * 0.03, 30 * 86_400_000);
  return [new Date(first.getTime() - pad), new Date(last.getTime() + pad)];
}

function render(root: HTMLElement, timeline: Timeline): void {
  // The series of this compound: those with a point its trials (or their cohorts) reported.
  const series = [...timeline.readoutSeries.nodes];
  // In the order they begin, then by name.
  const start = (each: Series) => each.points.nodes.map((point) => point.reportedOn ?? point.knownFrom ?? '9999').sort()[0] ?? '9999';
  series.sort((left, right) => start(left).localeCompare(start(right)) || left.name.localeCompare(right.name));
  const domain = domainOf(timeline, series);
  const names = timeline.compound.names.nodes.map((name) => `${name.name}${name.firstSeen?.on ? ` (from ${name.firstSeen.on})` : ''}`);
  root.replaceChildren(
    element('h1', `${timeline.compound.name}: the program over time`),
    element('p', names.length ? `Also known as ${names.join(', ')}.` : '', 'names'),
    element('p', 'Filled marks have a report or grant date; hollow ones only the date a source first gave them. Each mark links to its source.', 'note'),
    ...series.map((each) => seriesFigure(each, domain)),
    ...(timeline.readoutSeries.pageInfo.hasNextPage ? [element('p', `Only the first ${series.length} series are drawn.`, 'off-axis')] : []),
    eventsFigure(timeline, domain),
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('timeline') as HTMLElement;
  const graphqlPath = document.querySelector<HTMLMetaElement>('meta[name="graphql-path"]')?.content ?? '/graphql';
  const id = decodeURIComponent(location.pathname.split('/')[2] ?? '');
  try {
    const response = await fetch(graphqlPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { id }, operationName: 'CompoundTimeline' }),
    });
    const body = (await response.json()) as { data?: Timeline | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) {
      root.replaceChildren(...(body.errors ?? [{ message: `The API answered ${response.status}.` }]).map((error) => element('p', `${error.extensions?.code ?? 'ERROR'}: ${error.message}`, 'error')));
      return;
    }
    render(root, body.data);
  } catch (error) {
    root.replaceChildren(element('p', `The timeline could not be loaded: ${(error as Error).message}`, 'error'));
  } finally {
    root.removeAttribute('aria-busy');
  }
}

void main();
