import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    // The client imports the one vocabulary from server/domain/model (pure TypeScript, no I/O).
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
