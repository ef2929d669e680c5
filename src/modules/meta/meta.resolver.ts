import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ROOT } from '../../root.js';
import { Meta } from './meta.type.js';

const API_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Resolves `meta`: the API's and the data's versions and sizes, from what the server keeps in memory. */
@Resolver()
export class MetaResolver {
  @Query(() => Meta, { description: 'Which version of the API and of the data this is, when the data was last loaded, and how much of each kind it holds.' })
  meta(@Ctx() ctx: Context): Meta {
    const { state } = ctx;
    return { apiVersion: API_VERSION, dataVersion: state.version, loadId: state.loadId, loadedAt: state.loadedAt, counts: state.sizes.counts() };
  }
}
