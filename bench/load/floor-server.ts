// Child: a bare node:http server that answers every request with the same small GraphQL answer, no
// work behind it. Timed at the constant rate next to the real server, it gives the machine's own
// latency floor at that moment (scheduling, loopback, the load generator), to read the real p99 by.
//   floor-server.ts <port>
import { createServer } from 'node:http';

const answer = Buffer.from('{"data":{"__typename":"Query"}}\n');
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(answer);
  });
}).listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\n'));
