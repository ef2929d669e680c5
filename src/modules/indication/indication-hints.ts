import { closest, type Warning } from '../../graphql/warnings.js';
import { int } from '../../store/index.js';
import type { GraphReader } from '../shared/graph-reader.js';

/** The statements the hints read. */
export const HINT_STATEMENTS = ['indication/list-indication-names'] as const;

/** The most indications a hint compares a name with. */
const CANDIDATES = 10_000;

/**
 * Given the request's reader, a name an indication filter gave and the argument's path, returns the warning that no
 * indication has that name or synonym (ignoring case), with the closest names; undefined when one has it. Run only
 * when the filter found nothing, so a request that finds something never pays for it.
 */
export async function indicationNameWarning(graph: GraphReader, name: string, argument: string): Promise<Warning | undefined> {
  const rows = await graph.read('indication/list-indication-names', { limit: int(CANDIDATES) });
  const candidates = rows.map((row) => ({ name: String(row.name), names: [String(row.name), ...((row.synonyms as string[] | null) ?? [])] }));
  const typed = name.trim().toLowerCase();
  if (candidates.some((candidate) => candidate.names.some((known) => known.toLowerCase() === typed))) return undefined;
  const suggestions = closest(name, candidates);
  const hint = suggestions.length ? ` The closest: ${suggestions.join(', ')}.` : '';
  return { code: 'NO_MATCH', argument, message: `No indication is named ${JSON.stringify(name)} (nor has it as a synonym), so nothing matched.${hint}`, suggestions };
}
