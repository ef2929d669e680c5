import DataLoader from 'dataloader';
import { Page, decodeCursor, encodeCursor, pageSize } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { int, type Row, STAGES } from '../../store/index.js';
import { type Entity, type GraphReader, toEntity } from '../shared/graph-reader.js';
import { TO_SOURCES, toCitation } from '../source/citation.resolver.js';
import type { ProgramRecord } from './program.type.js';

/** The filters of a program list, in domain terms. */
export interface ProgramFilter {
  compoundIds?: string[];
  indication?: { id?: string | undefined; name?: string | undefined; includeSubtypes: boolean };
  designationTypes?: string[];
  designationAgencies?: string[];
  stages?: string[];
  stageAtLeast?: string;
}

/** The Cypher files the program service runs. */
export const PROGRAM_STATEMENTS = [
  'program/list-programs',
  'program/count-programs',
  'program/list-trials-by-program',
  'program/list-designations-by-program',
] as const;

const RANKS: Record<string, number | undefined> = Object.fromEntries(STAGES.map((stage, rank) => [stage, rank]));
const RANK_PARAMS = Object.fromEntries(STAGES.map((stage, rank) => [stage, int(rank)]));

/** Programs are not stored: more than this many for one batch of compounds would mean the graph outgrew the field. */
const PROGRAMS_PER_COMPOUND = 1000;

function toProgram(row: Row): ProgramRecord {
  return {
    __typename: 'Program',
    id: row.id as string,
    stage: row.stage as string,
    compound: toEntity('Compound', row.compound),
    indication: toEntity('Indication', row.indication),
  };
}

/** Given a filter, returns the parameters of the program statements. */
function parameters(filter: ProgramFilter): Record<string, unknown> {
  const indication = filter.indication;
  if (indication && !indication.id && !indication.name) {
    throw new BadUserInputError('An indication match needs an id or a name.', 'indication');
  }
  if (filter.stageAtLeast !== undefined && RANKS[filter.stageAtLeast] === undefined) {
    throw new BadUserInputError(`stageAtLeast must be a stage of the order ${STAGES.join(' < ')}.`, 'stageAtLeast');
  }
  return {
    compoundIds: filter.compoundIds ?? null,
    indicationId: indication?.id ?? null,
    indicationName: indication?.name?.toLowerCase() ?? null,
    includeSubtypes: indication?.includeSubtypes ?? true,
    designationTypes: filter.designationTypes ?? null,
    designationAgencies: filter.designationAgencies ?? null,
    stages: filter.stages ?? null,
    minRank: filter.stageAtLeast === undefined ? null : int(RANKS[filter.stageAtLeast] as number),
    ranks: RANK_PARAMS,
    stageOrder: [...STAGES],
  };
}

/** Answers questions about programs (compound × indication) for one request. */
export class ProgramService {
  private readonly byCompound: DataLoader<string, ProgramRecord[]>;

  constructor(private readonly graph: GraphReader) {
    this.byCompound = new DataLoader(async (compoundIds) => {
      const rows = await graph.read('program/list-programs', {
        ...parameters({ compoundIds: [...compoundIds] }),
        after: null,
        first: int(PROGRAMS_PER_COMPOUND * compoundIds.length + 1),
      });
      if (rows.length > PROGRAMS_PER_COMPOUND * compoundIds.length) {
        throw new Error(`more than ${PROGRAMS_PER_COMPOUND} programs per compound: Compound.programs needs paging`);
      }
      const programs = rows.map(toProgram);
      return compoundIds.map((id) => programs.filter((program) => program.compound.id === id));
    });
  }

  /** Given a filter and paging arguments, returns a page of programs sorted by id; the total is counted on demand. */
  async list(filter: ProgramFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<ProgramRecord>> {
    const limit = pageSize(first);
    const params = parameters(filter);
    const afterId = after ? decodeCursor(after, 1)[0] : null;
    if (after && typeof afterId !== 'string') throw new BadUserInputError('after is not a cursor of the program list.', 'after');
    const rows = await this.graph.read('program/list-programs', { ...params, after: afterId, first: int(limit + 1) });
    const edges = rows.slice(0, limit).map((row) => ({ cursor: encodeCursor([row.id]), node: toProgram(row) }));
    return new Page(
      edges,
      { hasNextPage: rows.length > limit, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      async () => Number((await this.graph.read('program/count-programs', params))[0]?.totalCount ?? 0),
    );
  }

  /** Given a compound id, returns its programs (batched across the request). */
  ofCompound(compoundId: string): Promise<ProgramRecord[]> {
    return this.byCompound.load(compoundId);
  }

  /** Given a program id (`compound-id@indication-id`), returns the program, or null when there is none. */
  async find(id: string): Promise<ProgramRecord | null> {
    const [compoundId, indicationId, ...rest] = id.split('@');
    if (!compoundId || !indicationId || rest.length) return null;
    const programs = await this.ofCompound(compoundId);
    return programs.find((program) => program.id === id) ?? null;
  }

  /** Given a program, returns the trials evaluating its compound in its indication or a subtype. */
  async trials(program: ProgramRecord): Promise<Entity[]> {
    return (await this.graph.grouped('program/list-trials-by-program', program.id)).map((row) => toEntity('Trial', row.node));
  }

  /** Given a program, returns the citations of its trials and designations, one per source with every locator. */
  async citations(program: ProgramRecord): Promise<{ source: Entity; locators: string[] }[]> {
    const [trials, designations] = await Promise.all([this.trials(program), this.designations(program)]);
    const facts = [
      ...trials.map((trial) => ['Trial', trial.id] as const),
      ...designations.map((designation) => ['Designation', designation.id] as const),
    ];
    const hops = await Promise.all(facts.map(([label, id]) => this.graph.related(label, TO_SOURCES, id)));
    const bySource = new Map<string, { source: Entity; locators: string[] }>();
    for (const citation of hops.flat().map(toCitation)) {
      const merged = bySource.get(citation.source.id) ?? { source: citation.source, locators: [] };
      for (const locator of citation.locators) if (!merged.locators.includes(locator)) merged.locators.push(locator);
      bySource.set(citation.source.id, merged);
    }
    return [...bySource.values()];
  }

  /** Given a program, returns the compound's designations for its indication or a broader one. */
  async designations(program: ProgramRecord): Promise<Entity[]> {
    return (await this.graph.grouped('program/list-designations-by-program', program.id)).map((row) => toEntity('Designation', row.node));
  }
}
