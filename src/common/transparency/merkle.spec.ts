import { createHash } from 'node:crypto';
import {
  CompactRange,
  consistencyPath,
  emptyRoot,
  fromHex,
  inclusionPath,
  leafHash,
  nodeHash,
  nodesNeeded,
  rootOf,
  toHex,
  verifyConsistency,
  verifyInclusion,
  type Hash,
  type NodeLookup,
} from './merkle.js';
import { leafText, parseLeaf, parsePosting, postingLine } from './leaf-format.js';

/** The leaves of RFC 6962's test vectors (as used by Certificate Transparency implementations). */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(fromHex);

/** Stored complete subtrees of a list of leaf hashes, as the service keeps them. */
function lookup(leaves: Hash[]): NodeLookup {
  return (level, index) => rootOf(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level));
}

/** MTH of RFC 9162 straight from its definition, to hold the fast code to. */
function mth(leaves: Hash[]): Hash {
  if (leaves.length === 0) return emptyRoot();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

describe('Merkle tree (RFC 9162)', () => {
  const hashes = LEAVES.map((l) => leafHash(l));

  it('gives the published roots of the test vectors', () => {
    expect(toHex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(toHex(rootOf(hashes.slice(0, 1)))).toBe('6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d');
    expect(toHex(rootOf(hashes))).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
    expect(toHex(inclusionPath(0, 8, lookup(hashes))[0]).slice(0, 8)).toBe('96a296d2');
  });

  it('hashes with node:crypto exactly as in pure JavaScript', () => {
    const native = (d: Uint8Array) => new Uint8Array(createHash('sha256').update(d).digest());
    expect(toHex(rootOf(hashes, native))).toBe(toHex(rootOf(hashes)));
  });

  it('makes proofs every size up to 33 verifies, and rejects altered ones', () => {
    const leaves = Array.from({ length: 33 }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`)));
    const range = new CompactRange();
    for (let n = 1; n <= leaves.length; n++) {
      range.append(leaves[n - 1]);
      const tree = leaves.slice(0, n);
      const root = mth(tree);
      expect(toHex(range.root())).toBe(toHex(root));
      const get = lookup(tree);
      for (let m = 0; m < n; m++) {
        const path = inclusionPath(m, n, get);
        expect(verifyInclusion(m, n, leaves[m], path, root)).toBe(true);
        expect(verifyInclusion(m, n, leaves[(m + 1) % n], path, root)).toBe(n === 1);
        if (path.length > 0) expect(verifyInclusion(m, n, leaves[m], path.slice(1), root)).toBe(false);
      }
      for (let m = 0; m <= n; m++) {
        const proof = consistencyPath(m, n, get);
        const first = mth(leaves.slice(0, m));
        expect(verifyConsistency(m, n, first, root, proof)).toBe(true);
        if (m > 0 && m < n) {
          const wrong = mth([leafHash(new Uint8Array([9])), ...leaves.slice(1, m)]);
          expect(verifyConsistency(m, n, wrong, root, proof)).toBe(false);
        }
      }
    }
  });

  it('names the stored nodes a proof needs before fetching them', () => {
    const needed = nodesNeeded((get) => inclusionPath(5, 13, get));
    expect(needed.sort()).toEqual(
      [
        [0, 4],
        [1, 3],
        [2, 0],
        [2, 2],
        [0, 12],
      ].sort(),
    );
  });
});

describe('leaf format', () => {
  it('writes fields in order, leaves NULLs out and escapes text', () => {
    const text = leafText('transaction', [
      ['id', 7],
      ['memo', 'a\\b\nc'],
      ['member', null],
      ['posting', postingLine({ accountId: '3', accountKind: 'holder', holderId: 9, amount: 5, balanceAfter: 105 })],
      ['posting', postingLine({ accountId: '1', accountKind: 'issuance', holderId: null, amount: -5, balanceAfter: null })],
    ]);
    expect(text).toBe('moral-bank leaf v1\ntype transaction\nid 7\nmemo a\\\\b\\nc\nposting 3 holder:9 5 105\nposting 1 issuance -5\n');
    const leaf = parseLeaf(text)!;
    expect(leaf.kind).toBe('transaction');
    expect(leaf.get('memo')).toBe('a\\b\nc');
    expect(leaf.all('posting').map(parsePosting)).toEqual([
      { accountId: '3', accountKind: 'holder', holderId: 9, amount: 5, balanceAfter: 105 },
      { accountId: '1', accountKind: 'issuance', holderId: null, amount: -5, balanceAfter: null },
    ]);
    expect(parseLeaf('something else\n')).toBeNull();
  });
});
