import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Every configuration variable of the API, validated once at start (README lists them). */
export interface AppConfig {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | null;
  embeddedPgPort: number;
  embeddedPgDir: string;
  seedDemo: boolean;
  cookieSecure: boolean;
  anonymityK: number;
  /** Minimum responses behind a comment's segment (never below anonymityK). */
  commentK: number;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** The sign-in throttle (README, "Sign-in limits"). */
  signInLimits: SignInLimits;
  /**
   * Express's "trust proxy": false (the socket's address is the client), a number of proxy hops,
   * or the addresses and subnets of the proxies whose X-Forwarded-For is believed.
   */
  trustProxy: false | number | string[];
  /** Requests per minute one client address may make to the answer-link endpoints; 0: no limit. */
  surveyMaxRequestsPerMinute: number;
  webDist: string;
  /** Minutes between scheduler runs; 0 disables the job (tests run it by hand). */
  schedulerIntervalMinutes: number;
  /** Seconds between delivery runs; 0 disables the job. */
  deliveryIntervalSeconds: number;
  /** DIGEST_WEEKDAY: the weekly digest's day, ISO (1 = Monday … 7 = Sunday); 0: no digest. Planned with the scheduler's interval. */
  digestWeekday: number;
  deliveryMaxAttempts: number;
  /** null: no SMTP server, messages go to the dev mailbox in the web app. */
  smtp: SmtpConfig | null;
  mailFrom: string;
  /** An admin may run the planner and the delivery "as of" another day (demo instances). */
  allowSimulatedDays: boolean;
  /** APP_SECRET (at least 32 characters), or null to keep a generated one in appSecretFile. */
  appSecret: string | null;
  appSecretFile: string;
  /** On SIGTERM/SIGINT: seconds requests in flight get to finish before their connections are cut. */
  shutdownGraceSeconds: number;
  /** Days an invitation (and its emails) is kept after it expired; the figures keep counting it. */
  invitationRetentionDays: number;
  /** Days a sent, skipped or failed email is kept after it was last tried. */
  outboxRetentionDays: number;
  /** Minutes between prunings of data past its retention, ended sessions and old sign-in counters; 0: never. */
  retentionIntervalMinutes: number;
  /** EMPLOYEE_SYNC_MAX_ENDING_PERCENT / 100: a sync ending a larger share of current employees is held for HR. */
  employeeSyncMaxEndingShare: number;
  /** Single sign-on with OpenID Connect (README, "Single sign-on"); null: not configured. */
  oidc: OidcConfig | null;
  /** LOCAL_PASSWORDS: false turns the email-and-password sign-in off (then OIDC must be configured). */
  localPasswords: boolean;
}

export interface OidcConfig {
  /** The provider's issuer; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Registered at the provider; default `<PUBLIC_URL>/api/auth/oidc/callback`. */
  redirectUrl: string;
  /** The provider's name on the login page: "Sign in with <label>". */
  buttonLabel: string;
}

export interface SignInLimits {
  /** Failed sign-ins per client address and account (or per known browser) before delays start. */
  freeFailures: number;
  /** The first delay; each further failure doubles it, up to maxBackoffSeconds. */
  backoffSeconds: number;
  maxBackoffSeconds: number;
  /** Failed sign-ins per client address per hour, whatever the accounts. */
  maxFailuresPerAddressPerHour: number;
  /** Failed sign-ins per account per hour from browsers that never signed in to it. */
  maxFailuresPerAccountPerHour: number;
}

export interface SmtpConfig {
  host: string;
  port: number;
  user: string | null;
  password: string | null;
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  secure: boolean;
}

type Env = Record<string, string | undefined>;

