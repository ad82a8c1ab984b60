export type DatabaseKind = 'url' | 'local' | 'embedded';
export type QueueKind = 'redis' | 'in-process';

/** The typed configuration every module reads; built once at boot by `resolveRuntime` (through `buildConfig`). */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  jwtSecret: string;
  jwtTtl: string;
  piiHashKey: string;
  /** Where the PII key came from, for messages: `PII_HASH_KEY` or the secrets file in DATA_DIR. */
  piiHashKeyFrom: string;
  migrationsRun: boolean;
  workerEnabled: boolean;
  dataDir: string;
  /** The counties' private Ed25519 log-signing keys (LOG_KEY_DIR, else DATA_DIR/keys). */
  logKeyDir: string;
  /** The built web pages served at /kiosk, /h/…, /board/…, /plates/… */
  webDir: string;
  loginRateLimit: number;
  /** Requests per client address per minute to public routes. */
  publicRateLimit: number;
  importMaxBytes: number;
  /** What one import may cost to read: data rows, unpacked bytes of a workbook, seconds. */
  importLimits: { maxRows: number; maxUnpackedBytes: number; maxMs: number };
  /** Largest accepted evidence photo, in bytes. */
  evidenceMaxBytes: number;
  /** Proxies whose X-Forwarded-For is believed, for Express's `trust proxy` (empty: none). */
  trustProxy: string[];
  /** Days an Idempotency-Key is kept (at least 30). */
  idempotencyRetentionDays: number;
  /** Messages through the county's channels: the first retry's wait (doubling after) and the tries before failing. */
  messages: { retrySeconds: number; maxAttempts: number };
  database: { kind: DatabaseKind; url: string; poolSize: number };
  /** `stallMs`: a job's lock and the stalled-job check interval (the reconciler looks every two). */
  queue: { kind: QueueKind; url: string | null; prefix: string; stallMs: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
