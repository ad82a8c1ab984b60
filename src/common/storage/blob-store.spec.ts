import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { assertBlobKey, LocalBlobStore } from './blob-store.js';

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('LocalBlobStore', () => {
  let root: string;
  let store: LocalBlobStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'moral-bank-blobs-'));
    store = new LocalBlobStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores bytes under the key as one file, and reads them back', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    expect(await store.has('evidence/ab/abc')).toBe(false);
    expect(await store.get('evidence/ab/abc')).toBeNull();
    await store.put('evidence/ab/abc', bytes);
    expect(await store.has('evidence/ab/abc')).toBe(true);
    expect(await store.get('evidence/ab/abc')).toEqual(bytes);
    // No temporary file is left beside it.
    expect(files(root)).toEqual(['evidence/ab/abc']);
  });

  it('writes a key once: a second put of the same content-addressed key leaves the first file alone', async () => {
    await store.put('evidence/cd/cde', Buffer.from('first'));
    const written = statSync(join(root, 'evidence/cd/cde')).mtimeMs;
    await store.put('evidence/cd/cde', Buffer.from('first'));
    expect(statSync(join(root, 'evidence/cd/cde')).mtimeMs).toBe(written);
    expect(files(root)).toEqual(['evidence/cd/cde']);
  });

  it('stores concurrent puts of one key whole', async () => {
    const bytes = Buffer.alloc(256 * 1024, 7);
    await Promise.all(Array.from({ length: 8 }, () => store.put('evidence/ef/efg', bytes)));
    expect(await store.get('evidence/ef/efg')).toEqual(bytes);
    expect(files(root)).toEqual(['evidence/ef/efg']);
  });

  it('refuses keys that would leave the root or are not plain segments', async () => {
    for (const key of [
      '../secrets.json',
      'evidence/../../etc/passwd',
      '/etc/passwd',
      'Evidence/AB',
      'evidence//x',
      'evidence/x/',
      '',
      'a b',
    ]) {
      expect(() => assertBlobKey(key)).toThrow(/invalid blob key/);
      await expect(store.get(key)).rejects.toThrow(/invalid blob key/);
    }
    expect(() => assertBlobKey(`evidence/ab/${'a'.repeat(64)}`)).not.toThrow();
  });
});
