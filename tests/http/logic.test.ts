import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { snapshot } from '../support/engines.js';
import { dataOf, graphql, startTestServer } from '../support/server.js';

describe('filters combined with AND, OR and NOT', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);

  it('OR: median OS above 20 or below 12 months answers 26.2 and 10', async () => {
    const { readouts } = await data(`{ readouts(where: { endpoint: { eq: MEDIAN_OVERALL_SURVIVAL }, OR: [{ value: { gt: 20 } }, { value: { lt: 12 } }] }, orderBy: { field: VALUE, direction: DESC }) {
      totalCount nodes { name value unit } } }`);
    expect(readouts).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'Cohort 1 median overall survival', value: 26.2, unit: 'MONTHS' },
        { name: 'Cohort 3 median overall survival', value: 10, unit: 'MONTHS' },
      ],
    });
  });

  it('NOT: readouts not above 11.9 include those without a value (a missing value does not hold the comparison)', async () => {
    const { readouts } = await data('{ readouts(where: { NOT: { value: { gt: 11.9 } } }) { totalCount nodes { name value } } }');
    expect(readouts.totalCount).toBe(4);
    expect(readouts.nodes.map((readout: { name: string }) => readout.name)).toEqual([
      'Cohort 3 median overall survival',
      'Cohort 3 partial response',
      'Historic survival with standard chemotherapy in relapsed or refractory multiple myeloma',
      'Median overall survival of the three most recently FDA-approved third-line multiple myeloma therapies',
    ]);
  });

  it('AND: cohorts dosed from 12.5 up to (not including) 25 mCi/m² are cohorts 1 and 2', async () => {
    const { cohorts } = await data(`{ cohorts(where: { AND: [{ dose: { value: { gte: 12.5 }, unit: "mCi/m²" } }, { dose: { value: { lt: 25 }, unit: "mCi/m²" } }] }, orderBy: { field: ORDINAL }) {
      nodes { name dose { value unit } } } }`);
    expect(cohorts.nodes).toEqual([
      { name: 'Cohort 1', dose: { value: 12.5, unit: 'mCi/m²' } },
      { name: 'Cohort 2', dose: { value: 18.75, unit: 'mCi/m²' } },
    ]);
  });

  it('combines with the other fields and nests: groupings not named B-cell..., trials in Phase 1 or completed, companies without an x', async () => {
    const answer = await data(`{
      indications(where: { kind: { eq: GROUPING }, NOT: { name: { startsWith: "B-cell" } } }) { nodes { id } }
      trials(where: { OR: [{ phase: { eq: PHASE_1 } }, { status: { eq: COMPLETED } }] }) { nodes { id } }
      companies(where: { OR: [{ NOT: { name: { contains: "x" } } }, { AND: [{ id: { eq: "nobody" } }] }] }) { nodes { id } }
    }`);
    expect(answer).toEqual({
      indications: { nodes: [{ id: 'hematologic-malignancy' }] },
      trials: { nodes: [{ id: 'clr-131-phase-1-rr-multiple-myeloma' }] },
      companies: { nodes: [{ id: 'cellectar-biosciences' }] },
    });
  });

  it('reads an empty OR and NOT {} as matching nothing, an empty AND as no condition', async () => {
    const answer = await data('{ none: platforms(where: { OR: [] }) { totalCount } never: platforms(where: { NOT: {} }) { totalCount } all: platforms(where: { AND: [] }) { totalCount } }');
    expect(answer).toEqual({ none: { totalCount: 0 }, never: { totalCount: 0 }, all: { totalCount: 2 } });
  });

  it('names the nested argument of a bad filter', async () => {
    const { body } = await graphql(app.url, '{ cohorts(where: { OR: [{ name: { eq: "Cohort 1" } }, { dose: { value: { gt: 1 } } }] }) { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'A dose value is compared within one unit: give where.OR[1].dose.unit too, e.g. "mCi/m²".',
      extensions: { code: 'BAD_USER_INPUT', argument: 'where.OR[1].dose.unit' },
    });
    const infinite = await graphql(app.url, '{ readouts(where: { NOT: { value: { gt: 1e400 } } }) { totalCount } }');
    expect(infinite.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.NOT.value.gt' });
  });

  it('refuses filters nested past 5 levels or holding more than 50 filters, even through a variable, before any statement', async () => {
    const statements: string[] = [];
    const stop = app.executor.observe((event) => statements.push(event.name));
    let deep: Record<string, unknown> = { name: { eq: 'PDC' } };
    for (let level = 0; level < 1000; level += 1) deep = { NOT: deep };
    const tooDeep = await graphql(app.url, 'query($where: PlatformWhere) { platforms(where: $where) { totalCount } }', { where: deep });
    expect(tooDeep.body.errors?.[0]).toMatchObject({
      message: 'where.NOT.NOT.NOT.NOT.NOT.NOT nests AND, OR and NOT more than 5 levels deep.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'where.NOT.NOT.NOT.NOT.NOT.NOT' },
    });
    const wide = { OR: Array.from({ length: 51 }, (_, index) => ({ name: { eq: `p${index}` } })) };
    const tooWide = await graphql(app.url, 'query($where: PlatformWhere) { platforms(where: $where) { totalCount } }', { where: wide });
    expect(tooWide.body.errors?.[0]).toMatchObject({ message: 'where holds more than 50 filters in AND, OR, NOT and relation filters.', extensions: { code: 'BAD_USER_INPUT', argument: 'where.OR[49]' } });
    stop();
    expect(statements).toEqual([]);
  });

  it('filters by related nodes with some, none and every, down from a company to its readouts', async () => {
    const answer = await data(`{
      inPhase2: compounds(where: { trials: { some: { phase: { eq: PHASE_2 } } } }) { nodes { id } }
      noneOngoing: compounds(where: { trials: { none: { status: { eq: ONGOING } } } }) { totalCount }
      dosedAbove15: trials(where: { cohorts: { some: { dose: { value: { gt: 15 }, unit: "mCi/m²" } } } }) { nodes { id } }
      everyCohortWithOs: trials(where: { cohorts: { every: { readouts: { some: { endpoint: { eq: MEDIAN_OVERALL_SURVIVAL } } } } } }) { totalCount }
      everyCohortAbove20: trials(where: { cohorts: { every: { readouts: { some: { value: { gt: 20 } } } } }, phase: { eq: PHASE_1 } }) { totalCount }
      allFda: compounds(where: { designations: { every: { agency: { eq: FDA } } } }) { nodes { id } }
      notAllEma: compounds(where: { NOT: { designations: { every: { agency: { eq: EMA } } } } }) { nodes { id } }
      above26: companies(where: { compounds: { some: { trials: { some: { cohorts: { some: { readouts: { some: { value: { gt: 26 } } } } } } } } } }) { nodes { id } }
      above27: companies(where: { compounds: { some: { trials: { some: { cohorts: { some: { readouts: { some: { value: { gt: 27 } } } } } } } } } }) { totalCount }
    }`);
    expect(answer).toEqual({
      inPhase2: { nodes: [{ id: 'clr-131' }] },
      noneOngoing: { totalCount: 0 },
      dosedAbove15: { nodes: [{ id: 'clr-131-phase-1-rr-multiple-myeloma' }] },
      // The Phase 2 trial has no cohort: every one of none holds.
      everyCohortWithOs: { totalCount: 2 },
      everyCohortAbove20: { totalCount: 0 },
      allFda: { nodes: [{ id: 'clr-131' }] },
      notAllEma: { nodes: [{ id: 'clr-131' }] },
      above26: { nodes: [{ id: 'cellectar-biosciences' }] },
      above27: { totalCount: 0 },
    });
  });

  it('holds every only when each related node matches, a missing value failing, and NOT of a relationship condition as its false', async () => {
    const answer = await data(`{
      allAbove10: trials(where: { cohorts: { every: { dose: { value: { gt: 10 }, unit: "mCi/m²" } } } }) { nodes { id } }
      allAbove15: trials(where: { cohorts: { every: { dose: { value: { gt: 15 }, unit: "mCi/m²" } } } }) { nodes { id } }
      everyValueAbove5: cohorts(where: { readouts: { every: { value: { gt: 5 } } } }, orderBy: { field: ORDINAL }) { nodes { name } }
      notAbove: readouts(where: { NOT: { aboveComparatorRange: true } }) { totalCount }
      notAboveFalse: readouts(where: { aboveComparatorRange: false }) { totalCount }
      above: readouts(where: { aboveComparatorRange: true }) { nodes { value } }
    }`);
    expect(answer).toEqual({
      allAbove10: { nodes: [{ id: 'clr-131-phase-1-rr-multiple-myeloma' }, { id: 'clr-131-phase-2-b-cell-malignancies' }] },
      // Cohort 1 got 12.5 mCi/m²; the Phase 2 trial has no cohort, so every one of none holds.
      allAbove15: { nodes: [{ id: 'clr-131-phase-2-b-cell-malignancies' }] },
      // Cohort 3 reported a partial response without a value: it does not hold `gt: 5`.
      everyValueAbove5: { nodes: [{ name: 'Cohort 1' }, { name: 'Cohort 2' }] },
      notAbove: { totalCount: 5 },
      notAboveFalse: { totalCount: 5 },
      above: { nodes: [{ value: 26.2 }] },
    });
  });

  it('nests relationship conditions that walk subtypes or compare values inside relation filters', async () => {
    const answer = await data(`{
      inBCell: compounds(where: { trials: { some: { indication: { name: "B-cell malignancy" } } } }) { nodes { id } }
      inLymphomaOnly: compounds(where: { trials: { every: { indication: { name: "B-cell lymphoma" } } } }) { totalCount }
      aboveComparator: cohorts(where: { readouts: { some: { aboveComparatorRange: true } } }) { nodes { name } }
    }`);
    expect(answer).toEqual({
      inBCell: { nodes: [{ id: 'clr-131' }] },
      // The Phase 1 trial studies multiple myeloma, not a lymphoma.
      inLymphomaOnly: { totalCount: 0 },
      aboveComparator: { nodes: [{ name: 'Cohort 1' }] },
    });
  });

  it('counts the filters of relation filters in the same budget, and names their path', async () => {
    const wide = { compounds: { some: { OR: Array.from({ length: 50 }, (_, index) => ({ name: { eq: `c${index}` } })) } } };
    const { body } = await graphql(app.url, 'query($where: CompanyWhere) { companies(where: $where) { totalCount } }', { where: wide });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.compounds.some.OR[48]' });
    const bad = await graphql(app.url, '{ trials(where: { cohorts: { some: { dose: { value: { gt: 1 } } } } }) { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.cohorts.some.dose.unit' });
  });

  it('takes values in nested filters as parameters, changing nothing', async () => {
    const before = await snapshot(app.executor);
    const { companies } = await data('query($name: String!) { companies(where: { OR: [{ name: { eq: $name } }, { NOT: { name: { contains: $name } } }] }) { totalCount } }', {
      name: "') DETACH DELETE n RETURN 1 //",
    });
    expect(companies.totalCount).toBe(1);
    expect(await snapshot(app.executor)).toEqual(before);
  });

  it('answers the headline question through the developer and the trials, sorted by stage, on the seed', async () => {
    const { programs } = await data(`{ programs(
        where: { companies: { some: { name: { contains: "cellectar" } } }, designation: { type: ORPHAN_DRUG }, indication: { name: "B-cell malignancy" },
                 trials: { some: { phase: { eq: PHASE_2 } } } },
        orderBy: { field: STAGE, direction: DESC }) {
      totalCount nodes { id stage compound { name } indication { name } } } }`);
    expect(programs).toEqual({ totalCount: 1, nodes: [{ id: 'clr-131@multiple-myeloma', stage: 'PHASE_2', compound: { name: 'CLR 131' }, indication: { name: 'Multiple myeloma' } }] });
    const { none } = await data('{ none: programs(where: { OR: [{ companies: { none: {} } }, { NOT: { trials: { some: {} } } }] }) { totalCount } }');
    expect(none.totalCount).toBe(0);
  });

  it('filters list properties by any of their values, and by having none', async () => {
    const { companies, compounds, indications, trials } = await data(`{
      companies(where: { aliases: { contains: "cellecstar" } }) { nodes { name } }
      compounds(where: { codeNames: { eq: "clr 131" } }) { nodes { name } }
      indications(where: { synonyms: { in: ["mm", "b cell lymphoma"] } }) { nodes { name } }
      trials(where: { registryIds: { isNull: true } }) { totalCount }
    }`);
    expect(companies.nodes).toEqual([{ name: 'Cellectar Biosciences, Inc.' }]);
    expect(compounds.nodes).toEqual([{ name: 'CLR 131' }]);
    expect(indications.nodes).toEqual([{ name: 'B-cell lymphoma' }, { name: 'Multiple myeloma' }]);
    // Both trials of the release give no registry id: stored as empty lists, which count as none.
    expect(trials.totalCount).toBe(2);
    const { none } = await data('{ none: trials(where: { registryIds: { isNull: false } }) { totalCount } }');
    expect(none.totalCount).toBe(0);
  });

  it('takes values in program filters as parameters, changing nothing', async () => {
    const before = await snapshot(app.executor);
    const { programs } = await data('query($name: String!) { programs(where: { OR: [{ companies: { some: { name: { eq: $name } } } }, { NOT: { trials: { some: { name: { contains: $name } } } } }] }) { totalCount } }', {
      name: "') DETACH DELETE n RETURN 1 //",
    });
    // No trial has that name, so no program has such a trial: all four programs of the release match the NOT.
    expect(programs.totalCount).toBe(4);
    expect(await snapshot(app.executor)).toEqual(before);
  });

  it('follows every relation that reaches many nodes with some, none and every, each from its one definition', async () => {
    const found = await data(`{
      owners: companies(where: { platforms: { some: { abbreviation: { eq: "PDC" } } } }) { nodes { name } }
      developed: compounds(where: { developers: { some: { ticker: { eq: "clrb" } } }, platforms: { some: { carriers: { some: { abbreviation: { eq: "PLE" } } } } } }) { nodes { name } }
      above: indications(where: { descendants: { some: { name: { eq: "Multiple myeloma" } } } }) { nodes { name } }
      carrier: platforms(where: { carrierOf: { some: {} }, compounds: { none: {} } }) { nodes { abbreviation } }
      mechanisms: platforms(where: { claims: { every: { kind: { in: [MECHANISM] } } } }) { nodes { abbreviation } }
      sponsored: trials(where: { sponsors: { every: { name: { contains: "cellectar" } } }, claims: { some: { kind: { eq: INTERPRETATION } } } }) { nodes { name } }
      measured: readouts(where: { indications: { none: {} } }) { totalCount }
    }`);
    expect(found.owners.nodes).toEqual([{ name: 'Cellectar Biosciences, Inc.' }]);
    expect(found.developed.nodes).toEqual([{ name: 'CLR 131' }]);
    expect(found.above.nodes).toEqual([{ name: 'B-cell malignancy' }, { name: 'Hematologic malignancy' }]);
    // The PLE carrier: used by the PDC platform, no compound built on it, and its one claim a mechanism.
    expect(found.carrier.nodes).toEqual([{ abbreviation: 'PLE' }]);
    expect(found.mechanisms.nodes).toEqual([{ abbreviation: 'PLE' }]);
    expect(found.sponsored.nodes).toEqual([{ name: 'CLR 131 Phase 1 study in relapsed or refractory multiple myeloma' }]);
    expect(found.measured.totalCount).toBe(0);
  });

  it('takes `in` on dates', async () => {
    const { sources } = await data('{ sources(where: { publishedOn: { in: ["2016-01-01", "2017-11-07"] } }) { nodes { publishedOn } } }');
    expect(sources.nodes).toEqual([{ publishedOn: '2017-11-07' }]);
    const { none } = await data('{ none: sources(where: { publishedOn: { in: [] } }) { totalCount } }');
    expect(none.totalCount).toBe(0);
  });
});
