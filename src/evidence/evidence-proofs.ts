/**
 * What else a photo proves, for a resident's read check: the claims and entries it goes with
 * belong to other modules (claims, publicity, ledger), so evidence asks through this port and the
 * read side answers (`views/evidence/`, wired in `views/view-ports.module.ts`).
 */
export abstract class EvidenceProofs {
  /** Whether the photo is proof of a claim of the household. */
  abstract provesClaimOf(evidenceId: number, householdId: number): Promise<boolean>;

  /**
   * Whether the photo goes with a staff entry the household's resident may see: on a notice of its
   * village (公示), or on a transaction of the household.
   */
  abstract provesEntryFor(evidenceId: number, householdId: number, villageId: number): Promise<boolean>;
}
