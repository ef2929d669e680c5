import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';

/** The Relay connection type of lists that mix types (`Claim.about`, `Source.citedBy`): any `Node`, told apart by `__typename`. */
export const NodeConnection = connectionOf(Node, 'A page of nodes of several types; use `__typename` and inline fragments to read their fields.');
