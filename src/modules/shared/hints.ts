import { closest, type Warning } from '../../graphql/warnings.js';
import { int } from '../../store/index.js';
import type { Label } from '../../store/index.js';
import type { GraphReader } from './graph-reader.js';

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

/**
 * Given the request's reader, a label, an id a filter gave and the argument's path, returns the warning that no node of
 * that label has the id but one has it written as an id ("CLR 131" → clr-131); undefined otherwise. Run only when the
 * filter found nothing.
 */
export async function idWarning(graph: GraphReader, label: Label, id: string, argument: string): Promise<Warning | undefined> {
  const meant = await graph.idWrittenAsName(label, id);
  if (!meant) return undefined;
  return { code: 'NO_MATCH', argument, message: `No ${label} has the id ${JSON.stringify(id)}, so nothing matched. Did you mean ${JSON.stringify(meant)}?`, suggestions: [meant] };
}
