/** Only a path inside this app may be a post-login destination (no open redirect). */
export function safeReturnUrl(value: string | null | undefined, fallback = '/dashboard'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/s#') || value === '/s') return fallback;
  return value;
}