export function loadAppConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}").`);
    return fallback;
  };

  const port = int('PORT', 3000, 1, 65535);
  const seedDemo = bool('SEED_DEMO', true);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const config: AppConfig = {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329, 1, 65535),
    embeddedPgDir: resolve(env.EMBEDDED_PG_DIR?.trim() || '.data/postgres'),
    seedDemo,
    cookieSecure: bool('COOKIE_SECURE', true),
    anonymityK: int('ANONYMITY_K', 5, 3, 1000),
    commentK: int('COMMENT_K', 10, 3, 1000),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    signInLimits: {
      freeFailures: int('LOGIN_FREE_FAILURES', 5, 1, 100),
      backoffSeconds: int('LOGIN_BACKOFF_SECONDS', 30, 1, 3600),
      maxBackoffSeconds: 60 * int('LOGIN_BACKOFF_MAX_MINUTES', 15, 1, 24 * 60),
      maxFailuresPerAddressPerHour: int('LOGIN_MAX_FAILURES_PER_ADDRESS_PER_HOUR', 50, 1, 100_000),
      maxFailuresPerAccountPerHour: int('LOGIN_MAX_FAILURES_PER_HOUR', 30, 1, 100_000),
    },
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    surveyMaxRequestsPerMinute: int('SURVEY_MAX_REQUESTS_PER_MINUTE', 1200, 0, 1_000_000),
    webDist: resolve(env.WEB_DIST?.trim() || 'dist/web/browser'),
    schedulerIntervalMinutes: int('SCHEDULER_INTERVAL_MINUTES', 5, 0, 24 * 60),
    deliveryIntervalSeconds: int('DELIVERY_INTERVAL_SECONDS', 30, 0, 24 * 3600),
    digestWeekday: int('DIGEST_WEEKDAY', 1, 0, 7),
    deliveryMaxAttempts: int('DELIVERY_MAX_ATTEMPTS', 8, 1, 100),
    smtp: env.SMTP_HOST?.trim()
      ? {
          host: env.SMTP_HOST.trim(),
          port: int('SMTP_PORT', 587, 1, 65535),
          user: env.SMTP_USER?.trim() || null,
          password: env.SMTP_PASSWORD ?? null,
          secure: bool('SMTP_SECURE', false),
        }
      : null,
    mailFrom: env.MAIL_FROM?.trim() || 'EX Pulse <pulse@localhost>',
    allowSimulatedDays: bool('ALLOW_SIMULATED_DAYS', seedDemo),
    appSecret: env.APP_SECRET || null,
    appSecretFile: resolve(env.APP_SECRET_FILE?.trim() || '.data/app-secret'),
    shutdownGraceSeconds: int('SHUTDOWN_GRACE_SECONDS', 5, 0, 600),
    invitationRetentionDays: int('INVITATION_RETENTION_DAYS', 730, 30, 36_500),
    outboxRetentionDays: int('OUTBOX_RETENTION_DAYS', 90, 7, 36_500),
    retentionIntervalMinutes: 0,
    employeeSyncMaxEndingShare: int('EMPLOYEE_SYNC_MAX_ENDING_PERCENT', 20, 0, 100) / 100,
    oidc: null,
    localPasswords: bool('LOCAL_PASSWORDS', true),
  };
  config.oidc = oidcConfig(env, config.publicUrl, problems);
  if (!config.localPasswords && !config.oidc) {
    problems.push('LOCAL_PASSWORDS=false needs single sign-on (OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): otherwise no one could sign in.');
  }
  if (config.appSecret !== null && config.appSecret.length < 32) {
    problems.push('APP_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`).');
  }
  // With the planner off (SCHEDULER_INTERVAL_MINUTES=0, as in tests) the pruning is off too unless set.
  config.retentionIntervalMinutes = int('RETENTION_INTERVAL_MINUTES', config.schedulerIntervalMinutes === 0 ? 0 : 60, 0, 7 * 24 * 60);
  config.commentK = Math.max(config.commentK, config.anonymityK);
  if (problems.length) throw new Error(`Configuration is invalid:\n- ${problems.join('\n- ')}`);
  return config;
}

/**
 * OIDC_*: all of issuer, client id and secret, or none. The issuer and the redirect URL must be
 * https, except on a loopback host (a provider on the same machine, tests).
 */
function oidcConfig(env: Env, publicUrl: string, problems: string[]): OidcConfig | null {
  const issuerUrl = env.OIDC_ISSUER_URL?.trim().replace(/\/+$/, '') ?? '';
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
  if (!issuerUrl && !clientId && !clientSecret) return null;
  const missing = [['OIDC_ISSUER_URL', issuerUrl], ['OIDC_CLIENT_ID', clientId], ['OIDC_CLIENT_SECRET', clientSecret]]
    .filter(([, value]) => !value).map(([name]) => name);
  if (missing.length) {
    problems.push(`Single sign-on needs OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together; missing: ${missing.join(', ')}.`);
    return null;
  }
  const redirectUrl = env.OIDC_REDIRECT_URL?.trim() || `${publicUrl}/api/auth/oidc/callback`;
  for (const [name, value] of [['OIDC_ISSUER_URL', issuerUrl], ['OIDC_REDIRECT_URL', redirectUrl]]) {
    if (!secureOrLoopback(value)) problems.push(`${name} must be an https:// URL (http:// only on localhost) (got "${value}").`);
  }
  return { issuerUrl, clientId, clientSecret, redirectUrl, buttonLabel: env.OIDC_BUTTON_LABEL?.trim() || 'single sign-on' };
}

function secureOrLoopback(value: string): boolean {
  try {
    const url = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'https:' || (url.protocol === 'http:' && loopback);
  } catch {
    return false;
  }
}

/** Names Express accepts for its own sets of proxy addresses. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: unset, "false" or 0 believe no X-Forwarded-For; a number the hops of proxies in
 * front; or a comma-separated list of proxy addresses, subnets (CIDR) and Express's names
 * loopback, linklocal, uniquelocal. "true" (believe any sender) is refused: the client would
 * choose its own address, and with it its own sign-in and answer limits.
 */
function trustProxy(raw: string | undefined, problems: string[]): false | number | string[] {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['', 'false', 'no', 'off', '0'].includes(value)) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 10) return hops;
  }
  if (['true', 'yes', 'on'].includes(value)) {
    problems.push('TRUST_PROXY=true would believe any X-Forwarded-For; give the number of proxies in front (e.g. 1) or their addresses.');
    return false;
  }
  const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
  const valid = (entry: string) => {
    if (PROXY_NAMES.has(entry)) return true;
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address);
    if (!version || extra !== undefined) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
  };
  const invalid = entries.filter((entry) => !valid(entry));
  if (!entries.length || invalid.length) {
    problems.push(
      `TRUST_PROXY must be false, a number of proxy hops from 1 to 10, or proxy addresses and subnets (got "${raw}").`,
    );
    return false;
  }
  return entries;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
