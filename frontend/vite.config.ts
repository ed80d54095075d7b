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
        // Each language's messages are a chunk of their own, named after the language
        // (messages-fa-start: the part the first route needs, src/i18n/catalogs.ts).
        chunkFileNames: (chunk) => {
          const [, language, start] =
            /locales\/(\w+)\/LC_MESSAGES\/frontend\.po(\?start)?$/.exec(
              chunk.facadeModuleId ?? '',
            ) ?? [];
          if (language === undefined) return 'assets/[name]-[hash].js';
          return `assets/messages-${language}${start ? '-start' : ''}-[hash].js`;
        },
      },
    },
  },
  test: { environment: 'node', include: ['src/**/*.test.ts', 'vite-plugins/**/*.test.ts'] },
});
