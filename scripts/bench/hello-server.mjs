// The reference of the load benchmark: a minimal Apollo Server 5 answering `{ hello }` on the same Express 5
// integration, JSON body parser and Node as the API, so the ratio of the two measures what the API adds.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const server = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
await server.start();
const app = express();
app.use('/graphql', express.json(), expressMiddleware(server));
const listening = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`hello at http://127.0.0.1:${listening.address().port}/graphql`);
});
process.once('SIGTERM', () => listening.close(() => process.exit(0)));
