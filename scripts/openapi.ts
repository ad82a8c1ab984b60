/**
 * Writes the API contract integrators build on: `client/openapi.json` (the document the service
 * serves at /docs-json) and `client/schema.d.ts` (TypeScript types generated from it with
 * openapi-typescript). `npm run openapi` after changing a route or a DTO; a test fails while the
 * committed files and the service disagree.
 */
import { writeFileSync } from 'node:fs';
import { createApp } from '../src/bootstrap.js';
import { buildApiDocument } from '../src/common/http/openapi.js';
import { resolveRuntime } from '../src/config/runtime.js';
import { CLIENT_FILES, documentText, typesText } from './client-files.js';

async function main(): Promise<void> {
  const runtime = await resolveRuntime({ ...process.env, REDIS_URL: 'none', LOG_LEVEL: 'warn' });
  try {
    const app = await createApp(runtime.config);
    try {
      const doc = buildApiDocument(app);
      writeFileSync(CLIENT_FILES.document, documentText(doc));
      writeFileSync(CLIENT_FILES.types, await typesText(doc));
      console.log(`Wrote ${CLIENT_FILES.document} and ${CLIENT_FILES.types}.`);
    } finally {
      await app.close();
    }
  } finally {
    await runtime.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
