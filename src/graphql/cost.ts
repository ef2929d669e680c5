import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  Source,
  TokenKind,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  isListType,
  isObjectType,
  isInputObjectType,
  isInterfaceType,
  isEnumType,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { RequestLimits } from '../config.js';
import { searchLabels } from '../modules/search/search.type.js';
import { CANDIDATES_PER_LABEL, RELATION_FIELDS, type RelationField, RELATIONSHIPS, relationTarget } from '../store/index.js';
import { AS_OF_DIRECTIVE } from './as-of.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection.js';
import { type CostLimit, QueryTooComplexError } from './errors.js';

/** The limits an operation is checked against before it runs (see `RequestLimits` for each). */
export type CostLimits = Pick<RequestLimits, 'maxNodes' | 'maxRows' | 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxNesting'>;

/** How big a document is before it is parsed: its tokens, how deep its braces, brackets and parentheses nest, and its aliases. */
export interface DocumentShape {
  tokens: number;
  nesting: number;
  /** `name:` in a selection set (not inside arguments), `__typename` aliases left out as Armor's rule does. */
  aliases: number;
}

/**
 * Given a GraphQL document's text, returns its token count, nesting and aliases, read with graphql-js's own lexer up to
 * its end or its first lexical error (the parser then reports that error). The parser recurses once per nesting level,
 * so a document nested thousands deep would overflow its stack before reaching the token limit; and validation compares
 * aliased fields pairwise, so a thousand aliases cost a tenth of a second of CPU before any rule can refuse them.
 */
export function documentShape(text: string): DocumentShape {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let aliases = 0;
  let nesting = 0;
  // Open brackets, and how many of them are parentheses: `name:` outside any parenthesis is an alias.
  const open: TokenKind[] = [];
  let parentheses = 0;
  const window: { kind: TokenKind; value: string | undefined }[] = [];
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
        open.push(token.kind);
        if (token.kind === TokenKind.PAREN_L) parentheses += 1;
        nesting = Math.max(nesting, open.length);
      } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) {
        if (open.pop() === TokenKind.PAREN_L) parentheses -= 1;
      }
      window.push({ kind: token.kind, value: token.value });
      if (window.length > 3) window.shift();
      const [name, colon, field] = window;
      if (name?.kind === TokenKind.NAME && colon?.kind === TokenKind.COLON && field?.kind === TokenKind.NAME && field.value !== '__typename' && parentheses === 0 && open.at(-1) === TokenKind.BRACE_L) {
        aliases += 1;
      }
    }
  } catch {
    // A lexical error: what came before it is what the parser would read.
  }
  return { tokens, nesting, aliases };
}

/** Given a document's text and the limits, returns its shape, and the refusal of a document too long, too deeply nested or with too many aliases to parse and validate. */
export function shapeRefusal(text: string, limits: Pick<CostLimits, 'maxTokens' | 'maxNesting' | 'maxAliases'>): { shape: DocumentShape; refusal: QueryTooComplexError | undefined } {
  const shape = documentShape(text);
  const refusal =
    shape.tokens > limits.maxTokens
      ? new QueryTooComplexError('tokens', shape.tokens, limits.maxTokens)
      : shape.nesting > limits.maxNesting
        ? new QueryTooComplexError('nesting', shape.nesting, limits.maxNesting)
        : // Counted as written: Armor's rule, which also counts the aliases of each fragment spread, runs at validation.
          shape.aliases > limits.maxAliases
          ? new QueryTooComplexError('aliases', shape.aliases, limits.maxAliases)
          : undefined;
  return { shape, refusal };
}

/** Given a limit and its maximum, returns an Armor rejection handler that reports the coded refusal instead. */
function refuse(limit: CostLimit, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? maximum + 1);
    context?.reportError(new QueryTooComplexError(limit, found, maximum));
  };
}

/**
 * Given the limits, returns the validation rules that refuse an operation too deep, with too many aliases or too many
 * directives (GraphQL Armor's rules, reporting QUERY_TOO_COMPLEX). Introspection counts like any other selection.
 */
