import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/**
 * The one secret the API holds and the database never sees. Each use derives its own key from it
 * (HKDF-SHA256 with a purpose label), so a key for answer links and a key for sealed answers never
 * coincide. Whoever reads the database without it cannot compute an answer link, nor read an answer
 * waiting in the inbox (README, "What a database administrator can learn").
 */
export class AppSecret {
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly master: Buffer) {
    if (master.length < 32) throw new Error('The application secret must hold at least 32 bytes.');
  }

  /** 32 bytes for one purpose ("answer-link", "answer-seal", …), the same on every instance. */
  key(purpose: string): Buffer {
    let key = this.keys.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.master, Buffer.alloc(0), `ex-pulse/${purpose}`, 32));
      this.keys.set(purpose, key);
    }
    return key;
  }
}

/**
 * APP_SECRET when set (all instances of one installation must share it); otherwise the file at
 * APP_SECRET_FILE, created on first start with 32 random bytes and readable by its owner only.
 */
export function loadAppSecret(config: Pick<AppConfig, 'appSecret' | 'appSecretFile'>): AppSecret {
  if (config.appSecret) return new AppSecret(Buffer.from(config.appSecret, 'utf8'));
  const file = config.appSecretFile;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return new AppSecret(Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'));
}
