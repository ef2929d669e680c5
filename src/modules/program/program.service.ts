import { decodeCursor, encodeCursor, type Page, pageFrom, pageSize } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import type { IndicationMatch } from '../../graphql/filters.js';
import { parseXref, XREF_PROPERTIES } from '../../graphql/ontology.js';
import {
  countPrograms,
  listPrograms,
  listProgramsAsOf,
  listSortedPrograms,
  programIdsOfTrials,
  type ProgramConditions,
  type ProgramOrdering,
  type ProgramPredicate,
  programsAnchored,
  RELATION_FIELDS,
  relatedIds,
  type Row,
  STAGES,
} from '../../store/index.js';
import { BY_NAME, cursorOf, type Entity, type GraphReader, keysetOf, type PageArguments, toEntity } from '../shared/graph-reader.js';
import type { ProgramTerm } from './program.input.js';
import type { ProgramRecord } from './program.type.js';

/** Sorted by id, ascending: the order of the stored buckets, which a page walks rather than sorts. */
export const BY_ID: ProgramOrdering = { field: 'ID', direction: 'ASC' };

/** What a request's filter calls when an indication name in it matches no indication: given the name and the argument's path. */
export type OnNoIndication = (name: string, argument: string) => void;

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

/**
 * Given a stored program (or a row with its history: `historySince`, `historyStages`, `historyDesignations`) and the
 * date the request reads as of (if any), returns its history up to then, as the API gives it.
 */
function historyOf(program: Record<string, unknown>, asOf?: string): ProgramRecord['history'] {
  const since = (program.historySince as string[] | null | undefined) ?? [];
  const stages = (program.historyStages as string[] | null | undefined) ?? [];
  const designations = (program.historyDesignations as string[] | null | undefined) ?? [];
  const steps = since.map((date, index) => ({ since: date, stage: stages[index] as string, designations: (designations[index] ?? '').split(' ').filter(Boolean) }));
  return asOf === undefined ? steps : steps.filter((step) => step.since <= asOf);
}

/** Given a stored program and a date, returns its stage and designations as of that date (its last step by then), or undefined when it was not known yet. */
function programAsOf(program: Record<string, unknown>, asOf: string): { stage: string; designations: string[] } | undefined {
  return historyOf(program, asOf).at(-1);
}