export function costRules(limits: CostLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, onReject: [refuse('depth', limits.maxDepth)] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [refuse('aliases', limits.maxAliases)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [refuse('directives', limits.maxDirectives)] }),
  ] as ValidationRule[];
}

/** Given a schema, returns the largest size each introspection list can have in it, keyed `__Type.fields`. */
function introspectionBounds(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const fieldsOf = (type: (typeof types)[number]) => (isObjectType(type) || isInterfaceType(type) ? Object.values(type.getFields()) : []);
  const most = (counts: number[]) => Math.max(1, ...counts);
  const argCounts = [...types.flatMap((type) => fieldsOf(type).map((field) => field.args.length)), ...schema.getDirectives().map((directive) => directive.args.length)];
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', schema.getDirectives().length],
    ['__Type.fields', most(types.map((type) => fieldsOf(type).length))],
    ['__Type.inputFields', most(types.map((type) => (isInputObjectType(type) ? Object.keys(type.getFields()).length : 0)))],
    ['__Type.enumValues', most(types.map((type) => (isEnumType(type) ? type.getValues().length : 0)))],
    ['__Type.interfaces', most(types.map((type) => (isObjectType(type) || isInterfaceType(type) ? type.getInterfaces().length : 0)))],
    ['__Type.possibleTypes', most(types.map((type) => (isInterfaceType(type) ? schema.getPossibleTypes(type).length : 0)))],
    ['__Field.args', most(argCounts)],
    ['__Directive.args', most(argCounts)],
  ]);
}

/**
 * Given a schema, returns the estimator of an operation's worst-case node count, as GitHub counts it: a list field
 * returns at most `first` items (its default when absent), each with the nodes below it; the `edges` and `nodes` of
 * a connection are the items its field already counted; `nodes(ids)` returns at most one per id; an introspection
 * list at most what this schema holds. Any other list of objects counts as a full page.
 */
export function nodeEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const bounds = introspectionBounds(schema);
  return ({ type, field, args, childComplexity }) => {
    if (field.args.some((arg) => arg.name === 'first')) {
      const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
      return Math.max(0, first) * (1 + childComplexity);
    }
    if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) return childComplexity;
    if (type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return childComplexity;
    if (Array.isArray(args.ids)) return args.ids.length * (1 + childComplexity);
    const bound = bounds.get(`${type.name}.${field.name}`) ?? MAX_PAGE_SIZE;
    return bound * (1 + childComplexity);
  };
}

/** How many levels the indication hierarchy may have: an indication filter walks `SUBTYPE_OF` up to so many times. */
const SUBTYPE_DEPTH = 4;

/** Given an indication match, returns how many times over it reads the indications: once, or once per subtype level. */
function subtypeWalk(match: unknown): number {
  return (match as { includeSubtypes?: unknown } | null)?.includeSubtypes === false ? 1 : SUBTYPE_DEPTH;
}

/**
 * The filter fields that follow relationships but are not relation filters, given the size of each label, the
 * filtered label, its size and the field's value: the rows they reach. A compound's `indication` goes through its
 * trials first; an indication match walks each indication's subtypes unless told not to; `about` follows the
 * claim's relationship back to each of the four labels that make claims (a few nodes per claim).
 */
const RELATIONSHIP_FILTERS: Readonly<Record<string, (sizeOf: (label: string) => number, filtered: { label: string; size: number }, value: unknown) => number>> = {
  indication: (sizeOf, filtered, value) => ((filtered.label === 'Compound' ? sizeOf('Trial') : 0) + sizeOf('Indication')) * subtypeWalk(value),
  matches: (sizeOf, _filtered, value) => sizeOf('Indication') * subtypeWalk(value),
  designation: (sizeOf) => sizeOf('Designation'),
  compound: (sizeOf) => sizeOf('Compound'),
  trial: (sizeOf) => sizeOf('Trial'),
  about: (_sizeOf, filtered) => 4 * filtered.size,
  aboveComparatorRange: (sizeOf) => sizeOf('Readout'),
};

