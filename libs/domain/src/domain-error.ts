/**
 * A rule of the domain was broken by the input. The message is written for a person
 * and says what to change (e.g. "Score 11 is outside 0–10.").
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(message: string) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
