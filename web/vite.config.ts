import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// While developing, the API runs on its own port (npm start); Vite proxies the API routes to it.
const api = process.env.ATLAS_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  server: {
    proxy: { '/graphql': api, '/graphiql': api, '/export': api, '/health': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // The budget is gzip size, measured by bench/web (main bundle ≤ 350 KB gzip); cytoscape alone is ~400 KB raw.
    chunkSizeWarningLimit: 1200,
  },
});
