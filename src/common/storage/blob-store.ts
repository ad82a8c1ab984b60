import { Global, Module, type DynamicModule } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/**
 * Where files live, by key: evidence photos (content-addressed, `evidence/<aa>/<sha256>`, so a blob
 * once written never changes and `put` of a key that exists may skip the write) and uploaded import
 * files until their job has read them (`imports/…`). The local implementation below keeps them
 * under the data directory (a volume shared by every instance); an object store (S3, OSS, MinIO)
 * can be provided under BLOB_STORE instead.
 */
export interface BlobStore {
  /** Stores the bytes under the key; readers never see a partial blob. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes of the key, or null when there are none. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** Removes the key's blob (nothing when there is none). */
  delete(key: string): Promise<void>;
}

/** Injection token of the BlobStore. */
export const BLOB_STORE = Symbol('BLOB_STORE');

/** Lower-case segments of letters, digits, dot, dash and underscore, joined by `/`: no `..`, no absolute path. */
const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export function assertBlobKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((s) => s === '..' || s === '.') || key.length > 200)
    throw new Error(`invalid blob key ${JSON.stringify(key)}`);
}

const isMissing = (e: unknown) => (e as { code?: string }).code === 'ENOENT';

/** Blobs as files under a root folder: written to a temporary file in the same folder, synced, then renamed into place. */
export class LocalBlobStore implements BlobStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    assertBlobKey(key);
    return join(this.root, key);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.path(key);
    if (await this.has(key)) return;
    await mkdir(dirname(target), { recursive: true });
    // A dot file beside the target: same file system (rename is atomic), never mistaken for a blob.
    const temp = join(dirname(target), `.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const file = await open(temp, 'wx', 0o640);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.path(key))).isFile();
    } catch (e) {
      if (isMissing(e)) return false;
      throw e;
    }
  }
}

/** The blob store of the whole application: files under the data directory. */
@Global()
@Module({})
export class StorageModule {
  static forRoot(dataDir: string): DynamicModule {
    return { module: StorageModule, providers: [{ provide: BLOB_STORE, useValue: new LocalBlobStore(dataDir) }], exports: [BLOB_STORE] };
  }
}
