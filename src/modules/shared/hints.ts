import { type Candidate, closest, type Warning } from '../../graphql/warnings.js';
import { type GraphState, int, type Label } from '../../store/index.js';
import type { GraphReader } from './graph-reader.js';

/** The statements the hints read. */
export const HINT_STATEMENTS = ['indication/list-indication-names'] as const;

/** The most indications a hint compares a name with: with more, no name hint is given. */
const CANDIDATES = 50_000;
/** The longest name a hint looks for the closest of (a longer one only hears that nothing has it). */
const LONGEST_TYPED = 100;
/** The most warnings one answer carries. */
const WARNINGS = 3;

/**
 * Hints for filters that found nothing because a name or id names nothing: the closest indication names, or the id a
 * name stands for. Shared by every request; the indication names are read once per load. A hint runs only when a
 * filter found nothing, at most three per answer, and a failed hint is dropped rather than failing the answer.
 */
export class Hints {
  private names: { key: string; candidates: Candidate[]; known: Set<string> } | undefined;

  constructor(private readonly state: GraphState) {}

  /**
   * Given the request's reader and warnings, a name an indication filter gave and the argument's path, adds the
   * warning, on the answer's field at `path`, that no indication has that name or synonym (as the filters compare:
   * ignoring case), with the closest.
   */
  async indicationName(graph: GraphReader, warnings: Warning[], name: string, argument: string, path: (string | number)[]): Promise<void> {
    if (warnings.length >= WARNINGS || this.state.sizes.of('Indication') > CANDIDATES) return;
    try {
      const { candidates, known } = await this.indications(graph);
      if (known.has(name.toLowerCase())) return;
      const suggestions = name.length > LONGEST_TYPED ? [] : closest(name, candidates);
      const hint = suggestions.length ? ` The closest: ${suggestions.join(', ')}.` : '';
      warnings.push({ code: 'NO_MATCH', argument, path, message: `No indication is named ${JSON.stringify(name)} (nor has it as a synonym), so nothing matched.${hint}`, suggestions });
    } catch {
      // A hint is a courtesy: the answer stands without it.
    }
  }

  /**
   * Given the request's reader and warnings, a label, an id a filter gave and the argument's path, adds the warning
   * that no node of that label has the id but one has it written as an id ("CLR 131" → clr-131): one indexed lookup.
   */
  async id(graph: GraphReader, warnings: Warning[], label: Label, id: string, argument: string, path: (string | number)[]): Promise<void> {
    if (warnings.length >= WARNINGS) return;
    try {
      const meant = await graph.idWrittenAsName(label, id);
      if (meant) warnings.push({ code: 'NO_MATCH', argument, path, message: `No ${label} has the id ${JSON.stringify(id)}, so nothing matched. Did you mean ${JSON.stringify(meant)}?`, suggestions: [meant] });
    } catch {
      // A hint is a courtesy: the answer stands without it.
    }
  }

  /** Given a reader, returns every indication's names, read once per data key (again while it is unknown). */
  private async indications(graph: GraphReader) {
    const key = this.state.dataKey;
    if (key !== undefined && this.names?.key === key) return this.names;
    const rows = await graph.read('indication/list-indication-names', { limit: int(CANDIDATES) });
    const candidates = rows.map((row) => ({ name: String(row.name), names: [String(row.name), ...((row.synonyms as string[] | null) ?? [])].filter((known) => known.length > 0) }));
    const names = { key: key ?? '', candidates, known: new Set(candidates.flatMap((candidate) => candidate.names.map((known) => known.toLowerCase()))) };
    if (key !== undefined) this.names = names;
    return names;
  }
}
