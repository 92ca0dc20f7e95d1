// Child: an auto-generated @neo4j/graphql server (graphql-http over node:http) on the Neo4j in
// NEO4J_URI/USER/PASSWORD; prints its URL once listening.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import neo4j from 'neo4j-driver';
import { typeDefs } from './type-defs';

const driver = neo4j.driver(
  process.env.NEO4J_URI as string,
  neo4j.auth.basic(process.env.NEO4J_USER as string, process.env.NEO4J_PASSWORD as string),
);
const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver }).getSchema();
// @neo4j/graphql writes its execution context into the GraphQL context: it must be an object
const handler = createHandler({ schema, context: () => ({}) });
const server = createServer((req, res) => {
  if (req.url?.startsWith('/graphql')) handler(req, res);
  else {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
