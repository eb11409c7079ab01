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
  loginMaxFailuresPerHour: number;
  webDist: string;
  /** Minutes between scheduler runs; 0 disables the job (tests run it by hand). */
  schedulerIntervalMinutes: number;
  /** Seconds between delivery runs; 0 disables the job. */
  deliveryIntervalSeconds: number;
  deliveryMaxAttempts: number;
  /** null: no SMTP server, messages go to the dev mailbox in the web app. */
  smtp: SmtpConfig | null;
  mailFrom: string;
  /** An admin may run the planner and the delivery "as of" another day (demo instances). */
  allowSimulatedDays: boolean;
  /** APP_SECRET (at least 32 characters), or null to keep a generated one in appSecretFile. */
  appSecret: string | null;
  appSecretFile: string;
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
    loginMaxFailuresPerHour: int('LOGIN_MAX_FAILURES_PER_HOUR', 100, 1, 100_000),
    webDist: resolve(env.WEB_DIST?.trim() || 'dist/web/browser'),
    schedulerIntervalMinutes: int('SCHEDULER_INTERVAL_MINUTES', 5, 0, 24 * 60),
    deliveryIntervalSeconds: int('DELIVERY_INTERVAL_SECONDS', 30, 0, 24 * 3600),
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
  };
  if (config.appSecret !== null && config.appSecret.length < 32) {
    problems.push('APP_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`).');
  }
  config.commentK = Math.max(config.commentK, config.anonymityK);
  if (problems.length) throw new Error(`Configuration is invalid:\n- ${problems.join('\n- ')}`);
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
