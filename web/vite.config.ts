import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { VantResolver } from '@vant/auto-import-resolver';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The pages the service serves (/kiosk, /h/:cardCode, /board/:regionId, /plates/:regionId,
 * /ledger-book/:holderId, /console): one application, each page its own chunk, Vant (and, for the
 * staff console, Element Plus) components and their styles imported where used.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [
    vue(),
    Components({ resolvers: [VantResolver(), ElementPlusResolver()], dts: false }),
    // Pre-compressed beside each asset (.br, .gz), so the service sends them without compressing per request.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      threshold: 1024,
      include: /\.(js|css|html|svg|json)$/,
    }),
  ],
  resolve: { alias: { '@': `${here}src` } },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // The staff console (Element Plus and ECharts, on office PCs) is one chunk of about 900 KB; the counter's stay small.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
});
