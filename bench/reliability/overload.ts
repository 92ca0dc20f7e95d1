// Overload: the heavy requests of issue 13 against the real server (its own process), each round on a
// freshly started server so the exports are uncached: eight parallel GraphML exports, the
// 774-character nested `documents` query, twenty aliased `neighbourhood(depth: 3, limit: 2000)`, and
// the heaviest neighbourhood query the cost limit admits. While each runs, the server's RSS is read
// from /proc every 25 ms and `/health` is asked one request after another.
// Pass per case: ends within CASE_LIMIT_MS with a typed error or an answer, RSS under RSS_LIMIT_MB,
// every /health answer within HEALTH_LIMIT_MS. The two cases of the issue's acceptance decide the
// check (GATING below); the others are reported beside them.
import { readFileSync } from 'node:fs';
import { type ServerStore, startServer } from '../lib/server';
import { type Spread, spread } from '../lib/spread';

export const CASE_LIMIT_MS = 2000;
export const RSS_LIMIT_MB = 1024;
export const HEALTH_LIMIT_MS = 200;

const aliased = (n: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: n }, (_, i) => field(i)).join(' ')} }`;

/** The issue's query, 774 characters as sent in the issue's curl (with its trailing newline). */
const NESTED_DOCUMENTS = `${aliased(10, (i) => `a${i}: documents { provisions { document { provisions { document { id } } } } }`)}\n`;
const neighbourhoods = (n: number) =>
  aliased(n, (i) => `n${i}: neighbourhood(id: "actor:states", depth: 3, limit: 2000) { nodes { id } }`);

interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}
const graphql = (query: string): Request => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query }),
});

export const OVERLOAD_CASES: Record<string, Request[]> = {
  graphml8Parallel: Array.from({ length: 8 }, () => ({ method: 'GET', path: '/export/graph.graphml' })),
  nestedDocuments774: [graphql(NESTED_DOCUMENTS)],
  neighbourhood20: [graphql(neighbourhoods(20))],
  neighbourhood8Admitted: [graphql(neighbourhoods(8))],
};

interface Round {
  ms: number;
  statuses: number[];
  codes: string[];
  bytes: number;
  rssPeakMb: number;
  healthMaxMs: number;
  healthCount: number;
}
export interface OverloadCase {
  rounds: Round[];
  ms: Spread;
  rssPeakMb: Spread;
  healthMaxMs: Spread;
  statuses: number[];
  codes: string[];
  pass: boolean;
  /** One of the issue's cases (they decide the check), or reported beside them. */
  gates: boolean;
}
export interface OverloadResults {
  store: ServerStore['kind'];
  queryChars: { nestedDocuments774: number };
  cases: Record<string, OverloadCase>;
  pass: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
};

async function send(url: string, r: Request) {
  const res = await fetch(`${url}${r.path}`, {
    method: r.method,
    headers: { 'content-type': 'application/json' },
    ...(r.body === undefined ? {} : { body: r.body }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let codes: string[] = [];
  if (res.headers.get('content-type')?.includes('json')) {
    try {
      const body = JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> };
      codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
    } catch {
      codes = ['UNPARSABLE'];
    }
  }
  return { status: res.status, codes, bytes: text.length };
}

async function round(url: string, pid: number, requests: Request[]): Promise<Round> {
  let running = true;
  let rssPeakMb = rssMb(pid);
  const health: number[] = [];
  const sampler = (async () => {
    while (running) {
      rssPeakMb = Math.max(rssPeakMb, rssMb(pid));
      await sleep(25);
    }
  })();
  const prober = (async () => {
    while (running) {
      const t = performance.now();
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.text());
      health.push(performance.now() - t);
      await sleep(20);
    }
  })();
  await sleep(50);
  const t0 = performance.now();
  const answers = await Promise.all(requests.map((r) => send(url, r)));
  const ms = performance.now() - t0;
  running = false;
  await Promise.all([sampler, prober]);
  return {
    ms: Math.round(ms),
    statuses: answers.map((a) => a.status),
    codes: [...new Set(answers.flatMap((a) => a.codes))],
    bytes: answers.reduce((s, a) => s + a.bytes, 0),
    rssPeakMb,
    healthMaxMs: Math.round(Math.max(...health)),
    healthCount: health.length,
  };
}

/**
 * The cases issue 13's acceptance names (they decide the check). The GraphML exports and the heaviest
 * admitted query are reported beside them: on Neo4j, /health is a database round trip that waits
 * behind their reads.
 */
const GATING = new Set(['nestedDocuments774', 'neighbourhood20']);

const TYPED = new Set(['QUERY_TOO_COSTLY', 'QUERY_TIMEOUT', 'RESPONSE_TOO_LARGE', 'SERVICE_UNAVAILABLE']);

/** Every case `rounds` times, each round on a new server process. */
export async function overload(store: ServerStore, rounds = 3): Promise<OverloadResults> {
  const byCase: Record<string, Round[]> = {};
  for (let r = 0; r < rounds; r++) {
    const server = await startServer(store);
    try {
      for (const [name, requests] of Object.entries(OVERLOAD_CASES)) {
        const rounds = byCase[name] ?? [];
        rounds.push(await round(server.url, server.child.pid as number, requests));
        byCase[name] = rounds;
      }
    } finally {
      await server.stop();
    }
  }
  const cases: Record<string, OverloadCase> = {};
  for (const [name, rs] of Object.entries(byCase)) {
    const statuses = [...new Set(rs.flatMap((x) => x.statuses))].sort();
    const codes = [...new Set(rs.flatMap((x) => x.codes))].sort();
    const answered = rs.every((x) =>
      x.statuses.every((s) => s === 200 || (s !== 500 && x.codes.every((c) => TYPED.has(c)))),
    );
    cases[name] = {
      gates: GATING.has(name),
      rounds: rs,
      ms: spread(rs.map((x) => x.ms)),
      rssPeakMb: spread(rs.map((x) => x.rssPeakMb)),
      healthMaxMs: spread(rs.map((x) => x.healthMaxMs)),
      statuses,
      codes,
      pass:
        answered &&
        rs.every(
          (x) => x.ms <= CASE_LIMIT_MS && x.rssPeakMb < RSS_LIMIT_MB && x.healthMaxMs <= HEALTH_LIMIT_MS,
        ),
    };
  }
  return {
    store: store.kind,
    queryChars: { nestedDocuments774: NESTED_DOCUMENTS.length },
    cases,
    pass: Object.values(cases).every((c) => c.pass || !c.gates),
  };
}
