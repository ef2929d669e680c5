import { decodeCursor, encodeCursor, type Page, pageFrom, pageSize } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { parseXref, XREF_PROPERTIES } from '../../graphql/ontology.js';
import { countPrograms, ENUMS, listPrograms, type ProgramConditions, programsAnchored, type Row } from '../../store/index.js';
import { BY_NAME, cursorOf, type Entity, type GraphReader, keysetOf, type PageArguments, toEntity } from '../shared/graph-reader.js';
import type { ProgramRecord } from './program.type.js';

/** The filters of a program list, in domain terms. */
export interface ProgramFilter {
  compoundIds?: string[];
  indication?: { id?: string | undefined; name?: string | undefined; xref?: string | undefined; includeSubtypes: boolean };
  designationTypes?: string[];
  designationAgencies?: string[];
  /** The stages a program may be at (a filter's stage conditions, resolved: `stagesOf`); any stage when absent. */
  stages?: string[];
}

/** The Cypher files the program service runs (the program list and count are written by the query builder). */
export const PROGRAM_STATEMENTS = [
  'program/list-indications-by-match',
  'program/list-compounds-by-designation',
  'program/list-compounds-by-designation-and-indication',
  'program/list-program-counts',
  'program/list-programs-by-compound',
  'program/count-programs-by-compound',
  'program/find-programs-by-id',
  'program/list-trials-by-program',
  'program/count-trials-by-program',
  'program/list-designations-by-program',
  'program/count-designations-by-program',
  'program/list-sources-by-program',
  'program/count-sources-by-program',
] as const;

/** The fewest programs a bucket holds after a split (ingest/programs.ts); deletions may leave fewer. */
const BUCKET_LEAST = 43;
/** Programs at a list's stages up to which they are found from the stage index and sorted rather than walked. */
const STAGE_SORT_LIMIT = 2000;

/** A program's citation: a source and every locator its trials and designations give in it. */
export interface ProgramCitation {
  source: Entity;
  locators: string[];
}

function toProgram(row: Row): ProgramRecord {
  return {
    __typename: 'Program',
    id: row.id as string,
    stage: row.stage as string,
    compound: toEntity('Compound', row.compound),
    indication: toEntity('Indication', row.indication),
  };
}

/** Given a `list-sources-by-program` row, returns its citation: the locator lists of the facts citing the source, merged in order. */
function toProgramCitation(row: Row): ProgramCitation {
  const locators = [...new Set((row.locators as (string[] | null)[]).flatMap((list) => list ?? []))];
  return { source: toEntity('Source', row.node), locators };
}

/** Given a cursor of a compound's program list, returns the indication id it ends at, or refuses a cursor of another list. */
function indicationAfter(after: string | null | undefined): string | null {
  if (!after) return null;
  const [list, indicationId] = decodeCursor(after, 2);
  if (list !== 'indication' || typeof indicationId !== 'string') throw new BadUserInputError('after is not a cursor of a compound’s programs.', 'after');
  return indicationId;
}

/** Given a filter's designation conditions, returns the `AGENCY:TYPE` keys of which one must cover a program, or undefined. */
function designationKeysOf(filter: ProgramFilter): string[] | undefined {
  if (!filter.designationTypes && !filter.designationAgencies) return undefined;
  const agencies = filter.designationAgencies ?? ENUMS.Agency;
  const types = filter.designationTypes ?? ENUMS.DesignationType;
  return agencies.flatMap((agency) => types.map((type) => `${agency}:${type}`));
}

/** Answers questions about programs (compound × indication) for one request; nested lists are batched across the request. */
export class ProgramService {
  /** Programs per stage, read at most once per request. */
  private stageCounts: Promise<Map<string, number>> | undefined;

  constructor(private readonly graph: GraphReader) {}

