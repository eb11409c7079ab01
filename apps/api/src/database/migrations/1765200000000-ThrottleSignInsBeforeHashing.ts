import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in throttle (apps/api/src/auth/sign-in-throttle.*) replaces failed_login, which was read
 * before the password hash (~0.45 s) and written after it, keyed by email only: thirty guesses sent
 * at once were all checked, and anyone's hundred failures locked any account for an hour.
 *
 * sign_in_throttle holds one counter per limit and subject (a client address and account, a
 * browser known to an account, an address, an account); the key is an HMAC of the subject with
 * the application secret, so the table holds no address or email. An attempt is counted, or
 * refused, by one statement before the password is checked: the row lock on each counter
 * serialises concurrent guesses. A correct password gives the attempt back.
 *
 * sign_in_refusal is what HR sees: refused attempts counted per hour, limit, typed name and client
 * address, with the account when the name is one, and the name only masked (e•••@example.com).
 * Both tables forget: counters a day after their last failure, refusals after 30 days.
 */
export class ThrottleSignInsBeforeHashing1765200000000 implements MigrationInterface {
  name = 'ThrottleSignInsBeforeHashing1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE failed_login`);
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key bytea PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('client', 'device', 'address', 'account')),
        failures integer NOT NULL CHECK (failures >= 0),
        window_started_at timestamptz NOT NULL,
        last_failure_at timestamptz NOT NULL,
        last_refused boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX sign_in_throttle_last_failure_idx ON sign_in_throttle (last_failure_at)`);
    await q.query(`
      CREATE TABLE sign_in_refusal (
        hour timestamptz NOT NULL,
        kind text NOT NULL CHECK (kind IN ('client', 'device', 'address', 'account')),
        name_key bytea NOT NULL,
        address text NOT NULL,
        user_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        email_hint text NOT NULL,
        attempts integer NOT NULL CHECK (attempts > 0),
        first_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        PRIMARY KEY (hour, kind, name_key, address)
      )`);
    await q.query(`CREATE INDEX sign_in_refusal_last_at_idx ON sign_in_refusal (last_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS sign_in_refusal`);
    await q.query(`DROP TABLE IF EXISTS sign_in_throttle`);
    await q.query(`
      CREATE TABLE failed_login (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX failed_login_email_time_idx ON failed_login (lower(email), attempted_at)`);
  }
}
