import { distance } from 'fastest-levenshtein';

/** Something a client should know about an answer that is not an error: it is in `extensions.warnings`. */
export interface Warning {
  /** `NO_MATCH`: a name given in a filter or an id given to a lookup names nothing. */
  code: 'NO_MATCH';
  message: string;
  /** The argument it is about, as a path (`where.indication.name`). */
  argument: string;
  /** The field of the answer whose argument it is (its alias when it has one). */
  path: (string | number)[];
  /** The closest names the graph holds, best first. */
  suggestions: string[];
}

/** A candidate a hint may suggest: what it is called, and every name it is known by. */
export interface Candidate {
  name: string;
  names: string[];
}

/** Given what was typed, a name and the most edits allowed, returns the edits from one to the other, or Infinity past the most. */
function edits(query: string, name: string, limit: number): number {
  return Math.abs(query.length - name.length) > limit ? Infinity : distance(query, name);
}

/**
 * Given what a client typed and the candidates, returns the names of the `count` closest, best first: a name that
 * contains what was typed (three characters or more) comes first, then the fewest edits to the whole name or to one of
 * its words (so "myelomma" finds "Multiple myeloma"), ignoring case; none further than a third of what was typed.
 */
export function closest(typed: string, candidates: Candidate[], count = 5): string[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [];
  const limit = Math.max(1, Math.floor(query.length / 3));
  const scored = candidates.flatMap((candidate) => {
    const score = Math.min(
      ...candidate.names.map((name) => {
        const lower = name.toLowerCase();
        if (query.length >= 3 && lower.includes(query)) return 0;
        return Math.min(edits(query, lower, limit), ...lower.split(/[\s,-]+/).map((word) => edits(query, word, limit)));
      }),
    );
    return score <= limit ? [{ name: candidate.name, score }] : [];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map(({ name }) => name);
}
