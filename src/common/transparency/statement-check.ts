import { parseLeaf, parsePosting } from './leaf-format.js';
import { fromHex, leafHash, verifyInclusion } from './merkle.js';
import { rootBytes, verifyHeadSignature, type TreeHead } from './tree-head.js';

/** What a statement shows of one line, as the household reads it. */
export interface StatementLineToCheck {
  transactionId: string;
  occurredOn: string;
  points: number;
  balanceAfter: number;
}

/** The service's evidence for one line: its leaf's text and audit path in the head (leafIndex null: not in the head yet). */
export interface LineProof {
  transactionId: string;
  leafIndex: number | null;
  leafData: string | null;
  auditPath: string[];
}

export interface StatementProofs {
  head: TreeHead | null;
  /** The county's public key that signed the head (base64 of 32 bytes). */
  publicKey: string | null;
  /** The household's account in the program: its postings are the statement's lines. */
  accountId: string;
  items: LineProof[];
}

export type LineCheck =
  | { transactionId: string; status: 'verified' }
  | { transactionId: string; status: 'pending' }
  | { transactionId: string; status: 'failed'; reason: 'no-proof' | 'leaf-differs' | 'not-included' };

export interface StatementCheck {
  /** The head is signed by the county key it names. */
  headValid: boolean;
  lines: LineCheck[];
}

/**
 * Checks each line of a statement against the county's signed tree head, in the reader's own
 * browser: the head's signature; that the leaf the service shows for the line is the line (same
 * transaction, day, points and balance after on the household's account); and that the leaf is in
 * the signed tree (RFC 9162 audit path). A line newer than the head is `pending`, not failed.
 */
export function checkStatement(lines: StatementLineToCheck[], proofs: StatementProofs): StatementCheck {
  const headValid = proofs.head !== null && proofs.publicKey !== null && verifyHeadSignature(proofs.head, proofs.publicKey);
  const byTx = new Map(proofs.items.map((p) => [p.transactionId, p]));
  return {
    headValid,
    lines: lines.map((line): LineCheck => {
      const id = line.transactionId;
      const proof = byTx.get(id);
      if (!proof) return { transactionId: id, status: 'failed', reason: 'no-proof' };
      if (proof.leafIndex === null || proof.leafData === null) return { transactionId: id, status: 'pending' };
      if (!headValid || !proofs.head) return { transactionId: id, status: 'failed', reason: 'not-included' };
      if (!leafShowsLine(proof.leafData, line, proofs.accountId)) return { transactionId: id, status: 'failed', reason: 'leaf-differs' };
      let included: boolean;
      try {
        const leaf = leafHash(new TextEncoder().encode(proof.leafData));
        included = verifyInclusion(proof.leafIndex, proofs.head.treeSize, leaf, proof.auditPath.map(fromHex), rootBytes(proofs.head));
      } catch {
        included = false;
      }
      return included ? { transactionId: id, status: 'verified' } : { transactionId: id, status: 'failed', reason: 'not-included' };
    }),
  };
}

function leafShowsLine(text: string, line: StatementLineToCheck, accountId: string): boolean {
  const leaf = parseLeaf(text);
  if (!leaf || leaf.kind !== 'transaction') return false;
  if (leaf.get('id') !== line.transactionId || leaf.get('occurred_on') !== line.occurredOn) return false;
  const mine = leaf
    .all('posting')
    .map(parsePosting)
    .filter((p) => p !== null && p.accountId === accountId);
  return mine.length === 1 && mine[0]!.amount === line.points && mine[0]!.balanceAfter === line.balanceAfter;
}
