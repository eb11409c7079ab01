import type { NextFunction, Request, Response } from 'express';

/** Deepest nesting of objects and arrays a request may hold (the body itself is level 1). */
export const MAX_INPUT_DEPTH = 20;

/** Keys that name JavaScript's object machinery rather than data. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NUL_MESSAGE = 'The request contains a NUL character (\\u0000), which no text may hold; remove it.';

/**
 * What makes a parsed request unfit to reach validation, or null: nesting deeper than
 * MAX_INPUT_DEPTH (class-transformer recurses and overflows the stack on thousands of levels),
 * a NUL character in a text or key (PostgreSQL refuses it in text), or a reserved key.
 * Walks with its own stack, so a deep value cannot overflow this check either.
 */
export function unfitInput(value: unknown): string | null {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  while (pending.length) {
    const { value: current, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return NUL_MESSAGE;
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (depth > MAX_INPUT_DEPTH) {
      return `The request nests objects or arrays more than ${MAX_INPUT_DEPTH} levels deep; send a flatter body.`;
    }
    for (const key of Object.keys(current)) {
      if (RESERVED_KEYS.has(key)) return `The request uses the reserved key "${key}"; rename or remove it.`;
      if (key.includes('\u0000')) return NUL_MESSAGE;
      pending.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}

/** 400 for a parsed body or query string that unfitInput refuses, before any guard or pipe sees it. */
export function refuseUnfitInput(req: Request, res: Response, next: NextFunction): void {
  const problem = unfitInput(req.body) ?? unfitInput(req.query);
  if (problem) {
    res.status(400).json({ statusCode: 400, error: 'Bad Request', message: problem });
    return;
  }
  next();
}

/**
 * HTML forms are not how anything talks to this API: a url-encoded body is refused (415) before
 * any parser reads it, which also keeps a cross-site form from posting to the sign-in.
 */
export function refuseFormBodies(req: Request, res: Response, next: NextFunction): void {
  if (req.is('application/x-www-form-urlencoded')) {
    res.status(415).json(notJson());
    return;
  }
  next();
}

export function notJson(): { statusCode: number; error: string; message: string } {
  return {
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: 'Send the request body as JSON (Content-Type: application/json).',
  };
}

/** "100 kB", "20 MB": how README and the messages state a body limit. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} kB`;
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * The errors of Express's body parsers (json, raw) as JSON a person can act on, instead of the
 * parser's own words ("request entity too large"); any other error goes on to Nest.
 */
export function bodyParserErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const { type, status, limit } = (error ?? {}) as BodyParserError;
  const answer = (code: number, name: string, message: string) => res.status(code).json({ statusCode: code, error: name, message });
  switch (type) {
    case 'entity.too.large':
      answer(413, 'Payload Too Large', `The request body is larger than the ${formatBytes(limit ?? 0)} this endpoint accepts.`);
      return;
    case 'entity.parse.failed':
      answer(400, 'Bad Request', 'The request body is not valid JSON.');
      return;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      answer(415, 'Unsupported Media Type', 'Send the request body as UTF-8, uncompressed or gzip/deflate/br.');
      return;
    case 'request.aborted':
    case 'request.size.invalid':
      answer(400, 'Bad Request', 'The request body ended before its stated length.');
      return;
    default:
      if (status && status >= 400 && status < 500 && type) {
        answer(status, 'Bad Request', 'The request body could not be read.');
        return;
      }
      next(error);
  }
}
