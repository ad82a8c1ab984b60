import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex } from './merkle.js';

/**
 * A signed tree head: a county's log at one size, its root hash and when it was signed, signed
 * with the county's Ed25519 key. What is signed is this text in UTF-8 (docs/transparency.md):
 *
 *     moral-bank tree head v1
 *     county 1
 *     size 12345
 *     root 3f9ac2d1…(64 hex digits)
 *     time 2026-12-05T16:10:00.000Z
 */
export interface TreeHead {
  countyId: number;
  treeSize: number;
  /** Lower-case hex. */
  rootHash: string;
  /** ISO 8601, UTC, milliseconds. */
  signedAt: string;
  /** The signing key's id (see keyIdOf). */
  keyId: string;
  /** Ed25519 signature of headText, base64. */
  signature: string;
}

export function headText(head: Pick<TreeHead, 'countyId' | 'treeSize' | 'rootHash' | 'signedAt'>): string {
  return `moral-bank tree head v1\ncounty ${head.countyId}\nsize ${head.treeSize}\nroot ${head.rootHash}\ntime ${head.signedAt}\n`;
}

/** A key's id: the first 16 hex digits of SHA-256 of its 32 raw public bytes. */
export function keyIdOf(publicKey: Uint8Array): string {
  return toHex(sha256(publicKey)).slice(0, 16);
}

/**
 * The short fingerprint people compare by eye (board, 台账, door page): the first 8 hex digits of
 * SHA-256 of the signed text, upper case, in two groups ("3F9A-C2D1").
 */
export function headFingerprint(head: Pick<TreeHead, 'countyId' | 'treeSize' | 'rootHash' | 'signedAt'>): string {
  const hex = toHex(sha256(new TextEncoder().encode(headText(head))))
    .slice(0, 8)
    .toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Whether the head is signed by this public key (32 raw bytes, base64) and names its id. */
export function verifyHeadSignature(head: TreeHead, publicKeyBase64: string): boolean {
  try {
    const key = base64ToBytes(publicKeyBase64);
    if (key.length !== 32 || keyIdOf(key) !== head.keyId) return false;
    if (!/^[0-9a-f]{64}$/.test(head.rootHash)) return false;
    return ed25519.verify(base64ToBytes(head.signature), new TextEncoder().encode(headText(head)), key);
  } catch {
    return false;
  }
}

export function rootBytes(head: Pick<TreeHead, 'rootHash'>): Uint8Array {
  return fromHex(head.rootHash);
}
