import { computed, ref, shallowRef, type Ref } from 'vue';
import type { ResidentApi } from './api';
import type { StatementLine } from './types';

export type LineStatus = 'verified' | 'pending' | 'failed';

/** The county head the lines were checked against, as this browser read it. */
export interface CheckedHead {
  /** Computed here from the signed text. */
  fingerprint: string;
  signedAt: string;
  /** Its signature is the county key's. */
  valid: boolean;
}

/** What the summary above the statement says, from the most serious down. */
export type CheckSummary =
  | { kind: 'bad-head' }
  | { kind: 'failed'; lines: { no: number; line: StatementLine }[] }
  | { kind: 'unavailable' }
  | { kind: 'checking' }
  | { kind: 'no-head' }
  | { kind: 'ok'; head: CheckedHead; verified: number; pending: number }
  | { kind: 'all-pending'; head: CheckedHead; pending: number }
  | null;

/** The service answers for at most this many lines a call. */
const BATCH = 100;

/**
 * 核验: each statement line the page shows, checked in the browser against the county's latest
 * signed tree head (src/common/transparency/statement-check.ts, loaded when first needed). Lines
 * already checked are not asked for again; a failed call (no network) leaves the statement as it
 * is and is retried with the next page of lines.
 */
export function useStatementCheck(api: ResidentApi, lines: Ref<StatementLine[]>) {
  const status = ref<Record<string, LineStatus>>({});
  const head = shallowRef<CheckedHead | null>(null);
  const noHead = ref(false);
  const checking = ref(false);
  const unavailable = ref(false);
  let generation = 0;

  /** Forgets what was checked (another program, a reload). */
  function reset(): void {
    generation++;
    status.value = {};
    head.value = null;
    noHead.value = false;
    checking.value = false;
    unavailable.value = false;
  }

  /** Checks the lines shown that have no status yet. */
  async function check(programId: number, holderId: number): Promise<void> {
    const todo = lines.value.filter((l) => status.value[l.transactionId] === undefined);
    const ids = [...new Set(todo.map((l) => l.transactionId))];
    if (ids.length === 0) return;
    const mine = generation;
    checking.value = true;
    try {
      const { verifyLines } = await import('./verify-lines');
      const found: Record<string, LineStatus> = {};
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = new Set(ids.slice(i, i + BATCH));
        const proofs = await api.statementProofs(programId, holderId, [...batch]);
        if (mine !== generation) return;
        const result = verifyLines(
          todo.filter((l) => batch.has(l.transactionId)),
          proofs,
        );
        for (const l of result.lines) found[l.transactionId] = l.status;
        noHead.value = proofs.head === null;
        head.value =
          proofs.head && result.fingerprint
            ? { fingerprint: result.fingerprint, signedAt: proofs.head.signedAt, valid: result.headValid }
            : null;
      }
      status.value = { ...status.value, ...found };
      unavailable.value = false;
    } catch {
      if (mine === generation) unavailable.value = true;
    } finally {
      if (mine === generation) checking.value = false;
    }
  }

  /** A line's badge; none before it is checked, or when the county has no head yet. */
  const lineStatus = (l: StatementLine): LineStatus | null => (noHead.value ? null : (status.value[l.transactionId] ?? null));

  const summary = computed<CheckSummary>(() => {
    const shown = lines.value;
    if (shown.length === 0) return null;
    if (head.value && !head.value.valid) return { kind: 'bad-head' };
    const failed = shown.map((line, i) => ({ no: i + 1, line })).filter(({ line }) => status.value[line.transactionId] === 'failed');
    if (failed.length > 0) return { kind: 'failed', lines: failed };
    if (unavailable.value) return { kind: 'unavailable' };
    const verified = shown.filter((l) => status.value[l.transactionId] === 'verified').length;
    const pending = shown.filter((l) => status.value[l.transactionId] === 'pending').length;
    if (checking.value && verified + pending === 0) return { kind: 'checking' };
    if (noHead.value) return { kind: 'no-head' };
    if (!head.value) return null;
    return verified > 0 ? { kind: 'ok', head: head.value, verified, pending } : { kind: 'all-pending', head: head.value, pending };
  });

  return { check, reset, lineStatus, summary };
}
