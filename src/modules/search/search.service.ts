import { createHash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';
import { decodeCursor, encodeCursor, type Page, pageFrom, pageSize } from '../../graphql/connection.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { CANDIDATES_PER_LABEL, type Executor, RELATIONSHIPS, relatedNodes, foldWords, MAX_QUERY_TERMS, MAX_SEARCH_LENGTH, MAX_SHORT_VALUE_WORDS, SEARCH_FIELDS, type SearchableLabel, searchTerms, searchValues, trigrams } from '../../store/index.js';
import { BY_NAME, type Entity, knownAsOf, toEntity } from '../shared/graph-reader.js';
import type { MatchKind } from './search.type.js';

/** The score of each kind of match but SIMILAR, whose score is 0.6 times the share of trigrams. */
const SCORES: Record<Exclude<MatchKind, 'SIMILAR'>, number> = { EXACT: 1, PREFIX: 0.9, WORDS: 0.85, CONTAINS: 0.8, TYPO: 0.7 };
const SIMILAR_SCORE = 0.6;
/** The least share of trigrams a SIMILAR match has. */
const SIMILAR_SHARE = 0.5;

/** What was asked, folded once: its words, the words run together, and the trigrams of that. */
interface Asked {
  words: string[];
  compact: string;
  grams: Set<string>;
}

/** How one value matched. */
interface ValueMatch {
  kind: MatchKind;
  score: number;
}

/** Given a word asked and a value's words, tells whether it begins one of them, is one edit from one (or from its beginning), or neither. */
function wordMatch(asked: string, words: string[]): 'begins' | 'typo' | undefined {
  if (words.some((word) => word.startsWith(asked))) return 'begins';
  if ([...asked].length < 4) return undefined;
  const nearly = (word: string) => Math.abs(word.length - asked.length) <= 1 && distance(asked, word) <= 1;
  return words.some((word) => nearly(word) || (word.length > asked.length && distance(asked, word.slice(0, asked.length)) <= 1)) ? 'typo' : undefined;
}

/** Given two sets of trigrams, returns their Dice coefficient: twice the shared, over both sizes. */
function dice(left: Set<string>, right: Set<string>): number {
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** Given what was asked and a value, returns how the value matches it (the best kind that holds), or undefined. */
export function matchOf(asked: Asked, value: string): ValueMatch | undefined {
  const words = foldWords(value);
  const compact = words.join('');
  const kind = (name: Exclude<MatchKind, 'SIMILAR'>): ValueMatch => ({ kind: name, score: SCORES[name] });
  if (compact === asked.compact) return kind('EXACT');
  if (compact.startsWith(asked.compact)) return kind('PREFIX');
  const perWord = asked.words.map((word) => wordMatch(word, words));
  if (perWord.every((match) => match === 'begins')) return kind('WORDS');
  if (asked.compact.length >= 3 && compact.includes(asked.compact)) return kind('CONTAINS');
  // A long value (a trial's title) is indexed by its words only: it matches by words, not by typo or likeness.
  if (words.length > MAX_SHORT_VALUE_WORDS) return undefined;
  if (perWord.every(Boolean)) return kind('TYPO');
  const share = dice(asked.grams, new Set(trigrams(compact)));
  return share >= SIMILAR_SHARE ? { kind: 'SIMILAR', score: Math.round(SIMILAR_SCORE * share * 1000) / 1000 } : undefined;
}

/** One ranked hit: the node, its score and its best match. */
export interface RankedHit {
  score: number;
  node: Entity;
  matched: { field: string; value: string; kind: MatchKind };
}

/**
 * Given what was asked, a label and a node's properties, returns the node's best match among its searchable values
 * with what ranks it (the score, then the field's place among the label's, then the value's length), or undefined.
 */
function rank(asked: Asked, label: SearchableLabel, node: Record<string, unknown>): { hit: RankedHit; order: number[] } | undefined {
  let best: { score: number; matched: RankedHit['matched']; order: number[] } | undefined;
  for (const { field, value } of searchValues(label, node)) {
    const match = matchOf(asked, value);
    if (!match) continue;
    const order = [-match.score, (SEARCH_FIELDS[label] as readonly string[]).indexOf(field), value.length];
    if (!best || compareOrder(order, best.order) < 0) best = { score: match.score, matched: { field, value, kind: match.kind }, order };
  }
  return best && { hit: { score: best.score, node: toEntity(label, node), matched: best.matched }, order: best.order };
}

function compareOrder(left: number[], right: number[]): number {
  for (let index = 0; index < left.length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Given the `query` argument, returns it folded, or refuses one too long or without a letter or digit. */
export function askedOf(query: string): Asked {
  // Counted before folding and again after: folding may spell one character as several (ﬃ as ffi).
  if (query.length > MAX_SEARCH_LENGTH || query.normalize('NFKD').length > 3 * MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`query may be at most ${MAX_SEARCH_LENGTH} characters (${3 * MAX_SEARCH_LENGTH} once accents and ligatures are spelt out), got ${query.length}.`, 'query');
  }
  const words = foldWords(query);
  if (!words.length) throw new BadUserInputError('query needs at least one letter or digit.', 'query');
  const compact = words.join('');
  return { words, compact, grams: new Set(trigrams(compact)) };
}

/**
 * Search across the labels search covers. The engine's text index (the embedded engine's BM25 index, Neo4j's
 * full-text index) finds up to `CANDIDATES_PER_LABEL` candidates per type by shared words and trigrams; they are then
 * ranked here, the same way on either engine, by how their best value matches what was asked.
 */
export class SearchService {
  constructor(private readonly executor: Executor) {}

  /** Given the query, the labels to look in and paging arguments, returns that page of the ranked hits. */
  async search(query: string, labels: readonly SearchableLabel[], first: number | null | undefined, after: string | null | undefined, asOf?: string): Promise<Page<RankedHit>> {
    const asked = askedOf(query);
    const size = pageSize(first);
    const key = searchKey(asked, labels);
    const offset = after ? offsetOf(after, key) : 0;
    const named = labels.filter((label) => (KNOWN_BY_NAME as readonly string[]).includes(label));
    const found = await this.executor.search({ labels: named.length ? [...labels, 'Name'] : labels, terms: searchTerms(query).slice(0, MAX_QUERY_TERMS), perLabel: CANDIDATES_PER_LABEL });
    // As of a date, a node counts when it is known by then, and a name when it had been seen by then.
    const known = ({ hit }: { hit: RankedHit }) => knownAsOf(hit.node, hit.node.__typename, asOf);
    const direct = found.flatMap(({ label, node }) => (label === 'Name' ? [] : (rank(asked, label, node) ?? [])));
    const names = found.flatMap(({ label, node }) => (label === 'Name' ? (rank(asked, 'Name', node) ?? []) : [])).filter(known);
    const ranked = bestPerNode([...direct, ...(await this.holdersOf(names, named, asOf))].filter(known))
      .sort((left, right) => compareOrder(left.order, right.order) || left.hit.node.name.localeCompare(right.hit.node.name) || left.hit.node.id.localeCompare(right.hit.node.id))
      .map(({ hit }, index) => ({ hit, position: index + 1 }));
    return pageFrom(
      ranked.slice(offset, offset + size + 1),
      size,
      Boolean(after),
      ({ position }) => encodeCursor(['search', key, position]),
      async () => ranked.length,
    ).map(({ hit }) => hit);
  }

  /**
   * Given the ranked hits on names and the labels searched, returns a hit for each compound, company or trial of those
   * labels known by one of the names: matched in its `names`, ranked as the name was, after the label's own fields.
   */
  private async holdersOf(names: { hit: RankedHit; order: number[] }[], labels: readonly SearchableLabel[], asOf: string | undefined): Promise<{ hit: RankedHit; order: number[] }[]> {
    if (!names.length || !labels.length) return [];
    // Only the labels searched, and as of the request's date the links known by then: a name's holders are cut after that.
    const statement = relatedNodes({ label: 'Name', path: [{ type: 'KNOWN_AS', direction: 'IN', labels }], orderBy: BY_NAME, limit: CANDIDATES_PER_LABEL, asOf });
    const rows = await this.executor.read({ ...statement, params: { ...statement.params, ids: names.map(({ hit }) => hit.node.id) } });
    const byName = new Map(names.map((name) => [name.hit.node.id, name]));
    return rows.flatMap((row) => {
      const name = byName.get(row.key as string);
      const label = row.label as SearchableLabel;
      if (!name || !labels.includes(label)) return [];
      const order = [name.order[0] ?? 0, SEARCH_FIELDS[label].length, name.order[2] ?? 0];
      return [{ hit: { score: name.hit.score, node: toEntity(label, row.node), matched: { field: 'names', value: name.hit.matched.value, kind: name.hit.matched.kind } }, order }];
    });
  }
}

/** The labels a `Name` can name (`KNOWN_AS`), which a search finds by their names too. */
const KNOWN_BY_NAME = RELATIONSHIPS.KNOWN_AS.from;

/** Given ranked hits, returns each node's best one only (a compound found by its code name and by one of its names). */
function bestPerNode(hits: { hit: RankedHit; order: number[] }[]): { hit: RankedHit; order: number[] }[] {
  const best = new Map<string, { hit: RankedHit; order: number[] }>();
  for (const hit of hits) {
    const kept = best.get(hit.hit.node.id);
    if (!kept || compareOrder(hit.order, kept.order) < 0) best.set(hit.hit.node.id, hit);
  }
  return [...best.values()];
}

/** Given what was asked and the labels searched, returns what a cursor of this search carries to tell it from another search's. */
function searchKey(asked: Asked, labels: readonly SearchableLabel[]): string {
  return createHash('sha256').update(JSON.stringify([asked.words, labels])).digest('base64url').slice(0, 16);
}

/** Given a search cursor and the search's key, returns how many hits come before the next page; refuses a cursor of another list or search. */
function offsetOf(cursor: string, key: string): number {
  const [kind, cursorKey, offset] = decodeCursor(cursor, 3);
  if (kind !== 'search' || cursorKey !== key || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError('after is not a cursor of this search; pass an endCursor that the same query and types returned.', 'after');
  }
  return offset;
}
