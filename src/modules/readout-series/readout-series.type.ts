import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A series of readouts: the same measure of the same subject (e.g. cohort 1’s survival), report after report, in order, the latest marked; nothing overwritten. */
@ObjectType({ implements: Node, description: 'A series of readouts: the same measure of the same subject (e.g. cohort 1’s survival), report after report, in order, the latest marked; nothing overwritten.' })
export class ReadoutSeries extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(ReadoutSeries, 'ReadoutSeries');

/** The Relay connection type of ReadoutSeries lists. */
export const ReadoutSeriesConnection = connectionOf(ReadoutSeries, 'A page of readout series.');
registerEntityType('ReadoutSeries', ReadoutSeries, ReadoutSeriesConnection);
