/** The shortest password an account may set (NIST SP 800-63B asks for at least 8; we ask 12). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** What is wrong with a new password, or null when it may be used. */
export function passwordProblem(password: string, email: string): 'too_short' | 'too_long' | 'is_email' | null {
  if (Array.from(password).length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  if (password.trim().toLowerCase() === email.trim().toLowerCase()) return 'is_email';
  return null;
}
