import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { VantResolver } from '@vant/auto-import-resolver';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages the service serves (/kiosk, /h/:cardCode, /board/:regionId, /plates/:regionId): one
 * application, each page its own chunk, Vant components and their styles imported where used.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [vue(), Components({ resolvers: [VantResolver()], dts: false })],
  resolve: { alias: { '@': `${here}src` } },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
