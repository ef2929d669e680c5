import type { Label } from './graph-schema.js';
import { xrefsOf } from './ontologies.js';

/**
 * The property the store keeps on every searchable node: the terms its text index holds, written by the import from
 * the node's searchable values, never by a bundle.
 */
export const SEARCH_TEXT = 'searchText';

/**
 * The labels search covers, each with the fields it looks in, as the API names them: properties of the node, and
 * `xrefs`, the indication's cross-references as CURIEs.
 */
export const SEARCH_FIELDS = {
  Company: ['name', 'aliases', 'ticker'],
  Compound: ['name', 'codeNames', 'payload'],
  Platform: ['name', 'abbreviation'],
  Indication: ['name', 'synonyms', 'xrefs'],
  Trial: ['name', 'registryIds'],
  // A name is searched for what it names: its hits count for the compounds, companies and trials known by it.
  Name: ['name'],
} as const satisfies Partial<Record<Label, readonly string[]>>;

/** A label search covers. */
export type SearchableLabel = keyof typeof SEARCH_FIELDS;

/** Every label search covers, in declaration order. */
export const SEARCHABLE_LABELS = Object.keys(SEARCH_FIELDS) as SearchableLabel[];

/** Given a label, tells whether search covers it. */
export function isSearchable(label: string): label is SearchableLabel {
  return Object.hasOwn(SEARCH_FIELDS, label);
}

/**
 * The version of the rule that makes a node's search terms (`searchTerms`, `SEARCH_FIELDS`): raised when the rule
 * changes, so that start-up writes every node's terms again and Neo4j gets new indexes.
 */
export const SEARCH_TEXT_VERSION = 1;

/** The longest search a client may ask, in characters. */
export const MAX_SEARCH_LENGTH = 200;

/** The most terms a search hands to a text index (Lucene refuses a query of more than 1,024 clauses). */
export const MAX_QUERY_TERMS = 500;

/** Given text, returns its words: accents dropped, lower case, cut at anything that is not a letter or a digit. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Given a word, returns its runs of three characters ("myeloma": mye, yel, elo, lom, oma); none for a shorter word. */
export function trigrams(word: string): string[] {
  const characters = [...word];
  return characters.length < 3 ? [] : characters.slice(0, -2).map((_, index) => characters.slice(index, index + 3).join(''));
}

/** The most words a value may have to be matched with a typo, and run together: names and ids, not trial titles. */
export const MAX_SHORT_VALUE_WORDS = 4;

/**
 * Given text, returns the terms a text index matches it by: its words; and for a short value (names, ids: up to four
 * words) the words run together (so "CLR131" meets "CLR 131" and "NCIT:C3242" meets "NCIT C3242") and the trigrams of
 * each word of four letters or more and of the words run together (so one typo still shares most terms; a
 * three-letter word is its own trigram). A long value (a trial's title) gives its words only: its trigrams would
 * make most of the index.
 */
export function searchTerms(text: string): string[] {
  const words = foldWords(text);
  if (words.length > MAX_SHORT_VALUE_WORDS) return [...new Set(words)];
  const whole = words.length > 1 ? [words.join('')] : [];
  const grams = [...words.filter((word) => [...word].length > 3), ...whole].flatMap(trigrams);
  return [...new Set([...words, ...whole, ...grams])];
}

/** Given a label and a node's properties, returns each searchable value with the field it is in. */
export function searchValues(label: SearchableLabel, node: Record<string, unknown>): { field: string; value: string }[] {
  return SEARCH_FIELDS[label].flatMap((field: string) => {
    const raw = field === 'xrefs' ? xrefsOf(node) : node[field];
    const values = Array.isArray(raw) ? raw : [raw];
    return values.filter((value): value is string => typeof value === 'string' && value.length > 0).map((value) => ({ field, value }));
  });
}

/** Given a label and a node's properties, returns what its text index holds: the terms of all its searchable values. */
export function searchTextOf(label: SearchableLabel, node: Record<string, unknown>): string {
  return [...new Set(searchValues(label, node).flatMap(({ value }) => searchTerms(value)))].join(' ');
}

/** The most nodes of each label the text index hands over to be ranked; the hits of a search are among them. */
export const CANDIDATES_PER_LABEL = 50;

/** A search the engine runs on its text index: the labels, the query's terms, and how many hits per label at most. */
export interface TextSearch {
  labels: readonly SearchableLabel[];
  terms: string[];
  perLabel: number;
}

/** One node the text index found, among the best of its label: its label and its properties. */
export interface TextHit {
  label: SearchableLabel;
  node: Record<string, unknown>;
}
