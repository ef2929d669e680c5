import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DirectiveLocation, getDirectiveValues, getVariableValues, GraphQLDirective, GraphQLNonNull, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from './context.js';
import { BadUserInputError } from './errors.js';
import { LocalDate } from './scalars.js';

/**
 * `query @asOf(date: "2017-11-07") { ... }`: the whole operation reads the graph as the sources published by that date
 * gave it. Every list, lookup and relation holds only what is known by then (`knownFrom`, the earliest publication
 * date among a fact's sources, or of the bundles that wrote a relationship), and programs take the stage and
 * designations their dated facts gave them then. Facts that only undated sources state are known as of no date.
 */
export const AS_OF_DIRECTIVE = new GraphQLDirective({
  name: 'asOf',
  description:
    'Answers the whole query as the sources published by `date` gave the graph: lists, lookups and relations hold only what a source dated on or before it states (a fact only undated sources state is left out, whatever the date), a program has the stage and designations its dated trials and designations gave it then, and a readout series ends at its latest point reported by then.',
  locations: [DirectiveLocation.QUERY],
  args: { date: { type: new GraphQLNonNull(LocalDate), description: 'The date, e.g. 2017-11-07.' } },
});

/**
 * Given the schema, an operation and its variables as sent, returns the date of its `@asOf` (a variable's default
 * counts), or undefined when it has none or its variables are not valid, which execution then reports.
 */
export function asOfDate(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): string | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!('coerced' in coerced)) return undefined;
  let values: Record<string, unknown> | undefined;
  try {
    values = getDirectiveValues(AS_OF_DIRECTIVE, operation, coerced.coerced);
  } catch (error) {
    // A variable with a default, given null, where the date is required.
    throw new BadUserInputError(`@asOf needs a date: ${(error as Error).message}`, 'date');
  }
  const date = values?.date as Date | string | undefined;
  if (date === undefined) return undefined;
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

/** The Apollo plugin that reads an operation's `@asOf` once it is resolved and sets it on the request's graph reader. */
export function asOfPlugin<C extends Context>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<C>> {
      return {
        async didResolveOperation({ schema, operation, request, contextValue }) {
          contextValue.graph.asOf = operation ? asOfDate(schema, operation, request.variables ?? {}) : undefined;
        },
      };
    },
  };
}
