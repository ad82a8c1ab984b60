import type { LoggerService } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger as Pino } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

/** The logger of the current request (with its id), for log lines written while serving it. */
const requestLogger = new AsyncLocalStorage<Pino>();

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A caller's X-Request-Id is kept when it is sane; otherwise a new one is made. It is echoed back. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

export function createRootLogger(level: string): Pino {
  return pino({ level, base: { service: 'moral-bank' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Access log plus request-scoped logger: every line logged during a request carries `reqId`. */
export function httpLogger(root: Pino): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const http: HttpLogger = pinoHttp({
    logger: root,
    genReqId: requestId,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req, res, next) => {
    http(req, res);
    requestLogger.run((req as IncomingMessage & { log: Pino }).log, next);
  };
}

/** Nest's logger interface on top of pino, JSON lines on stdout. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly root: Pino) {}

  private write(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal', message: unknown, params: unknown[]): void {
    const logger = requestLogger.getStore() ?? this.root;
    const context = typeof params[params.length - 1] === 'string' ? (params[params.length - 1] as string) : undefined;
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const msg = typeof params[0] === 'string' && params.length > 1 ? params[0] : undefined;
      logger[level]({ context, ...(message as object) }, msg);
    } else if (message instanceof Error) {
      logger[level]({ context, err: message }, message.message);
    } else {
      const stack = level === 'error' && params.length > 1 && typeof params[0] === 'string' ? params[0] : undefined;
      logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }
}
