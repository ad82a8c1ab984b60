import { useTestApp } from './support/test-app.js';

interface Schema {
  properties?: Record<string, { description?: string; $ref?: string; allOf?: unknown[] }>;
}

describe('OpenAPI document', () => {
  const t = useTestApp();

  it('is served at /docs-json with the contract paths', async () => {
    const res = await t.http().get('/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths as object);
    for (const p of [
      '/api/v1/auth/login',
      '/api/v1/auth/me',
      '/api/v1/regions',
      '/api/v1/regions/{id}',
      '/api/v1/users',
      '/api/v1/households',
      '/api/v1/households/{id}',
      '/api/v1/households/by-card/{cardCode}',
      '/api/v1/households/import',
      '/api/v1/households/imports/{id}',
      '/api/v1/stores',
      '/api/v1/stores/{id}/devices',
      '/health',
    ]) {
      expect(paths).toContain(p);
    }
    const ui = await t.http().get('/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('describes every field of every schema and every query parameter', async () => {
    const res = await t.http().get('/docs-json');
    const schemas = res.body.components.schemas as Record<string, Schema>;
    const undescribed: string[] = [];
    for (const [name, schema] of Object.entries(schemas)) {
      for (const [field, prop] of Object.entries(schema.properties ?? {})) {
        if (!prop.description && !prop.$ref) undescribed.push(`${name}.${field}`);
      }
    }
    const paths = res.body.paths as Record<string, Record<string, { parameters?: { name: string; in: string; description?: string }[] }>>;
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? []) if (p.in === 'query' && !p.description) undescribed.push(`${method.toUpperCase()} ${path} ?${p.name}`);
      }
    }
    expect(undescribed).toEqual([]);
    expect(Object.keys(schemas).length).toBeGreaterThan(10);
  });
});
