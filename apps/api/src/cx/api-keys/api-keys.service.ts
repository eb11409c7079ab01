import { ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApiKeyDto, ApiKeyPurpose, CreatedApiKey } from '@ex-pulse/contracts';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../common/clock';
import { hashApiKey, looksLikeApiKey, newApiKey, sameHash, SHOWN_PREFIX_LENGTH } from './api-key-token';

/** The key a push was authenticated with. */
export interface ApiKeyCaller {
  id: string;
  name: string;
  purpose: ApiKeyPurpose;
}

const PURPOSE_WORDS: Record<ApiKeyPurpose, string> = {
  customer_scores: 'pushing customer scores',
  employee_sync: 'syncing the employee list',
};

const COLUMNS = `k.id, k.name, k.purpose, k.prefix, k.created_at AS "createdAt", u.name AS "createdBy",
                 k.last_used_at AS "lastUsedAt", k.revoked_at AS "revokedAt"`;

/** API keys HR creates for CX tools; the database holds only each key's hash and first characters. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The full key is in the answer, once; it is not stored and cannot be shown again. */
  async create(user: AuthenticatedUser, name: string, purpose: ApiKeyPurpose): Promise<CreatedApiKey> {
    const { key, prefix, hash } = newApiKey();
    const [row] = await this.db.query(
      `WITH k AS (
         INSERT INTO api_key (name, prefix, key_hash, created_by, created_at, purpose) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
       ) SELECT ${COLUMNS} FROM k LEFT JOIN app_user u ON u.id = k.created_by`,
      [name.trim(), prefix, hash, user.id, this.clock.now(), purpose],
    );
    return { ...toDto(row), key };
  }

  async list(): Promise<ApiKeyDto[]> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM api_key k LEFT JOIN app_user u ON u.id = k.created_by
        ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.name`,
    );
    return rows.map(toDto);
  }

  /** Revoking twice is fine; the first revocation time stays. */
  async revoke(id: string): Promise<void> {
    const rows = await this.db.query(
      `UPDATE api_key SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING id`,
      [id, this.clock.now()],
    );
    if (rows[0].length === 0) throw new NotFoundException('There is no API key with this id.');
  }

  /**
   * The live key behind a presented secret, its last use recorded; 401 otherwise, 403 for a key
   * made for another purpose. Candidates are found by their stored first characters, then their
   * hashes compared in constant time.
   */
  async authenticate(presented: string, purpose: ApiKeyPurpose): Promise<ApiKeyCaller> {
    if (!looksLikeApiKey(presented)) {
      throw new UnauthorizedException('The API key is not valid: EX Pulse keys start with "exk_" and are 47 characters long.');
    }
    const hash = hashApiKey(presented);
    const candidates: { id: string; name: string; purpose: ApiKeyPurpose; key_hash: Buffer; revoked_at: Date | null }[] = await this.db.query(
      `SELECT id, name, purpose, key_hash, revoked_at FROM api_key WHERE prefix = $1`,
      [presented.slice(0, SHOWN_PREFIX_LENGTH)],
    );
    const match = candidates.find((c) => sameHash(c.key_hash, hash));
    if (!match) throw new UnauthorizedException('The API key is not valid (unknown key). Ask HR for a key.');
    if (match.revoked_at) {
      throw new UnauthorizedException(
        `The API key "${match.name}" was revoked on ${match.revoked_at.toISOString().slice(0, 10)}. Ask HR for a new key.`,
      );
    }
    if (match.purpose !== purpose) {
      throw new ForbiddenException(
        `The API key "${match.name}" is for ${PURPOSE_WORDS[match.purpose]}, not for ${PURPOSE_WORDS[purpose]}. Ask HR for a key made for this.`,
      );
    }
    await this.db.query(`UPDATE api_key SET last_used_at = $2 WHERE id = $1`, [match.id, this.clock.now()]);
    return { id: match.id, name: match.name, purpose: match.purpose };
  }
}

function toDto(row: Record<string, unknown>): ApiKeyDto {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v));
  return {
    id: String(row.id),
    name: String(row.name),
    purpose: row.purpose as ApiKeyPurpose,
    prefix: String(row.prefix),
    createdAt: iso(row.createdAt)!,
    createdBy: (row.createdBy as string | null) ?? null,
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}
