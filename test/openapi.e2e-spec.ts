import { readFileSync } from 'node:fs';
import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { components, paths } from '../client/schema.js';
import { CLIENT_FILES, documentText, typesText } from '../scripts/client-files.js';
import { ERROR_CATALOGUE } from '../src/common/errors/error-codes.js';
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
        for (const p of op.parameters ?? [])
          if (p.in === 'query' && !p.description) undescribed.push(`${method.toUpperCase()} ${path} ?${p.name}`);
      }
    }
    expect(undescribed).toEqual([]);
    expect(Object.keys(schemas).length).toBeGreaterThan(10);
  });

  describe('the committed contract (client/)', () => {
    it('is the document the service serves: run `npm run openapi` after changing a route or a DTO', async () => {
      const res = await t.http().get('/docs-json');
      expect(res.status).toBe(200);
      expect(documentText(res.body)).toBe(readFileSync(CLIENT_FILES.document, 'utf8'));
    });

    it('types a client by it: an answer of the service fits its operation and the error body', async () => {
      type Login = paths['/api/v1/auth/login']['post'];
      const body: Login['requestBody']['content']['application/json'] = { username: 'nobody', password: 'wrong-password' };
      const res = await t.http().post('/api/v1/auth/login').send(body);
      expect(res.status).toBe(401);
      const error: Login['responses'][401]['content']['application/json'] = res.body as components['schemas']['ErrorResponseDto'];
      const code: components['schemas']['ErrorDetailDto']['code'] = error.error.code;
      expect(code).toBe('INVALID_CREDENTIALS');
    });

    it('has TypeScript types generated from that document', async () => {
      const res = await t.http().get('/docs-json');
      expect(await typesText(res.body)).toBe(readFileSync(CLIENT_FILES.types, 'utf8'));
    });
  });

  it('gives every success response a body schema, so a typed client knows what it gets', async () => {
    const res = await t.http().get('/docs-json');
    type Response = { content?: Record<string, { schema?: unknown }> };
    const paths = res.body.paths as Record<string, Record<string, { responses: Record<string, Response> }>>;
    const bare: string[] = [];
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const successes = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
        if (successes.length !== 1) bare.push(`${method} ${path}: ${successes.length} success statuses`);
        for (const [status, r] of successes) {
          const content = Object.values(r.content ?? {});
          if (status !== '204' && (content.length === 0 || content.some((c) => !c.schema)))
            bare.push(`${method} ${path}: ${status} without a schema`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('documents each success under the status its route answers (201 for a POST unless @HttpCode says otherwise)', () => {
    const wrong: string[] = [];
    let routes = 0;
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.controllers.values()) {
        if (!metatype) continue;
        const proto = metatype.prototype as Record<string, unknown>;
        for (const name of Object.getOwnPropertyNames(proto)) {
          const handler = proto[name] as object;
          const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
          if (method === undefined) continue;
          routes++;
          const status =
            (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200);
          // Where @ApiResponse and its shorthands (@ApiOkResponse, …) keep their statuses.
          const documented = Object.keys((Reflect.getMetadata('swagger/apiResponse', handler) as object | undefined) ?? {}).filter((s) =>
            s.startsWith('2'),
          );
          if (documented.join() !== String(status))
            wrong.push(`${metatype.name}.${name}: answers ${status}, documents ${documented.join() || 'nothing'}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(routes).toBeGreaterThan(60);
  });

  it('lists, for every operation, error codes of the catalogue under their own status with the one error body', async () => {
    const res = await t.http().get('/docs-json');
    type Response = { 'x-error-codes'?: string[]; content?: Record<string, { schema?: { $ref?: string } }> };
    const paths = res.body.paths as Record<string, Record<string, { responses: Record<string, Response>; security?: unknown[] }>>;
    const wrong: string[] = [];
    let operations = 0;
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        operations++;
        const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
        if (!errors.some(([status]) => Number(status) < 500)) wrong.push(`${method} ${path}: no 4xx`);
        for (const [status, r] of errors) {
          for (const code of r['x-error-codes'] ?? []) {
            const entry = ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE];
            if (entry?.status !== Number(status)) wrong.push(`${method} ${path}: ${code} under ${status}`);
          }
          if (r.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponseDto')
            wrong.push(`${method} ${path}: ${status} body`);
        }
        if (!Array.isArray(op.security)) wrong.push(`${method} ${path}: no security`);
      }
    }
    expect(wrong).toEqual([]);
    expect(operations).toBeGreaterThan(60);
    // What an integrator of the counter looks for, without reading the code.
    const redeem = paths['/api/v1/stores/{id}/redemptions'].post.responses['422']['x-error-codes'];
    expect(redeem).toEqual(
      expect.arrayContaining(['INSUFFICIENT_POINTS', 'OUT_OF_STOCK', 'ITEM_LIMIT_REACHED', 'NOT_ELIGIBLE', 'IDEMPOTENCY_KEY_REUSED']),
    );
    expect(paths['/api/v1/auth/login'].post.security).toEqual([]);
    expect(paths['/api/v1/auth/login'].post.responses['429']['x-error-codes']).toEqual(['RATE_LIMITED']);
  });
});
