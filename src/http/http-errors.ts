import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../graphql/errors.js';

/**
 * Given a response, a status, a code, a message, the error's other extensions and the answer's own, answers in the
 * GraphQL-over-HTTP error shape, as JSON.
 */
export function sendError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}, extensions?: Record<string, unknown>): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }], ...(extensions ? { extensions } : {}) }));
}

/** Body-parser failures by their `type`: the status, code and message a client gets. */
const BODY_ERRORS: Record<string, [number, string, (error: { limit?: number; charset?: string; encoding?: string }) => string]> = {
  'entity.parse.failed': [400, ErrorCode.BAD_REQUEST, () => 'The request body is not valid JSON; send {"query": "...", "variables": {...}}.'],
  'entity.too.large': [413, ErrorCode.PAYLOAD_TOO_LARGE, (error) => `The request body is larger than the limit of ${error.limit} bytes.`],
  'entity.verify.failed': [400, ErrorCode.BAD_REQUEST, () => 'The request body was refused.'],
  'charset.unsupported': [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, (error) => `The charset ${JSON.stringify(error.charset)} is not supported; send UTF-8.`],
  'encoding.unsupported': [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, (error) => `The content encoding ${JSON.stringify(error.encoding)} is not supported.`],
  'content-type.unsupported': [415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, () => 'Send the operation as JSON: Content-Type: application/json.'],
  'request.aborted': [400, ErrorCode.BAD_REQUEST, () => 'The request body ended early.'],
  'request.size.invalid': [400, ErrorCode.BAD_REQUEST, () => 'The request body does not match its Content-Length.'],
};

/**
 * Given how to report server faults and whether to expose them, returns Express's last error handler: a client's
 * mistake answers 4xx with a code and is not logged as a fault; anything else is a bare 500 unless exposed.
 */
export function errorHandler(options: { exposeErrors: boolean; logFault: (error: unknown) => void; onClientError: (res: Response, code: string) => void }) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const fault = error as { type?: string; status?: number; statusCode?: number; message?: string; stack?: string };
    const known = fault.type ? BODY_ERRORS[fault.type] : undefined;
    if (known) {
      options.onClientError(res, known[1]);
      sendError(res, known[0], known[1], known[2](fault as never));
      return;
    }
    const status = fault.status ?? fault.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST;
      options.onClientError(res, code);
      sendError(res, status, code, 'The request was refused.');
      return;
    }
    options.logFault(error);
    sendError(
      res,
      500,
      ErrorCode.INTERNAL_SERVER_ERROR,
      options.exposeErrors ? (fault.message ?? String(error)) : 'Internal server error.',
      options.exposeErrors && fault.stack ? { stacktrace: fault.stack.split('\n') } : {},
    );
  };
}

/** Answers any path the server does not serve with a JSON 404. */
export function notFound(req: Request, res: Response): void {
  sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing is served at ${req.method} ${req.path}; the GraphQL endpoint is /graphql.`);
}
