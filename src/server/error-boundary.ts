// The one place errors become HTTP answers: TriangulateError codes map to statuses, everything unknown is a plain 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isTriangulateError, type ErrorCode } from '../model/triangulate-error.js';

const STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_input: 400,
  bad_query: 400,
  bad_url: 400,
  unauthorized: 401,
  forbidden_address: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  binary: 415,
  empty: 422,
  unreadable: 422,
  bad_encoding: 422,
  unsupported: 501,
  fetch_failed: 502,
  bad_db: 503,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

export function installErrorBoundary(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isTriangulateError(error)) return sendError(reply, statusOf(error.code), error.code, error.message);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = request.method === 'GET' ? 'bad_query' : 'bad_input';
      return sendError(reply, 400, where, validationMessage(error));
    }
    // Fastify's own request errors (body too large, bad JSON, unknown media type) carry a 4xx status and a safe message.
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, fastifyCode(error), error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(reply, 500, 'internal', 'internal server error');
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `no route for ${request.method} ${request.url.split('?')[0]}`),
  );
}

function validationMessage(error: FastifyError): string {
  const issues = error.validation ?? [];
  const parts = issues.map((i) => {
    const path = (i.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    return path ? `${path}: ${i.message ?? 'invalid'}` : (i.message ?? 'invalid');
  });
  return `${error.validationContext ?? 'request'} is invalid: ${parts.join('; ') || error.message}`;
}

function fastifyCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    default:
      return 'bad_input';
  }
}
