import { fileURLToPath } from 'node:url';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = path.resolve(webRoot, '../..');
const apiOrigin = 'http://127.0.0.1:3000';

// The same @lantern/* libraries tsconfig.base.json maps; matched exactly so a deep import fails
// loudly instead of resolving into a library's internals.
const libraryAliases = ['contracts', 'crisis', 'moderation'].map((name) => ({
  find: new RegExp(`^@lantern/${name}$`),
  replacement: path.join(repoRoot, 'libs', name, 'src', 'index.ts'),
}));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: { alias: libraryAliases },
  build: {
    outDir: path.join(repoRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: apiOrigin },
      '/socket.io': { target: apiOrigin, ws: true },
    },
  },
});