/** Given a label and a field of its `where`, returns the relation (RELATION_FIELDS) that field filters by, when it is a relation filter. */
function relationFilterField(label: string, field: string): RelationField | undefined {
  const relation = (RELATION_FIELDS as Partial<Record<string, Record<string, RelationField>>>)[label]?.[field];
  return relation && !relation.one ? relation : undefined;
}

/**
 * Given a top-level list's `where`, the size of each label and the list's label, returns the rows the filter makes
 * the store read: the list's label; for each relation filter (through AND, OR, NOT and nested relation filters), once
 * per `some`, `none` and `every`, the rows of the level it is in times the relation's average fan-out (the label it
 * reaches over the label it starts from, at least one; four times over along a path of any depth), and what its own
 * filters read from those rows: a filter going out and back (trials to their sponsors to the sponsors' trials) reads
 * every trial of every sponsor of every trial. The other filters that follow relationships read what
 * `RELATIONSHIP_FILTERS` says, times how many times over their level reads its label.
 */
export function filterRows(where: unknown, sizeOf: (label: string) => number, label: string): number {
  let rows = sizeOf(label);
  const walk = (value: unknown, filtered: string, reached: number): void => {
    if (Array.isArray(value)) return value.forEach((inner) => walk(inner, filtered, reached));
    if (!value || typeof value !== 'object') return;
    const size = Math.max(1, sizeOf(filtered));
    for (const [field, inner] of Object.entries(value)) {
      if (inner === null || inner === undefined) continue;
      if (field === 'AND' || field === 'OR' || field === 'NOT') {
        walk(inner, filtered, reached);
        continue;
      }
      const relation = relationFilterField(filtered, field);
      if (relation) {
        const target = relationTarget(relation);
        const fanOut = Math.max(1, sizeOf(target) / size) * (relation.path.some((step) => step.hops) ? SUBTYPE_DEPTH : 1);
        const next = Math.ceil(reached * fanOut);
        for (const quantified of ['some', 'none', 'every'].map((key) => (inner as Record<string, unknown>)[key]).filter((each) => each !== null && each !== undefined)) {
          rows += next;
          walk(quantified, target, next);
        }
        continue;
      }
      rows += Math.ceil((RELATIONSHIP_FILTERS[field]?.(sizeOf, { label: filtered, size: sizeOf(filtered) }, inner) ?? 0) * Math.max(1, reached / size));
    }
  };
  walk(where, label, sizeOf(label));
  return rows;
}

/** The fields of a program filter that compare its stage: a list by them alone walks the id-ordered buckets. */
const STAGE_FIELDS = new Set(['stage', 'stageAtLeast', 'stages']);

/** Given a relation filter's value, returns the filters of its `some`, `none` and `every` that are given. */
function quantified(value: unknown): unknown[] {
  return ['some', 'none', 'every'].map((key) => (value as Record<string, unknown> | null)?.[key]).filter((inner) => inner !== null && inner !== undefined);
}

/**
 * Given a program filter and the size of each label, returns the rows its look-ups read before any program, in every
 * filter of it (AND, OR and NOT included): an indication match the indications (and their subtypes); a designation
 * the designations; each companies filter the companies (and what their own filter reaches) and their compounds;
 * each trials filter the trials (and what their filter reaches), their compounds and the indications above each
 * studied one.
 */
function programLookups(where: unknown, sizeOf: (label: string) => number): number {
  if (Array.isArray(where)) return where.reduce((rows: number, inner) => rows + programLookups(inner, sizeOf), 0);
  if (!where || typeof where !== 'object') return 0;
  const filter = where as Record<string, unknown>;
  const companies = quantified(filter.companies).reduce((rows: number, inner) => rows + filterRows(inner, sizeOf, 'Company') + sizeOf('Compound'), 0);
  const trials = quantified(filter.trials).reduce((rows: number, inner) => rows + filterRows(inner, sizeOf, 'Trial') + sizeOf('Trial') * (1 + SUBTYPE_DEPTH), 0);
  return (
    (filter.indication ? sizeOf('Indication') * subtypeWalk(filter.indication) : 0) +
    (filter.designation ? sizeOf('Designation') : 0) +
    companies +
    trials +
    programLookups(filter.AND, sizeOf) +
    programLookups(filter.OR, sizeOf) +
    programLookups(filter.NOT, sizeOf)
  );
}

