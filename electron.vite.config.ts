import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // Two entries share the platform-free core: the Electron app and the loopback web host;
        // the third is the capped worker that reads imported files (src/main/workers/worker-entry.ts).
        input: {
          index: resolve(root, 'src/main/index.ts'),
          web: resolve(root, 'src/main/web/serve.ts'),
          'job-worker': resolve(root, 'src/main/workers/job-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react()],
    build: {
      // Smaller bundle, faster cold start (electron-vite leaves the renderer unminified by default).
      minify: true,
      // Loaded from disk (Electron) or loopback (web host), never over a network: one chunk is fine.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
    },
  },
});
