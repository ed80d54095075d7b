import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { poCatalog } from './vite-plugins/poCatalog.ts';

export default defineConfig({
  base: '/',
  plugins: [react(), poCatalog()],
  server: {
    // The PO catalogs live in ../locales, beside the backend's.
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://127.0.0.1:8000' },
  },
  build: { outDir: 'dist', emptyOutDir: true },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'] },
});
