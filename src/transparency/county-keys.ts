import { Inject, Injectable } from '@nestjs/common';
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { lockNamed } from '../common/db/locks.js';
import { DomainError } from '../common/errors/domain-error.js';
import { keyIdOf } from '../common/transparency/tree-head.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

export interface PublicKeyView {
  keyId: string;
  /** The 32 raw bytes of the Ed25519 public key, base64. */
  publicKey: string;
  createdAt: Date;
  retiredAt: Date | null;
}

interface KeyRow {
  key_id: string;
  public_key: Buffer;
  created_at: Date;
  retired_at: Date | null;
}

/** Signs with a county's current key. */
export interface HeadSigner {
  keyId: string;
  publicKey: string;
  sign(message: Uint8Array): Buffer;
}

/**
 * A county's Ed25519 log-signing keys. The private part is a PKCS#8 PEM file under the key folder
 * (LOG_KEY_DIR, else DATA_DIR/keys), readable by the service's user only; the public part is a
 * row of `log_keys` and is published with every list of tree heads. A county gets its first key
 * when it is created (or, for a county older than the log, when its first head is signed); a
 * rotation makes a new key and retires the old one, whose heads stay verifiable.
 */
@Injectable()
export class CountyKeys {
  private readonly dir: string;
  private readonly loaded = new Map<string, KeyObject>();

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'logKeyDir'>,
  ) {
    this.dir = config.logKeyDir;
  }

  /** Where a key's private part lives. */
  pathOf(countyId: number, keyId: string): string {
    return join(this.dir, `county-${countyId}-${keyId}.pem`);
  }

  /** Makes a county's key: the private file first (an orphan file if the transaction rolls back is harmless), then the public row. */
  async create(countyId: number, m: EntityManager = this.db.manager): Promise<PublicKeyView> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
    const keyId = keyIdOf(raw);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(this.pathOf(countyId, keyId), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    const [row] = (await m.query(
      `INSERT INTO log_keys (county_id, key_id, public_key) VALUES ($1, $2, $3) RETURNING key_id, public_key, created_at, retired_at`,
      [countyId, keyId, raw],
    )) as KeyRow[];
    return view(row);
  }

  /** Every key of the county, newest first. */
  async publicKeys(countyId: number, m: EntityManager = this.db.manager): Promise<PublicKeyView[]> {
    const rows = (await m.query(`SELECT key_id, public_key, created_at, retired_at FROM log_keys WHERE county_id = $1 ORDER BY id DESC`, [
      countyId,
    ])) as KeyRow[];
    return rows.map(view);
  }

  /** The county's current key, made now if it has none, inside the caller's transaction. */
  async signer(m: EntityManager, countyId: number): Promise<HeadSigner> {
    await lockNamed(m, `log-key:${countyId}`);
    const [current] = (await m.query(
      `SELECT key_id, public_key, created_at, retired_at FROM log_keys WHERE county_id = $1 AND retired_at IS NULL ORDER BY id DESC LIMIT 1`,
      [countyId],
    )) as KeyRow[];
    const key = current ? view(current) : await this.create(countyId, m);
    const privateKey = this.load(countyId, key.keyId);
    return { keyId: key.keyId, publicKey: key.publicKey, sign: (message) => sign(null, message, privateKey) };
  }

  /** A new key for the county; the old one is retired (it signs nothing more; its heads stay valid). */
  async rotate(countyId: number): Promise<PublicKeyView> {
    return this.db.transaction(async (m) => {
      await lockNamed(m, `log-key:${countyId}`);
      await m.query(`UPDATE log_keys SET retired_at = now() WHERE county_id = $1 AND retired_at IS NULL`, [countyId]);
      return this.create(countyId, m);
    });
  }

  private load(countyId: number, keyId: string): KeyObject {
    const cached = this.loaded.get(keyId);
    if (cached) return cached;
    const path = this.pathOf(countyId, keyId);
    if (!existsSync(path)) throw new DomainError('LOG_KEY_MISSING', { countyId, keyId, path });
    const key = createPrivateKey(readFileSync(path));
    this.loaded.set(keyId, key);
    return key;
  }
}

function view(row: KeyRow): PublicKeyView {
  return { keyId: row.key_id, publicKey: row.public_key.toString('base64'), createdAt: row.created_at, retiredAt: row.retired_at };
}
