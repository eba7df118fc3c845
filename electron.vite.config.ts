import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/** Where builds go; REKINDLE_OUT lets parallel work trees or test runs build side by side. */
const out = process.env.REKINDLE_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        // main: the Electron entry; web: the same backend behind the HTTP bridge for plain Node.
        input: { main: resolve('electron/main.ts'), web: resolve('electron/web.ts') },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: `${out}/renderer`,
      // The window parses the whole bundle before the first screen; minified, it parses faster.
      minify: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
