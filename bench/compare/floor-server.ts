// Child: the floor server. node:http and neo4j-driver, no GraphQL: each request names a question and
// its argument, runs that question's one Cypher query (floor-cypher.ts) and writes the rows as JSON
// in our API's answer shape. Prints its URL once listening.
//   NEO4J_URI/USER/PASSWORD, FLOOR_GRAPH
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { chainsFloor, neighbourhoodFloor } from './floor-cypher';

const driver = neo4j.driver(
  process.env.NEO4J_URI as string,
  neo4j.auth.basic(process.env.NEO4J_USER as string, process.env.NEO4J_PASSWORD as string),
  { disableLosslessIntegers: true },
);
const graph = process.env.FLOOR_GRAPH as string;

interface FloorRequest {
  question: 'neighbourhood' | 'obligationChains';
  arg: string;
}

async function answer(req: FloorRequest): Promise<unknown> {
  switch (req.question) {
    case 'neighbourhood': {
      const q = neighbourhoodFloor(graph, req.arg);
      const { records } = await driver.executeQuery(q.text, q.params, { routing: neo4j.routing.READ });
      const row = records[0];
      return { neighbourhood: { nodes: row?.get('nodes') ?? [], edges: row?.get('edges') ?? [] } };
    }
    case 'obligationChains': {
      const q = chainsFloor(graph, req.arg);
      const { records } = await driver.executeQuery(q.text, q.params, { routing: neo4j.routing.READ });
      return { obligationChains: records[0]?.get('chains') ?? [] };
    }
  }
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    answer(JSON.parse(Buffer.concat(chunks).toString()) as FloorRequest).then(
      (data) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data }));
      },
      (error: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
}).listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