  /**
   * Given a filter, paging arguments, whether the total is wanted and what to do when the indication match names no
   * indication, returns a page of stored programs sorted by id; a wanted total is counted beside the page, at the same
   * time. An indication match is resolved to indication ids once, and a match of none answers without reading programs.
   */
  async list(filter: ProgramFilter, first: number | null | undefined, after: string | null | undefined, withTotal = false, onNoIndication?: () => Promise<void>): Promise<Page<ProgramRecord>> {
    const limit = pageSize(first);
    const afterId = after ? decodeCursor(after, 1)[0] : undefined;
    if (after && typeof afterId !== 'string') throw new BadUserInputError('after is not a cursor of the program list.', 'after');
    const where = await this.conditions(filter, onNoIndication);
    const cursor = (program: ProgramRecord) => encodeCursor([program.id]);
    if (!where) return pageFrom([], limit, Boolean(after), cursor, async () => 0);
    const count = async () => (programsAnchored(where) ? Number((await this.graph.executor.read(countPrograms({ where })))[0]?.totalCount ?? 0) : (await this.byStage(where.stages)).matching);
    const total = withTotal ? count() : undefined;
    // A failed page leaves a total nobody awaits; its error is the page's.
    total?.catch(() => undefined);
    const rows = await this.page(where, afterId as string | undefined, limit + 1);
    return pageFrom(rows.map(toProgram), limit, Boolean(after), cursor, () => total ?? count());
  }

  /**
   * Given conditions, the id a page starts after and how many rows to read, returns the rows. Conditions naming
   * compounds or indications are found from those ids. A list by stage alone (or of every program) reads the
   * per-stage counts first: stages that few programs are at (at most 2,000) are found from the stage index and
   * sorted; otherwise the statement walks the program buckets in id order, as many as the stages' share of all
   * programs says a page needs, and more (8 times as many, then all) if deletions left buckets short: at most 3
   * walks.
   */
  private async page(where: ProgramConditions, after: string | undefined, rows: number): Promise<Row[]> {
    const read = (options: { buckets?: number | 'all'; byStage?: boolean }) => this.graph.executor.read(listPrograms({ where, after, limit: rows, ...options }));
    if (programsAnchored(where)) return read({});
    const { matching, total } = await this.byStage(where.stages);
    if (matching === 0) return [];
    if (where.stages && matching <= STAGE_SORT_LIMIT) return read({ byStage: true });
    const first = Math.ceil((rows * total) / matching / BUCKET_LEAST) + 1;
    for (const buckets of [first, first * 8]) {
      const found = await read({ buckets });
      if (found.length >= rows || (found.length > 0 && Number(found[0]?.walked) < buckets)) return found;
    }
    return read({ buckets: 'all' });
  }

  /** Given stages (or none: every stage), returns how many programs are at them and how many there are, from the counts the store keeps; read once per request. */
  private async byStage(stages: readonly string[] | undefined): Promise<{ matching: number; total: number }> {
    this.stageCounts ??= this.graph.read('program/list-program-counts', {}).then((rows) => new Map(rows.map((row) => [row.stage as string, Number(row.programs)])));
    const counts = await this.stageCounts;
    const sum = (list: Iterable<string>) => [...list].reduce((total, stage) => total + (counts.get(stage) ?? 0), 0);
    return { matching: sum(stages ?? counts.keys()), total: sum(counts.keys()) };
  }