/** Given a program list's `where`, returns how many compounds its `compound` filter names (`eq` or `in`), or undefined when it names none. */
function namedCompounds(where: Record<string, unknown> | null | undefined): number | undefined {
  const compound = where?.compound as { eq?: unknown; in?: unknown } | null | undefined;
  if (compound?.eq != null) return 1;
  return Array.isArray(compound?.in) ? compound.in.length : undefined;
}

/**
 * Given a top-level program list's `where` and `orderBy` and the size of each label, returns the rows it may read:
 * its look-ups (`programLookups`), and the programs it finds. By compound, it starts from the ids given (a few
 * programs each); by designation, from the compounds holding one (at most one per designation, each with the average
 * number of programs); by stage alone, or unfiltered, a page in id order walks the id-ordered buckets; any other
 * filter may check every program. A list sorted otherwise than by id ascending sorts what it finds (every program
 * when by stage alone) and reads each one's compound or indication: twice the rows.
 */
export function programRows(args: Record<string, unknown>, sizeOf: (label: string) => number): number {
  const where = args.where as Record<string, unknown> | null | undefined;
  const orderBy = args.orderBy as { field?: string; direction?: string } | null | undefined;
  const sorted = Boolean(orderBy) && ((orderBy?.field ?? 'ID') !== 'ID' || (orderBy?.direction ?? 'ASC') !== 'ASC');
  const programs = sizeOf('Program');
  const stagesOnly = !where || Object.entries(where).every(([field, value]) => STAGE_FIELDS.has(field) || value === null || value === undefined);
  const found = namedCompounds(where) !== undefined
    ? 0
    : where?.designation
      ? Math.min(programs, sizeOf('Designation') * Math.ceil(programs / Math.max(1, sizeOf('Compound'))))
      : stagesOnly && !sorted
        ? 0
        : programs;
  return programLookups(where, sizeOf) + found * (sorted ? 2 : 1);
}

/**
 * Given a top-level program list's arguments and the size of each label, returns the rows it may read in a query
 * with `@asOf`: its look-ups, and every program known by then that it starts from, since which of them match and
 * their order follow from their history, each priced `AS_OF_PROGRAM_ROWS` rows: those of the compounds named, when it
 * names some, or of the compounds holding a designation it asks for (at most one per designation), so many times the
 * average number of programs per compound; every program otherwise.
 */
export function programRowsAsOf(args: Record<string, unknown>, sizeOf: (label: string) => number): number {
  const where = args.where as Record<string, unknown> | null | undefined;
  const programs = sizeOf('Program');
  const perCompound = Math.ceil(programs / Math.max(1, sizeOf('Compound')));
  const compounds = namedCompounds(where) ?? (where?.designation ? sizeOf('Designation') : undefined);
  const found = compounds === undefined ? programs : Math.min(programs, compounds * perCompound);
  return programLookups(where, sizeOf) + found * AS_OF_PROGRAM_ROWS;
}

/**
 * What one program of a list as of a date is priced, in rows: its history is read, matched and sorted in the service,
 * not from an index. Measured at 100,000 programs: 0.3 to 1.1 s for a list of every program, by id or by a name,
 * where 1,000,000 rows are about a second of engine time (docs/performance.md): 5 prices it up to about twice under
 * its time, and leaves room for a company filter's look-ups beside one such list.
 */
export const AS_OF_PROGRAM_ROWS = 5;

/**
 * Given the `types` of a search, returns the most rows it reads: the candidates its text index hands over, so many per
 * type searched, and, when it searches what names name (compounds, companies, trials), as many names and up to so
 * many holders of each.
 */
function searchRows(types: unknown): number {
  const labels = searchLabels(types);
  const named = labels.some((label) => (RELATIONSHIPS.KNOWN_AS.from as readonly string[]).includes(label));
  return CANDIDATES_PER_LABEL * labels.length + (named ? CANDIDATES_PER_LABEL + CANDIDATES_PER_LABEL * CANDIDATES_PER_LABEL : 0);
}

