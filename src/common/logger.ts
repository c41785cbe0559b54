import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * Structured JSON logs. Bodies are never logged (they may carry petitioners' personal data), and
 * credentials are redacted.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'reception-roster' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's id, kept from X-Request-Id if sane, echoed on the response. */
function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

const levelFor = (statusCode: number, err?: unknown) =>
  err || statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';

/** Access log plus a request id on every request and response. */
export function httpLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: assignRequestId,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: maskFeedToken(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) => levelFor(res.statusCode, err),
  });
}

/**
 * The same request id and access-log line as httpLogger, for the hot routes served ahead of Nest
 * (calendar feeds): pino-http builds a child logger and serialises the request on every call,
 * which costs more than answering a feed poll from cache.
 */
export function leanHttpLogger(logger: Logger) {
  return (req: IncomingMessage & { id?: unknown }, res: ServerResponse, next: () => void) => {
    const started = performance.now();
    req.id = assignRequestId(req, res);
    res.once('finish', () => {
      const level = levelFor(res.statusCode);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id: req.id, method: req.method, url: maskFeedToken(req.url ?? '') },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        'request completed',
      );
    });
    next();
  };
}

/**
 * Feed tokens are 43 base64url characters. Any run of 40 or more such characters is taken for a
 * secret, wherever it stands (path in any case, query, several times) and however it was
 * written: the URL is decoded first, since Express decodes it before routing. UUIDs (36) stay.
 */
const SECRET_RUN = /[A-Za-z0-9_-]{40,}/g;

/** Access logs keep only the first characters of anything that may be a feed token. */
export function maskFeedToken(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // Malformed percent-encoding: masked as written (Express answers it with 400).
  }
  return decoded.replace(SECRET_RUN, (run) => `${run.slice(0, 4)}…`);
}

/** Routes Nest's own log lines into the same JSON stream. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
