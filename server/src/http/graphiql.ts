// An offline GraphiQL at /graphiql: the page and its scripts are served from node_modules (React 18
// UMD and graphiql 3's UMD bundle, the last line with one), so it works with no internet at all.
// The page has no inline script or style: its start-up script and style are assets too, so the
// Content-Security-Policy (security-headers.ts) allows scripts and styles from this server only.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { GRAPHIQL_A11Y_CSS, GRAPHIQL_A11Y_JS } from './graphiql-a11y';
import { GRAPHIQL_EXAMPLES } from './graphiql-examples';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));

const ASSETS: Record<string, string> = {
  'react.js': join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': join(packageDir('graphiql'), 'graphiql.min.css'),
};

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Obligation Atlas — GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <link rel="stylesheet" href="/graphiql/assets/page.css">
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/start.js"></script>
  <script src="/graphiql/assets/a11y.js"></script>
</body>
</html>
`;

const PAGE_CSS = `html, body, #graphiql { height: 100%; margin: 0; }\n${GRAPHIQL_A11Y_CSS}`;

const startScript = (endpoint: string): string => `const examples = ${JSON.stringify(GRAPHIQL_EXAMPLES)};
const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultTabs: examples.map((e) => ({ query: e.query })),
  }),
);
`;

export function graphiqlRoutes(endpoint = '/graphql'): Router {
  const router = Router();
  const start = startScript(endpoint);
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(page);
  });
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('text/javascript').send(start);
  });
  router.get('/graphiql/assets/a11y.js', (_req, res) => {
    res.type('text/javascript').send(GRAPHIQL_A11Y_JS);
  });
  router.get('/graphiql/assets/page.css', (_req, res) => {
    res.type('text/css').send(PAGE_CSS);
  });
  router.get('/graphiql/assets/:file', (req, res, next) => {
    const path = ASSETS[req.params.file];
    if (path === undefined) return next();
    res.sendFile(path, { maxAge: '1d' });
  });
  return router;
}
