import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { SEARCHABLE_LABELS, type SearchableLabel } from '../../store/index.js';

/** The kinds of node search covers, by the GraphQL enum value naming each label. */
export const SearchType = { COMPANY: 'COMPANY', COMPOUND: 'COMPOUND', PLATFORM: 'PLATFORM', INDICATION: 'INDICATION', TRIAL: 'TRIAL' } as const;
export type SearchType = keyof typeof SearchType;
registerEnumType(SearchType, {
  name: 'SearchType',
  description: 'A kind of node `search` looks in.',
  valuesConfig: {
    COMPANY: { description: 'Companies, by name, alias and ticker.' },
    COMPOUND: { description: 'Compounds, by name, code name and payload.' },
    PLATFORM: { description: 'Platforms, by name and abbreviation.' },
    INDICATION: { description: 'Indications, by name, synonym and cross-reference (NCIT:C3242, MONDO:0009693 ...).' },
    TRIAL: { description: 'Trials, by name and registry id.' },
  },
});

/** Given the `types` argument (as given, so also from pricing), returns the labels to search: each once, all when none is named. */
export function searchLabels(types: unknown): SearchableLabel[] {
  const labels = SEARCHABLE_LABELS.filter((label) => Object.hasOwn(SearchType, label.toUpperCase()));
  if (!Array.isArray(types) || !types.length) return labels;
  return labels.filter((label) => types.includes(label.toUpperCase()));
}

/** How a search matched a value, best first; `SearchHit.score` follows from it. */
export const MatchKind = { EXACT: 'EXACT', PREFIX: 'PREFIX', WORDS: 'WORDS', CONTAINS: 'CONTAINS', TYPO: 'TYPO', SIMILAR: 'SIMILAR' } as const;
export type MatchKind = keyof typeof MatchKind;
registerEnumType(MatchKind, {
  name: 'MatchKind',
  description:
    'How a search matched a value, case, accents, spaces and punctuation aside (so "CLR131" is "CLR 131"), best first: the score of each kind is in its description.',
  valuesConfig: {
    EXACT: { description: 'The whole value is what was asked. Score 1.' },
    PREFIX: { description: 'The value begins with what was asked. Score 0.9.' },
    WORDS: { description: 'Each word asked begins a word of the value ("lymphoma" in "B-cell lymphoma"). Score 0.85.' },
    CONTAINS: { description: 'The value contains what was asked, inside a word (three characters or more). Score 0.8.' },
    TYPO: {
      description:
        'Each word asked is one edit (a letter added, dropped or changed) from a word of the value or from its beginning, or begins one; words of four letters or more, in values of up to four words (names and ids, not trial titles). Score 0.7.',
    },
    SIMILAR: {
      description: 'The value shares at least half of its runs of three letters with what was asked (Dice coefficient). Score 0.6 times that share.',
    },
  },
});

/** Which value of a hit matched, in which field, and how. */
@ObjectType({ description: 'Which value of a hit matched the search, in which field, and how.' })
export class SearchMatch {
  @Field(() => String, { description: 'The field of the node the value is in: name, aliases, ticker, codeNames, payload, abbreviation, synonyms, xrefs or registryIds; or names, one of the names it is known by (e.g. iopofosine I 131 for CLR 131).' })
  field!: string;

  @Field(() => String, { description: 'The value that matched, as the graph holds it (a CURIE for xrefs).' })
  value!: string;

  @Field(() => MatchKind, { description: 'How it matched.' })
  kind!: MatchKind;
}

/** One node search found, with its score and what matched. */
@ObjectType({ description: 'One node search found, with how well and where it matched.' })
export class SearchHit {
  @Field(() => Float, { description: 'From 0 to 1, higher is better: the score of the best match among the node’s values (see MatchKind).' })
  score!: number;

  @Field(() => Node, { description: 'What was found; use `__typename` and inline fragments to read its fields.' })
  node!: Node;

  @Field(() => SearchMatch, { description: 'The value that matched best.' })
  matched!: SearchMatch;
}

/** A page of search hits. */
export const SearchHitConnection = connectionOf(SearchHit, 'A page of search hits, best first; `totalCount` is the number of hits in all.');