/**
 * Given the schema and the size of each label, returns the estimator of how many rows an operation may make the store
 * read. A list sorts everything it matches before cutting its page (the embedded engine walks no index in order), so:
 * - a top-level list reads its whole label, and the whole label each relationship its filter follows reaches
 *   (`filterRows`); programs as `programRows` says;
 * - a nested list reads the children of each parent: as many as the two labels' sizes suggest (25,000 compounds of
 *   4,000 companies: 7 per company), times the items of the lists above it (`nodes(ids:)`: one per id);
 * - a list of what is not a label of its own (citations) reads what its page returns, which the node count prices.
 */
export function rowsEstimator(schema: GraphQLSchema, sizeOf: (label: string) => number, asOf = false): ComplexityEstimator {
  const root = schema.getQueryType();
  return ({ type, field, args, childComplexity }) => {
    if (Array.isArray(args.ids)) return args.ids.length * childComplexity;
    const returned = getNamedType(field.type).name;
    if (!returned.endsWith('Connection') || !field.args.some((arg) => arg.name === 'first')) return childComplexity;
    const first = typeof args.first === 'number' ? Math.max(0, args.first) : DEFAULT_PAGE_SIZE;
    const label = returned.slice(0, -'Connection'.length);
    if (label === 'SearchHit') return searchRows(args.types) + first * childComplexity;
    const parents = sizeOf(type.name);
    const reads = type !== root ? (parents > 0 ? Math.ceil(sizeOf(label) / parents) : 0) : label === 'Program' ? (asOf ? programRowsAsOf : programRows)(args, sizeOf) : filterRows(args.where, sizeOf, label);
    return reads + first * childComplexity;
  };
}

/** Given a document and the name of the operation to run, tells whether that operation carries `@asOf`. */
function readsAsOf(document: DocumentNode, operationName: string | undefined): boolean {
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((each) => each.name?.value === operationName) : operations[0];
  return operation?.directives?.some((directive) => directive.name.value === AS_OF_DIRECTIVE.name) ?? false;
}

/** How many selections the pricing walks at most, fragments expanded: a fragment spread many times is refused past it. */
const MAX_SELECTIONS = 10_000;

/** What an operation may cost, computed from its document and variables before it runs. */
export interface OperationCost {
  /** Worst-case number of nodes. */
  nodes: number;
  /** Worst-case number of rows the store reads for it. */
  rows: number;
}

/** The estimators an operation is priced with: its nodes, and its rows with or without `@asOf`. */
export interface CostEstimators {
  nodes: ComplexityEstimator;
  rows: ComplexityEstimator;
  rowsAsOf: ComplexityEstimator;
}

/**
 * Given a schema, an operation and its variables, returns its worst-case nodes and rows, or throws QUERY_TOO_COMPLEX
 * when either is over its limit (or when the document is too large to even count).
 */
export function operationCost(
  schema: GraphQLSchema,
  estimators: CostEstimators,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
  limits: Pick<CostLimits, 'maxNodes' | 'maxRows'>,
): OperationCost {
  let nodes: number;
  let rows: number;
  try {
    const walk = (estimator: ComplexityEstimator) => getComplexity({ schema, query: document, variables, operationName, estimators: [estimator], maxQueryNodes: MAX_SELECTIONS });
    nodes = walk(estimators.nodes);
    rows = walk(readsAsOf(document, operationName) ? estimators.rowsAsOf : estimators.rows);
  } catch (error) {
    // The walker gives up on documents whose fragments expand past maxQueryNodes selections.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw new QueryTooComplexError('selections', MAX_SELECTIONS, MAX_SELECTIONS);
    }
    throw error;
  }
  if (nodes > limits.maxNodes) throw new QueryTooComplexError('nodes', nodes, limits.maxNodes, { nodes, rows });
  if (rows > limits.maxRows) throw new QueryTooComplexError('rows', rows, limits.maxRows, { nodes, rows });
  return { nodes, rows };
}
