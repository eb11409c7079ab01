import type { Language } from '@ex-pulse/contracts';
import { BadRequestException, ConflictException, GoneException, NotFoundException } from '@nestjs/common';

/**
 * The three reasons a link cannot be answered; the page shows each in the employee's language,
 * which the holder of a real (expired or used) link may learn. An unknown token learns nothing.
 */
export const unknownToken = () =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    problem: 'unknown',
    message: 'This answer link is not valid. Open the whole link from your invitation email.',
  });

export const expiredToken = (closedOn: string, language: Language) =>
  new GoneException({
    statusCode: 410,
    error: 'Gone',
    problem: 'expired',
    language,
    message: `This survey closed on ${closedOn}. The next pulse will reach you by email.`,
  });

export const answeredToken = (language: Language) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    problem: 'answered',
    language,
    message: 'This survey has already been answered. Each invitation can be answered once.',
  });

/** An answer the survey cannot take (a bad 1–5 answer, an unknown reason, …): each sentence in the employee's language. */
export const badAnswer = (problems: string[], language: Language) =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', language, message: problems });
