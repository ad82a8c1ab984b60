import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '../auth/decorators.js';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors/error-codes.js';
import { ERROR_CODES_EXTENSION, ErrorResponseDto } from './api-errors.js';

const ERROR_SCHEMA = `#/components/schemas/${ErrorResponseDto.name}`;

const TAGS: [string, string][] = [
  ['auth', 'Staff log-in and who the caller is'],
  ['regions', 'The county tree: townships, villages, grids'],
  ['users', 'Staff accounts'],
  ['households', 'Households, members, cards and roster imports'],
  ['evidence', 'Evidence photos for points claims, re-encoded without metadata'],
  ['programs', 'Points programs, their rules and periods'],
  ['publicity', 'Public notice (公示): entries waiting out their notice period, objections and decisions'],
  ['awards', 'Awards, deductions and reversals'],
  ['claims', 'Claims (申报) by residents and staff, and their review (审核)'],
  ['ledger', 'Balances, statements and the ledger check'],
  ['stores', 'Love supermarkets, goods and kiosk devices'],
  ['redemptions', 'Redemptions at the counter, refunds and settlement'],
  ['rankings', 'Ranking runs, publication, project money and public boards'],
  [
    'reports',
    "The county's reports over the caller's region: redemptions, participation, liability, expiring points, staff activity, 台账 (JSON, CSV, xlsx)",
  ],
  ['audit', 'Who did what'],
  ['health', 'Database and queue status'],
];

/** The OpenAPI document of the application, complete with security and error responses. */
export function buildApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Moral bank API')
    .setDescription(
      'Points ledger for rural and community governance: 积分制 / 道德银行 / 爱心超市 / 积分换项目.\n\n' +
        'Every error has one body (`ErrorResponseDto`) with a stable `code`; each operation lists, per HTTP status, the codes it can answer. ' +
        'Messages are in Chinese unless the request says `Accept-Language: en`. Points and money (fen) are integers, sent as strings where they may exceed 2^53.',
    )
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    .addServer('/', 'This service (same origin)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Staff token from `POST /api/v1/auth/login`' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'A kiosk device key of one store' }, 'api-key');
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const doc = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ErrorResponseDto] });
  return completeDocument(doc);
}

interface Parameter {
  in: string;
  name: string;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, unknown> };
  responses: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [extension: `x-${string}`]: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Turns the route decorators' marks into OpenAPI: public operations declare `security: []`, and
 * every operation lists, under each status, the error codes it can answer — its own (`@ApiErrors`)
 * and those every route of its kind can (authentication and roles, or the public routes' rate
 * limit; validation; a missing or out-of-region path resource; a reused Idempotency-Key; an internal error).
 */
export function completeDocument(doc: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      if (op[PUBLIC_EXTENSION]) op.security = [];
      delete op[PUBLIC_EXTENSION];
      const codes = errorCodesOf(op);
      delete op[ERROR_CODES_EXTENSION];
      for (const [status, ofStatus] of byStatus(codes)) op.responses[status] = errorResponse(ofStatus);
    }
  }
  return doc;
}

function errorCodesOf(op: Operation): ErrorCode[] {
  const codes = new Set<ErrorCode>((op[ERROR_CODES_EXTENSION] as ErrorCode[] | undefined) ?? []);
  const security = op.security ?? [];
  if (security.length > 0) {
    // The guard checks any X-Api-Key sent before it asks whether the route takes kiosks.
    codes.add('UNAUTHENTICATED').add('INVALID_API_KEY').add('FORBIDDEN');
  } else {
    codes.add('RATE_LIMITED');
  }
  const params = op.parameters ?? [];
  if (op.requestBody || params.some((p) => p.in === 'path' || p.in === 'query')) {
    codes.add('VALIDATION_FAILED');
    codes.add('MALFORMED_REQUEST');
  }
  if (params.some((p) => p.in === 'path')) {
    codes.add('NOT_FOUND');
    if (security.length > 0) codes.add('OUT_OF_SCOPE');
  }
  if (op.requestBody) codes.add('PAYLOAD_TOO_LARGE');
  if (op.requestBody?.content?.['application/json']) codes.add('UNSUPPORTED_MEDIA_TYPE');
  if (params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')) codes.add('IDEMPOTENCY_KEY_REUSED');
  // Any route may meet a passing database failure (a dropped connection, a deadlock): 503 with Retry-After.
  codes.add('TEMPORARILY_UNAVAILABLE');
  codes.add('INTERNAL_ERROR');
  return [...codes];
}

function byStatus(codes: ErrorCode[]): [string, ErrorCode[]][] {
  const groups = new Map<string, ErrorCode[]>();
  for (const code of codes) {
    const status = String(ERROR_CATALOGUE[code].status);
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([status, list]) => [status, list.sort()]);
}

function errorResponse(codes: ErrorCode[]) {
  return {
    description: codes.map((c) => `\`${c}\`: ${ERROR_CATALOGUE[c].en}`).join('; '),
    'x-error-codes': codes,
    content: {
      'application/json': {
        schema: { $ref: ERROR_SCHEMA },
        examples: Object.fromEntries(
          codes.map((code) => [
            code,
            {
              summary: ERROR_CATALOGUE[code].en,
              value: { error: { code, message: ERROR_CATALOGUE[code].zh, details: {}, requestId: '5f0c6f1e-0f5e-4a4b-9b8e-3c1f2a9d7e10' } },
            },
          ]),
        ),
      },
    },
  };
}
