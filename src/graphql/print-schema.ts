import { lexicographicSortSchema, printSchema } from 'graphql';
import { graphqlSchema } from './schema.js';

/** Returns the text of `schema/schema.graphql`: the schema built from the code, types sorted so diffs stay small. */
export async function printSchemaFile(): Promise<string> {
  const sdl = printSchema(lexicographicSortSchema(await graphqlSchema()));
  return `# Generated from the code by \`npm run schema:print\`; do not edit. A test fails when this file is stale.\n\n${sdl}\n`;
}
