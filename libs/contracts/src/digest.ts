import type { Language } from './org';

/**
 * GET/PUT /api/digest/preferences: the signed-in user's weekly digest (issue 12). Managers and
 * leaders get it unless they turn it off; admins only when they turn it on.
 */
export interface DigestPreferences {
  /** Whether this user receives the weekly digest. */
  weeklyDigest: boolean;
  /** The language of the user's mail. */
  language: Language;
  /** What the role gets when the user has not chosen (managers and leaders: on; admins: off). */
  roleDefault: boolean;
}

export interface UpdateDigestPreferences {
  weeklyDigest?: boolean;
  language?: Language;
}
