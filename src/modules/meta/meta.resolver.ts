import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { MAX_PAGE_SIZE, pageSize } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { ROOT } from '../../root.js';
import { LoadedBundle, Meta } from './meta.type.js';

const API_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Resolves `meta`: the API's and the data's versions and sizes, from what the server keeps in memory. */
@Resolver(() => Meta)
export class MetaResolver {
  @Query(() => Meta, { description: 'Which version of the API and of the data this is, when the data was last loaded, and how much of each kind it holds.' })
  meta(@Ctx() ctx: Context): Meta {
    const { state } = ctx;
    return {
      apiVersion: API_VERSION,
      dataVersion: state.version,
      loadId: state.loadId,
      loadedAt: state.loadedAt,
      counts: state.sizes.counts(),
      bundleCount: state.bundles.length,
      bundleRecords: state.bundles,
    };
  }

  @FieldResolver(() => [LoadedBundle], { description: 'The bundles loaded, the most recently loaded first: the data sets (one per source document) this answer is built from.' })
  bundles(@Root() meta: Meta, @Arg('first', () => Int, { defaultValue: MAX_PAGE_SIZE, description: 'How many: from 0 to 100.' }) first: number): readonly LoadedBundle[] {
    return meta.bundleRecords.slice(0, pageSize(first));
  }
}