  /**
   * Given a filter, returns its conditions on stored programs, or null when no program can match. An indication match
   * becomes the ids of the indications it covers; a designation match then becomes the ids of the compounds holding
   * such a designation for one of those indications or one above any of them (the only designations that can cover
   * their programs), each resolved once, so that both the list and the count start from indexed ids.
   */
  private async conditions(filter: ProgramFilter, onNoIndication?: () => Promise<void>): Promise<ProgramConditions | null> {
    const indication = filter.indication;
    if (indication && !indication.id && !indication.name && !indication.xref) {
      throw new BadUserInputError('An indication match needs an id, a name or an xref.', 'indication');
    }
    const xref = indication?.xref ? parseXref(indication.xref, 'indication.xref') : undefined;
    const xrefs = Object.fromEntries(XREF_PROPERTIES.map((property) => [property, xref?.property === property ? xref.value : null]));
    const designations = designationKeysOf(filter);
    const [matched] = indication
      ? await this.graph.read('program/list-indications-by-match', { id: indication.id ?? null, name: indication.name?.toLowerCase() ?? null, ...xrefs, includeSubtypes: indication.includeSubtypes })
      : [];
    // Each id once: the list starts from every id it is given.
    const indicationIds = indication ? [...new Set((matched?.ids as string[] | undefined) ?? [])] : undefined;
    if (indicationIds?.length === 0) {
      await onNoIndication?.();
      return null;
    }
    const [holders] = !designations
      ? []
      : indication
        ? await this.graph.read('program/list-compounds-by-designation-and-indication', {
            types: filter.designationTypes ?? ENUMS.DesignationType,
            agencies: filter.designationAgencies ?? ENUMS.Agency,
            indicationIds: [...new Set((matched?.coveringIds as string[] | undefined) ?? [])],
          })
        : await this.graph.read('program/list-compounds-by-designation', { types: filter.designationTypes ?? null, agencies: filter.designationAgencies ?? null });
    const designated = designations ? ((holders?.ids as string[] | undefined) ?? []) : undefined;
    const wanted = filter.compoundIds && new Set(filter.compoundIds);
    const compoundIds = designated && wanted ? designated.filter((id) => wanted.has(id)) : (designated ?? (wanted && [...wanted]));
    const stages = filter.stages;
    if (compoundIds?.length === 0 || stages?.length === 0) return null;
    return { compoundIds, indicationIds, stages: stages && [...new Set(stages)], designations };
  }

  /** Given a compound id and paging arguments, returns that page of its programs, sorted by indication id. */
  async ofCompound(compoundId: string, page: PageArguments): Promise<Page<ProgramRecord>> {
    const limit = pageSize(page.first);
    const after = indicationAfter(page.after);
    const rows = await this.graph.keyedPage('program/list-programs-by-compound', compoundId, limit, after);
    return pageFrom(
      rows.map(toProgram),
      limit,
      Boolean(page.after),
      (program) => encodeCursor(['indication', program.indication.id]),
      () => this.graph.keyedCount('program/count-programs-by-compound', compoundId),
    );
  }

  /** Given a program id (`compound-id@indication-id`), returns the program, or null when there is none. */
  async find(id: string): Promise<ProgramRecord | null> {
    const [compoundId, indicationId, ...rest] = id.split('@');
    if (!compoundId || !indicationId || rest.length) return null;
    const [row] = await this.graph.keyed('program/find-programs-by-id', id);
    return row ? toProgram(row) : null;
  }

  /** Given a program and paging arguments, returns that page of the trials evaluating its compound in its indication or a subtype, by name. */
  trials(program: ProgramRecord, page: PageArguments): Promise<Page<Entity>> {
    return this.factPage('trials', program, page, (row) => toEntity('Trial', row.node), (trial) => trial);
  }

  /** Given a program and paging arguments, returns that page of the compound's designations for its indication or a broader one, by name. */
  designations(program: ProgramRecord, page: PageArguments): Promise<Page<Entity>> {
    return this.factPage('designations', program, page, (row) => toEntity('Designation', row.node), (designation) => designation);
  }

  /** Given a program and paging arguments, returns that page of the citations of its trials and designations, one per source with every locator, by source name. */
  citations(program: ProgramRecord, page: PageArguments): Promise<Page<ProgramCitation>> {
    return this.factPage('sources', program, page, toProgramCitation, (citation) => citation.source);
  }

  /**
   * Given what to list about a program (`list-<what>-by-program`), the program, paging arguments, a row mapping and
   * the node an item is sorted by, returns the page, by that node's name.
   */
  private async factPage<T>(
    what: 'trials' | 'designations' | 'sources',
    program: ProgramRecord,
    page: PageArguments,
    toItem: (row: Row) => T,
    sortedBy: (item: T) => Entity,
  ): Promise<Page<T>> {
    const limit = pageSize(page.first);
    const rows = await this.graph.keyedPage(`program/list-${what}-by-program`, program.id, limit, keysetOf(page.after, BY_NAME));
    return pageFrom(
      rows.map(toItem),
      limit,
      Boolean(page.after),
      (item) => cursorOf(BY_NAME, sortedBy(item)),
      () => this.graph.keyedCount(`program/count-${what}-by-program`, program.id),
    );
  }
}
