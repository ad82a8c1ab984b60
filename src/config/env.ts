import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MinLength, Min, validateSync } from 'class-validator';
import { IsTrustProxy } from './trust-proxy.js';

const bool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? ['true', '1', 'yes'].includes(value.toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(value.toLowerCase())
        ? false
        : value
    : value;
const int = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** Environment variables the service reads. Every one is optional in development. */
export class EnvVars {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  /** postgres://… URL, or `embedded` to force the embedded PostgreSQL. */
  @IsOptional()
  @Matches(/^(embedded|postgres(ql)?:\/\/.+)$/, { message: 'must be a postgres:// URL or "embedded"' })
  DATABASE_URL?: string;

  /** Database created on a local server when DATABASE_URL is not set. */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case PostgreSQL identifier' })
  DATABASE_NAME = 'moral_bank';

  /** redis:// URL, or `none` to force the in-process job runner. */
  @IsOptional()
  @Matches(/^(none|rediss?:\/\/.+)$/, { message: 'must be a redis:// URL or "none"' })
  REDIS_URL?: string;

  /** Connections in this process's database pool. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 20;

  /** Redis key prefix of the queues; default `moral-bank-<database name>`, so deployments sharing a Redis never take each other's jobs. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 letters, digits, dot, dash or underscore' })
  QUEUE_PREFIX?: string;

  /**
   * Seconds a job's lock lasts without renewal, and how often workers look for stalled jobs: a job
   * whose worker died runs again (or fails, the second time) after one to two of these; the
   * reconciler looks every two.
   */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(5)
  @Max(600)
  JOB_STALL_SECONDS = 30;

  /** Seconds before a message's first retry through a channel; each retry waits twice as long as the last. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(3600)
  MESSAGE_RETRY_SECONDS = 60;

  /** Tries of a message through a channel before it is marked failed. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(20)
  MESSAGE_MAX_ATTEMPTS = 8;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'must look like 15m, 12h or 7d' })
  JWT_TTL = '12h';

  /** Key for hashing phone and ID numbers; generated under DATA_DIR in development. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  PII_HASH_KEY?: string;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  MIGRATIONS_RUN = true;

  /** Whether this process consumes jobs (API instances may leave it to `npm run worker`). */
  @IsOptional()
  @Transform(bool)
  @IsBoolean()
  WORKER_ENABLED = true;

  @IsOptional()
  @IsString()
  DATA_DIR = '.data';

  /** Where the counties' private log-signing keys are kept (docs/transparency.md); default: DATA_DIR/keys. */
  @IsOptional()
  @IsString()
  LOG_KEY_DIR?: string;

  /** The built web pages (`npm run build:web`); default: web/dist of the project. */
  @IsOptional()
  @IsString()
  WEB_DIR?: string;

  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Failed logins allowed per username per minute; a client address may fail five times as often. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_RATE_LIMIT = 10;

  /** Requests per client address per minute to routes that need no login (health, log-in, public boards). */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(10)
  @Max(1000000)
  PUBLIC_RATE_LIMIT = 600;

  /** Largest accepted import file, in megabytes. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(200)
  IMPORT_MAX_MB = 20;

  /** Most data rows an import may have (a county has about 10⁵ households; a village file far fewer). */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  IMPORT_MAX_ROWS = 100_000;

  /** Most megabytes a workbook may unpack to (an .xlsx is a ZIP: a small file may unpack to gigabytes). */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  IMPORT_MAX_UNPACKED_MB = 100;

  /** Longest an import may take to read, in seconds. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(86_400)
  IMPORT_MAX_SECONDS = 300;

  /** Largest accepted evidence photo, in megabytes. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(1)
  @Max(50)
  EVIDENCE_MAX_MB = 10;

  /** Proxies whose X-Forwarded-For is believed: `none`, or IP addresses, CIDR ranges, `loopback`, `linklocal`, `uniquelocal`, comma-separated. */
  @IsOptional()
  @IsTrustProxy()
  TRUST_PROXY = 'loopback';

  /** Days an Idempotency-Key is kept; kiosks sync their offline queues late, so never fewer than 30. */
  @IsOptional()
  @Transform(int)
  @IsInt()
  @Min(30)
  @Max(3650)
  IDEMPOTENCY_RETENTION_DAYS = 30;
}

export class ConfigError extends Error {}

const SECRET_VARS = new Set(['JWT_SECRET', 'PII_HASH_KEY']);

/** A bad value as shown in the error: secrets hidden, URL passwords masked (the message goes to logs). */
function shownValue(name: string, value: unknown): string {
  if (SECRET_VARS.has(name)) return '(hidden)';
  return JSON.stringify(typeof value === 'string' ? value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@') : value);
}

/** Validates the environment; throws a ConfigError whose message is one line per bad variable. */
export function validateEnv(env: NodeJS.ProcessEnv): EnvVars {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') raw[k] = v;
  const vars = plainToInstance(EnvVars, raw, { exposeDefaultValues: true });
  const errors = validateSync(vars, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) =>
        `Invalid environment variable ${e.property}=${shownValue(e.property, e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(lines.join('\n'));
  }
  if (vars.NODE_ENV === 'production') {
    for (const key of ['JWT_SECRET', 'PII_HASH_KEY'] as const) {
      if (!vars[key]) throw new ConfigError(`Missing environment variable ${key}: required when NODE_ENV=production`);
    }
  }
  return vars;
}
