import { ConflictException, GoneException, NotFoundException } from '@nestjs/common';

/** The three reasons a link cannot be answered; the page shows each in the employee's language. */
export const unknownToken = () =>
  new NotFoundException({
    statusCode: 404,
    error: 'Not Found',
    problem: 'unknown',
    message: 'This answer link is not valid. Open the whole link from your invitation email.',
  });

export const expiredToken = (closedOn: string) =>
  new GoneException({
    statusCode: 410,
    error: 'Gone',
    problem: 'expired',
    message: `This survey closed on ${closedOn}. The next pulse will reach you by email.`,
  });

export const answeredToken = () =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    problem: 'answered',
    message: 'This survey has already been answered. Each invitation can be answered once.',
  });
