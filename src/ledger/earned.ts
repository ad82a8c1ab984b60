/**
 * What a holder earned in a period, as one SQL expression: its awards, deductions and reversals of
 * the period (reversals included), each counted by its posting on the holder's account `account`.
 * The entries are found through IDX_transactions_earned (holder, period, for these types), so the
 * cost is the period's own entries, however long the holder's history.
 *
 * The program is not a condition: the posting on the program's account selects it (and leaves out
 * a holder of another type with the same id). With the program in the conditions, the ranking
 * index (program, period) was chosen whenever a new period's statistics predated its entries, and
 * the whole period was read for one holder.
 *
 * `holder` and `account` are SQL expressions of the enclosing statement; `period` is the match of
 * the period, e.g. `= $3` or `= ANY($3)`.
 */
export function earnedSql(account: string, holder: string, period: string): string {
  return `(SELECT COALESCE(sum((SELECT sum(earned_p.amount) FROM postings earned_p
                                 WHERE earned_p.transaction_id = earned_t.id AND earned_p.account_id = ${account})), 0)
             FROM transactions earned_t
            WHERE earned_t.holder_id = ${holder} AND earned_t.period ${period} AND earned_t.type IN ('award', 'deduction', 'reversal'))`;
}
