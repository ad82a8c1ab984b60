import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1), pure TypeScript so that the
 * service, the command line and the browser run the very same code: leaf hash, node hash, the
 * root of a list, inclusion and consistency proofs (making them from stored subtree hashes, and
 * checking them).
 */

export type Hash = Uint8Array;
export type Sha256 = (data: Uint8Array) => Uint8Array;

/** SHA-256 in pure JavaScript (the browser and the command line); the service may pass node:crypto's. */
export const sha256Js: Sha256 = (data) => sha256(data);

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(data: Uint8Array, h: Sha256 = sha256Js): Hash {
  const buf = new Uint8Array(data.length + 1);
  buf.set(data, 1);
  return h(buf);
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Hash, right: Hash, h: Sha256 = sha256Js): Hash {
  const buf = new Uint8Array(65);
  buf[0] = 1;
  buf.set(left, 1);
  buf.set(right, 33);
  return h(buf);
}

/** The root of the empty tree: SHA-256 of nothing. */
export function emptyRoot(h: Sha256 = sha256Js): Hash {
  return h(new Uint8Array(0));
}

/** The largest power of two smaller than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The hashes of a growing tree's complete subtrees, left to right (sizes are the set bits of the
 * leaf count, largest first): appending is O(1) amortised and the root at any size is a fold.
 * Used to recompute a whole log from its leaves in one pass.
 */
export class CompactRange {
  private readonly hashes: Hash[] = [];
  private readonly sizes: number[] = [];
  private count = 0;

  constructor(private readonly h: Sha256 = sha256Js) {}

  get size(): number {
    return this.count;
  }

  append(leaf: Hash): void {
    let hash = leaf;
    let size = 1;
    while (this.sizes.length > 0 && this.sizes[this.sizes.length - 1] === size) {
      hash = nodeHash(this.hashes.pop()!, hash, this.h);
      size += this.sizes.pop()!;
    }
    this.hashes.push(hash);
    this.sizes.push(size);
    this.count++;
  }

  root(): Hash {
    if (this.hashes.length === 0) return emptyRoot(this.h);
    let r = this.hashes[this.hashes.length - 1];
    for (let i = this.hashes.length - 2; i >= 0; i--) r = nodeHash(this.hashes[i], r, this.h);
    return r;
  }
}

/** The root of a list of leaf hashes. */
export function rootOf(leaves: Hash[], h: Sha256 = sha256Js): Hash {
  const range = new CompactRange(h);
  for (const l of leaves) range.append(l);
  return range.root();
}

/**
 * Stored hashes of complete subtrees: level 0 is the leaves, level k the subtree of the 2^k
 * leaves from index·2^k. Proof making asks only for these.
 */
export type NodeLookup = (level: number, index: number) => Hash;

/** MTH(D[start:end]) from stored complete subtrees (the ranges an RFC 9162 tree splits into are aligned). */
export function rangeHash(start: number, end: number, get: NodeLookup, h: Sha256 = sha256Js): Hash {
  const n = end - start;
  if (n <= 0) throw new RangeError(`empty range ${start}..${end}`);
  if ((n & (n - 1)) === 0 && start % n === 0) return get(Math.log2(n), start / n);
  const k = splitPoint(n);
  return nodeHash(rangeHash(start, start + k, get, h), rangeHash(start + k, end, get, h), h);
}

/** PATH(m, D[0:n]) of RFC 9162 §2.1.3.1: the audit path of leaf m in the tree of size n. */
export function inclusionPath(m: number, n: number, get: NodeLookup, h: Sha256 = sha256Js): Hash[] {
  if (m < 0 || m >= n) throw new RangeError(`leaf ${m} is not in a tree of ${n}`);
  const path: Hash[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const size = end - start;
    if (size <= 1) return;
    const k = splitPoint(size);
    if (m < k) {
      walk(m, start, start + k);
      path.push(rangeHash(start + k, end, get, h));
    } else {
      walk(m - k, start + k, end);
      path.push(rangeHash(start, start + k, get, h));
    }
  };
  walk(m, 0, n);
  return path;
}

/** PROOF(m, D[0:n]) of RFC 9162 §2.1.4.1: that the tree of size m is a prefix of the tree of size n. */
export function consistencyPath(m: number, n: number, get: NodeLookup, h: Sha256 = sha256Js): Hash[] {
  if (m < 0 || m > n) throw new RangeError(`no consistency from ${m} to ${n}`);
  if (m === 0 || m === n) return [];
  const proof: Hash[] = [];
  const sub = (m: number, start: number, end: number, b: boolean): void => {
    const size = end - start;
    if (m === size) {
      if (!b) proof.push(rangeHash(start, end, get, h));
      return;
    }
    const k = splitPoint(size);
    if (m <= k) {
      sub(m, start, start + k, b);
      proof.push(rangeHash(start + k, end, get, h));
    } else {
      sub(m - k, start + k, end, false);
      proof.push(rangeHash(start, start + k, get, h));
    }
  };
  sub(m, 0, n, true);
  return proof;
}

/**
 * Which stored nodes a proof needs, found by running it once with a recorder: proof making never
 * looks at hash values to decide its path, so the caller can fetch exactly these in one query.
 */
export function nodesNeeded(run: (get: NodeLookup) => unknown): [number, number][] {
  const seen = new Map<string, [number, number]>();
  const zero = new Uint8Array(32);
  run((level, index) => {
    seen.set(`${level}:${index}`, [level, index]);
    return zero;
  });
  return [...seen.values()];
}

export function equalHashes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** RFC 9162 §2.1.3.2: whether `path` proves leaf `m` (hash `leaf`) in the tree of size `n` with `root`. */
export function verifyInclusion(m: number, n: number, leaf: Hash, path: Hash[], root: Hash, h: Sha256 = sha256Js): boolean {
  if (m < 0 || m >= n) return false;
  let fn = m;
  let sn = n - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r, h);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p, h);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(r, root);
}

/** RFC 9162 §2.1.4.2: whether `proof` shows the tree (m, firstRoot) is a prefix of (n, secondRoot). */
export function verifyConsistency(m: number, n: number, firstRoot: Hash, secondRoot: Hash, proof: Hash[], h: Sha256 = sha256Js): boolean {
  if (m < 0 || m > n) return false;
  if (m === n) return proof.length === 0 && equalHashes(firstRoot, secondRoot);
  if (m === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (m & (m - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr, h);
      sr = nodeHash(c, sr, h);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c, h);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && equalHashes(fr, firstRoot) && equalHashes(sr, secondRoot);
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new Error(`not hex: ${hex.slice(0, 16)}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}
