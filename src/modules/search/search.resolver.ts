import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CANDIDATES_PER_LABEL, MAX_SEARCH_LENGTH } from '../../store/index.js';
import { SearchHitConnection, searchLabels, SearchType } from './search.type.js';

/** Resolves `search`: one box for everything a researcher may know a node by. */
@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: `Finds companies, compounds, platforms, indications and trials by name, alias, ticker, code name, payload, abbreviation, synonym, ontology id (CURIE), registry id or any other name it is known by (\`names\`: a compound’s nonproprietary or chemical name, a trial’s acronym), ignoring case, accents, spaces and punctuation ("CLR131" finds "CLR 131") and tolerating one typo per word ("Cellecstar"); best first, each hit with its score and the value that matched. The ${CANDIDATES_PER_LABEL} best candidates of each type the text index finds are ranked.`,
  })
  search(
    @Arg('query', () => String, { description: `What to look for: at most ${MAX_SEARCH_LENGTH} characters, with at least one letter or digit.` }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'The kinds of node to look in; all of them when absent or empty.' }) types: SearchType[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many hits: from 0 to 100, 20 when absent.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.search.search(query, searchLabels(types), first, after, ctx.graph.asOf);
  }
}
