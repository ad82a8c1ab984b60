import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, ResidentActor } from '../../common/auth/actor.js';
import { toHex } from '../../common/transparency/merkle.js';
import type { LineProof, StatementProofs } from '../../common/transparency/statement-check.js';
import { LogTree } from '../../transparency/log-tree.js';
import { TreeHeads, type TreeHeadView } from '../../transparency/tree-heads.service.js';
import { BalancesService } from '../ledger/balances.service.js';
import { StatementsRepository } from '../ledger/statements.repository.js';
import { LeafTexts } from './leaf-texts.js';

export interface StatementProofsView extends StatementProofs {
  head: TreeHeadView | null;
}

/**
 * What a household's door page needs to check its statement in the browser against the county's
 * latest signed head: for each of its transactions asked for, the leaf's text as the rows read
 * now and its audit path. A transaction not on the holder's account is left out (the page then
 * names the line as unproven); one logged after the head has no index yet.
 */
@Injectable()
export class StatementProofsService {
  constructor(
    private readonly db: DataSource,
    private readonly balances: BalancesService,
    private readonly statements: StatementsRepository,
    private readonly tree: LogTree,
    private readonly heads: TreeHeads,
    private readonly texts: LeafTexts,
  ) {}

  async proofs(actor: Actor | ResidentActor, programId: number, holderId: number, transactionIds: string[]): Promise<StatementProofsView> {
    const { program } = await this.balances.holderInScope(actor, programId, holderId);
    const account = await this.statements.account(programId, holderId);
    const head = await this.heads.latest(program.countyId);
    const keys = head ? await this.heads.publicKeys(program.countyId) : [];
    const publicKey = keys.find((k) => k.keyId === head?.keyId)?.publicKey ?? null;
    if (!account || transactionIds.length === 0) return { head, publicKey, accountId: account?.id ?? '', items: [] };
    const mine = (
      (await this.db.query(`SELECT DISTINCT transaction_id FROM postings WHERE account_id = $1 AND transaction_id = ANY($2::bigint[])`, [
        account.id,
        transactionIds,
      ])) as { transaction_id: string }[]
    ).map((r) => r.transaction_id);
    const [leaves, texts] = await Promise.all([this.tree.leavesOf('transaction', mine), this.texts.of('transaction', mine)]);
    const items: LineProof[] = [];
    for (const id of transactionIds.filter((i) => mine.includes(i))) {
      const index = leaves.get(id);
      if (!head || index === undefined || index >= head.treeSize) {
        items.push({ transactionId: id, leafIndex: null, leafData: null, auditPath: [] });
        continue;
      }
      const proof = await this.tree.inclusion(program.countyId, index, head.treeSize);
      items.push({ transactionId: id, leafIndex: index, leafData: texts.get(id) ?? null, auditPath: proof.path.map(toHex) });
    }
    return { head, publicKey, accountId: account.id, items };
  }
}
