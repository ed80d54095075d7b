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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // Each language's messages are a chunk of their own, named after the language.
        chunkFileNames: (chunk) => {
          const language = /locales\/(\w+)\/LC_MESSAGES\/frontend\.po$/.exec(
            chunk.facadeModuleId ?? '',
          )?.[1];
          return language ? `assets/messages-${language}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'] },
});