/** Given a program row and the date the request reads as of (if any), returns the program, with its stage as of then. */
function toProgram(row: Row, asOf?: string): ProgramRecord {
  return {
    __typename: 'Program',
    id: row.id as string,
    stage: (asOf !== undefined ? programAsOf(row, asOf)?.stage : undefined) ?? (row.stage as string),
    compound: toEntity('Compound', row.compound),
    indication: toEntity('Indication', row.indication),
    history: historyOf(row, asOf),
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

/** Given program predicates, returns them with every nested `and` spread out: the conditions that must all hold. */
function conjuncts(predicates: ProgramPredicate[]): ProgramPredicate[] {
  return predicates.flatMap((predicate) => ('and' in predicate ? conjuncts(predicate.and) : [predicate]));
}

/** Given a program predicate, tells whether it holds for every program (an empty AND, and what combines such). */
function always(predicate: ProgramPredicate): boolean {
  if ('and' in predicate) return predicate.and.every(always);
  if ('or' in predicate) return predicate.or.some(always);
  return 'not' in predicate && never(predicate.not);
}

/** Given a program predicate, tells whether it holds for no program (an empty OR, a NOT of what always holds, a comparison with no value). */
function never(predicate: ProgramPredicate): boolean {
  if ('and' in predicate) return predicate.and.some(never);
  if ('or' in predicate) return predicate.or.every(never);
  if ('not' in predicate) return always(predicate.not);
  return 'property' in predicate && predicate.oneOf.length === 0;
}

/** Given a program predicate and a program's facts as of some date, tells whether the program meets it. */
function holds(predicate: ProgramPredicate, program: { id: string; compoundId: string; indicationId: string; stage: string; designations: readonly string[] }): boolean {
  if ('and' in predicate) return predicate.and.every((part) => holds(part, program));
  if ('or' in predicate) return predicate.or.some((part) => holds(part, program));
  if ('not' in predicate) return !holds(predicate.not, program);
  if ('designations' in predicate) return predicate.designations.some((key) => program.designations.includes(key));
  return oneOf(predicate.oneOf).has(program[predicate.property]);
}

/** The values of each comparison as a set, made once per list of values (a company filter may give thousands of ids). */
const valueSets = new WeakMap<readonly string[], Set<string>>();

/** Given a comparison's values, returns them as a set. */
function oneOf(values: readonly string[]): Set<string> {
  let set = valueSets.get(values);
  if (!set) valueSets.set(values, (set = new Set(values)));
  return set;
}

/** The conditions field an anchoring comparison of stored programs fills. */
const ANCHOR_FIELDS = { compoundId: 'compoundIds', id: 'programIds', indicationId: 'indicationIds', stage: 'stages' } as const;

/** Answers questions about programs (compound × indication) for one request; nested lists are batched across the request. */
export class ProgramService {
  /** Programs per stage, read at most once per request. */
  private stageCounts: Promise<Map<string, number>> | undefined;

  constructor(private readonly graph: GraphReader) {}

  /**
   * Given a filter's term, an ordering, paging arguments, whether the total is wanted and what to do when an indication
   * name names no indication, returns a page of stored programs; a wanted total is counted beside the page, at the
   * same time. What the term looks up is resolved to ids once, and a condition that no program can meet answers
   * without reading programs.
   */
  async list(
    term: ProgramTerm | undefined,
    orderBy: ProgramOrdering,
    first: number | null | undefined,
    after: string | null | undefined,
    withTotal = false,
    onNoIndication?: OnNoIndication,
  ): Promise<Page<ProgramRecord>> {
    const limit = pageSize(first);
    const byId = orderBy.field === BY_ID.field && orderBy.direction === BY_ID.direction;
    const keyset = after ? this.keysetOf(after, orderBy, byId) : undefined;
    if (this.graph.asOf !== undefined) return this.listAsOf(this.graph.asOf, term, orderBy, limit, keyset, Boolean(after), onNoIndication);
    const where = await this.conditions(term, onNoIndication);
    const cursor = (program: ProgramRecord & { key?: unknown }) => encodeCursor(byId ? [program.id] : [orderBy.field, orderBy.direction, program.key ?? null, program.id]);
    if (!where) return pageFrom([], limit, Boolean(after), cursor, async () => 0);
    const counted = programsAnchored(where) || where.also !== undefined;
    const count = async () => (counted ? Number((await this.graph.executor.read(countPrograms({ where })))[0]?.totalCount ?? 0) : (await this.byStage(where.stages)).matching);
    const total = withTotal ? count() : undefined;
    // A failed page leaves a total nobody awaits; its error is the page's.
    total?.catch(() => undefined);
    // A walk of the buckets suits what the stage counts can size; an OR or NOT on programs found from no ids may
    // keep few of them, and then one statement sorting what matches costs less than walking every bucket thrice.
    const walk = byId && (programsAnchored(where) || where.also === undefined);
    const rows = walk ? await this.page(where, keyset?.id, limit + 1) : await this.graph.executor.read(listSortedPrograms({ where, orderBy, after: keyset, limit: limit + 1 }));
    return pageFrom(
      rows.map((row) => ({ ...toProgram(row), key: row.key })),
      limit,
      Boolean(after),
      cursor,
      () => total ?? count(),
    );
  }

  /**
   * Given the date the request reads as of, a filter's term, an ordering, a page size, where the page starts and
   * whether a cursor was given, returns a page of the programs as of that date: those known by then (from the ids the
   * filter anchors on, or every one), each with the stage and designations its dated facts gave it then; the filter
   * and the order are applied to those, here. Its total is the number that match.
   */
  private async listAsOf(
    asOf: string,
    term: ProgramTerm | undefined,
    orderBy: ProgramOrdering,
    limit: number,
    keyset: { value: unknown; id: string } | undefined,
    paged: boolean,
    onNoIndication?: OnNoIndication,
  ): Promise<Page<ProgramRecord>> {
    const covering = new Map<ProgramPredicate, string[]>();
    const predicate = term ? await this.resolve(term, covering, onNoIndication) : undefined;
    const byId = orderBy.field === BY_ID.field && orderBy.direction === BY_ID.direction;
    const cursor = (program: ProgramRecord & { key: string | number | null }) => encodeCursor(byId ? [program.id] : [orderBy.field, orderBy.direction, program.key, program.id]);
    if (predicate && never(predicate)) return pageFrom([], limit, paged, cursor, async () => 0);
    const anchor = await this.anchorAsOf(predicate ? conjuncts([predicate]) : [], covering);
    const sortedBy = orderBy.field === 'COMPOUND_NAME' || orderBy.field === 'INDICATION_NAME' ? orderBy.field : undefined;
    const rows = await this.graph.executor.read(listProgramsAsOf({ asOf, anchor, sortedBy }));
    const rank = new Map<string, number>(STAGES.map((stage, index) => [stage, index]));
    const matching = rows.flatMap((row) => {
      const program = row.program as Record<string, unknown> & { id: string; compoundId: string; indicationId: string };
      const view = programAsOf(program, asOf);
      if (!view) return [];
      const facts = { id: program.id, compoundId: program.compoundId, indicationId: program.indicationId, stage: view.stage, designations: view.designations };
      if (predicate && !holds(predicate, facts)) return [];
      const key = orderBy.field === 'STAGE' ? (rank.get(view.stage) ?? null) : sortedBy ? (row.name as string) : program.id;
      return [{ program, stage: view.stage, key, id: program.id }];
    });
    const direction = orderBy.direction === 'ASC' ? 1 : -1;
    const compare = (left: { key: string | number | null; id: string }, right: { key: string | number | null; id: string }) => {
      // Programs at a stage outside the order (a null key) come last either way.
      if ((left.key === null) !== (right.key === null)) return left.key === null ? 1 : -1;
      const byKey = left.key === right.key || left.key === null || right.key === null ? 0 : left.key < right.key ? -1 : 1;
      return direction * (byKey || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    };
    matching.sort(compare);
    const start = keyset ? { key: byId ? keyset.id : (keyset.value as string | number | null), id: keyset.id } : undefined;
    const rest = start ? matching.filter((program) => compare(program, start) > 0) : matching;
    // The page's compounds and indications, each read once (batched per label). Derived with its compound's date, a
    // program known by then has its compound known by then; one whose derivation lags a corrected date is left out.
    const page = await Promise.all(
      rest.slice(0, limit + 1).map(async ({ program, stage, key }) => {
        const [compound, indication] = await Promise.all([this.graph.find('Compound', program.compoundId), this.graph.find('Indication', program.indicationId)]);
        return compound && indication ? [{ __typename: 'Program' as const, id: program.id, stage, compound, indication, history: historyOf(program, asOf), key }] : [];
      }),
    );
    return pageFrom(page.flat(), limit, paged, cursor, async () => matching.length);
  }

  /**
   * Given the comparisons every program must meet and the covering indications of an indication comparison, returns
   * the stored programs a list as of a date starts from: those of the compounds holding a designation it asks for
   * (now: a superset of those that held one then, checked on each program), or those of the ids another comparison
   * names; none (every program) otherwise. A stage is not a start: a program's stage changes over time.
   */
  private async anchorAsOf(parts: ProgramPredicate[], covering: ReadonlyMap<ProgramPredicate, string[]>): Promise<{ property: 'id' | 'compoundId' | 'indicationId'; ids: string[] } | undefined> {
    const compared = (property: 'id' | 'compoundId' | 'indicationId') => parts.find((part): part is { property: typeof property; oneOf: readonly string[] } => 'property' in part && part.property === property);
    const designation = parts.find((part): part is { designations: readonly string[] } => 'designations' in part);
    if (designation) {
      const indication = compared('indicationId');
      const holders = await this.holders(designation.designations, indication && covering.get(indication));
      const compounds = compared('compoundId');
      const named = compounds && new Set(compounds.oneOf);
      return { property: 'compoundId', ids: named ? holders.filter((id) => named.has(id)) : holders };
    }
    const first = compared('compoundId') ?? compared('id') ?? compared('indicationId');
    return first && { property: first.property, ids: [...new Set(first.oneOf)] };
  }

  /** Given a cursor of the program list, the ordering and whether it is by id ascending, returns where the page starts, or refuses a cursor of another list or ordering. */
  private keysetOf(after: string, orderBy: ProgramOrdering, byId: boolean): { value: unknown; id: string } {
    const key = decodeCursor(after, byId ? 1 : 4);
    const [id] = key.slice(-1);
    const value = key[2];
    const sortable = value === null || typeof value === 'string' || typeof value === 'number';
    if (typeof id !== 'string' || (!byId && (key[0] !== orderBy.field || key[1] !== orderBy.direction || !sortable))) {
      throw new BadUserInputError('after is not a cursor of the program list with this ordering.', 'after');
    }
    return { value: byId ? id : value, id };
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
   * Given a filter's term, returns its conditions on stored programs, or null when no program can match. What the
   * term looks up is resolved first (`resolve`). The comparisons every program must meet then give the ids or stages
   * a page starts from; a designation every program must hold becomes, besides, the ids of the compounds holding
   * one (for the indications the filter names, or one above them, when it names some), since designations are few
   * beside programs. What is left (OR and NOT) is checked on each program found.
   */
  private async conditions(term: ProgramTerm | undefined, onNoIndication?: OnNoIndication): Promise<ProgramConditions | null> {
    const covering = new Map<ProgramPredicate, string[]>();
    const predicate = term ? await this.resolve(term, covering, onNoIndication) : undefined;
    const where: { -readonly [K in keyof ProgramConditions]: ProgramConditions[K] } = {};
    const also: ProgramPredicate[] = [];
    let coveringIds: string[] | undefined;
    for (const part of predicate ? conjuncts([predicate]) : []) {
      if ('property' in part && where[ANCHOR_FIELDS[part.property]] === undefined) {
        where[ANCHOR_FIELDS[part.property]] = [...new Set(part.oneOf)];
        if (part.property === 'indicationId') coveringIds = covering.get(part);
      } else if ('designations' in part && where.designations === undefined) {
        where.designations = part.designations;
      } else {
        also.push(part);
      }
    }
    if (where.designations) {
      const holders = await this.holders(where.designations, coveringIds);
      const wanted = where.compoundIds && new Set(where.compoundIds);
      where.compoundIds = wanted ? holders.filter((id) => wanted.has(id)) : holders;
    }
    if (also.some(never)) return null;
    const checked = also.filter((part) => !always(part));
    if (checked.length) where.also = checked.length === 1 ? checked[0] : { and: checked };
    return Object.values(ANCHOR_FIELDS).some((field) => where[field]?.length === 0) ? null : where;
  }

  /**
   * Given the `AGENCY:TYPE` keys of a designation and, when the filter names indications, every indication at or
   * above them, returns the ids of the compounds holding such a designation (for one of those indications).
   */
  private async holders(keys: readonly string[], coveringIds: string[] | undefined): Promise<string[]> {
    const types = [...new Set(keys.map((key) => key.split(':')[1] as string))];
    const agencies = [...new Set(keys.map((key) => key.split(':')[0] as string))];
    const [row] = coveringIds
      ? await this.graph.read('program/list-compounds-by-designation-and-indication', { types, agencies, indicationIds: coveringIds })
      : await this.graph.read('program/list-compounds-by-designation', { types, agencies });
    return (row?.ids as string[] | undefined) ?? [];
  }

  /**
   * Given a term, a map to note each indication comparison's covering indications in, and what to call when an
   * indication name names none, returns the term's predicate on stored programs: an indication match becomes the ids
   * of the indications it covers, a company filter the ids of those companies' compounds, a trial filter the ids of
   * the programs those trials stand behind; each looked up once, all at the same time.
   */
  private async resolve(term: ProgramTerm, covering: Map<ProgramPredicate, string[]>, onNoIndication?: OnNoIndication): Promise<ProgramPredicate> {
    const inner = (terms: ProgramTerm[]) => Promise.all(terms.map((each) => this.resolve(each, covering, onNoIndication)));
    if ('and' in term) return { and: await inner(term.and) };
    if ('or' in term) return { or: await inner(term.or) };
    if ('not' in term) return { not: await this.resolve(term.not, covering, onNoIndication) };
    if ('developedBy' in term) {
      const [row] = await this.graph.executor.read(relatedIds({ label: 'Company', where: term.developedBy, path: [...RELATION_FIELDS.Company.compounds.path], asOf: this.graph.asOf }));
      return { property: 'compoundId', oneOf: (row?.ids as string[] | undefined) ?? [] };
    }
    if ('behindTrials' in term) {
      const [row] = await this.graph.executor.read(programIdsOfTrials(term.behindTrials, this.graph.asOf));
      return { property: 'id', oneOf: (row?.ids as string[] | undefined) ?? [] };
    }
    if ('indication' in term) return this.indicationPredicate(term.indication, term.at, covering, onNoIndication);
    return term;
  }

  /** Given an indication match, its argument path, the map of covering indications and what to call when a name names none, returns the comparison with the ids of the indications it covers. */
  private async indicationPredicate(match: IndicationMatch, at: string, covering: Map<ProgramPredicate, string[]>, onNoIndication?: OnNoIndication): Promise<ProgramPredicate> {
    if (!match.id && !match.name && !match.xref) throw new BadUserInputError('An indication match needs an id, a name or an xref.', at);
    const xref = match.xref ? parseXref(match.xref, `${at}.xref`) : undefined;
    const xrefs = Object.fromEntries(XREF_PROPERTIES.map((property) => [property, xref?.property === property ? xref.value : null]));
    const [row] = await this.graph.read('program/list-indications-by-match', { id: match.id ?? null, name: match.name?.toLowerCase() ?? null, ...xrefs, includeSubtypes: match.includeSubtypes });
    const ids = (row?.ids as string[] | undefined) ?? [];
    if (!ids.length && match.name) onNoIndication?.(match.name, `${at}.name`);
    const predicate: ProgramPredicate = { property: 'indicationId', oneOf: ids };
    covering.set(predicate, (row?.coveringIds as string[] | undefined) ?? []);
    return predicate;
  }

  /** Given a compound id and paging arguments, returns that page of its programs, sorted by indication id. */
  async ofCompound(compoundId: string, page: PageArguments): Promise<Page<ProgramRecord>> {
    const limit = pageSize(page.first);
    const after = indicationAfter(page.after);
    const asOf = { asOf: this.graph.asOf ?? null };
    const rows = await this.graph.keyedPage('program/list-programs-by-compound', compoundId, limit, after, asOf);
    return pageFrom(
      rows.map((row) => toProgram(row, this.graph.asOf)),
      limit,
      Boolean(page.after),
      (program) => encodeCursor(['indication', program.indication.id]),
      () => this.graph.keyedCount('program/count-programs-by-compound', compoundId, asOf),
    );
  }

  /** Given a program id (`compound-id@indication-id`), returns the program, or null when there is none. */
  async find(id: string): Promise<ProgramRecord | null> {
    const [compoundId, indicationId, ...rest] = id.split('@');
    if (!compoundId || !indicationId || rest.length) return null;
    const [row] = await this.graph.keyed('program/find-programs-by-id', id, { asOf: this.graph.asOf ?? null });
    return row ? toProgram(row, this.graph.asOf) : null;
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
    const asOf = { asOf: this.graph.asOf ?? null };
    const rows = await this.graph.keyedPage(`program/list-${what}-by-program`, program.id, limit, keysetOf(page.after, BY_NAME), asOf);
    return pageFrom(
      rows.map(toItem),
      limit,
      Boolean(page.after),
      (item) => cursorOf(BY_NAME, sortedBy(item)),
      () => this.graph.keyedCount(`program/count-${what}-by-program`, program.id, asOf),
    );
  }
}
