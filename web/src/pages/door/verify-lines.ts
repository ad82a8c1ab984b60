import { checkStatement, type LineCheck } from '../../../../src/common/transparency/statement-check';
import { headFingerprint } from '../../../../src/common/transparency/tree-head';
import type { StatementLine, StatementProofs } from './types';

/** What the browser found for some statement lines: a status per transaction, and the head they were checked against. */
export interface LinesVerified {
  headValid: boolean;
  /** The head's fingerprint as this browser computes it from the signed text (not as the service says it). */
  fingerprint: string | null;
  lines: LineCheck[];
}

/**
 * Checks statement lines against the service's proofs with the shared code of
 * src/common/transparency (the same the service and the command line run): the head's
 * signature, each leaf against its line, each audit path. Loaded only once a statement is shown
 * (a dynamic import), so that the door page's first load does not carry the hashing and Ed25519.
 */
export function verifyLines(lines: StatementLine[], proofs: StatementProofs): LinesVerified {
  const result = checkStatement(
    lines.map((l) => ({ transactionId: l.transactionId, occurredOn: l.occurredOn, points: l.points, balanceAfter: l.balanceAfter })),
    proofs,
  );
  return { headValid: result.headValid, fingerprint: proofs.head ? headFingerprint(proofs.head) : null, lines: result.lines };
}
