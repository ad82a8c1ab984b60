import * as fc from 'fast-check';
import type { Response } from 'supertest';
import { canonical } from '../src/common/idempotency/idempotency.decorator.js';
import { countRows, createHousehold, createProgram, createRule, seedTree, type Client } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * Property-based proof of the ledger invariants (DESIGN §3) against the real app and database:
 * random award / deduction / reversal / retry / key-misuse operations, run in concurrent
 * batches, optionally with 2026-Q3 closed in the middle. After each run the books, the balances,
 * the idempotency keys, the caps and the closed period are checked against the database and
 * against a model replayed from the responses in the order the ledger serialized them.
 */

const Q3 = '2026-Q3';
/** The period of "today" (2026-11-22 in the test clock): where late corrections go. */
const CURRENT_PERIOD = '2026-Q4';

type CapPer = 'month' | 'quarter';
type AwardRule = 'capped' | 'plain';
type Role = AwardRule | 'penalty';
type Kind = 'award' | 'deduction' | 'reversal';

type Op =
  | { kind: 'award'; rule: AwardRule; holders: number[]; day: string; keyed: boolean; copies: number }
  | { kind: 'deduction'; holders: number[]; day: string; keyed: boolean; copies: number }
  | { kind: 'reversal'; target: number; ofReversal: boolean; keyed: boolean; copies: number }
  | { kind: 'retry'; of: number }
  | { kind: 'misuse'; of: number; change: 'memo' | 'day' | 'endpoint' };

interface Scenario {
  households: number;
  basePoints: number;
  allowNegative: boolean;
  capped: { points: number; cap: number; per: CapPer };
  plainPoints: number;
  penaltyPoints: number;
  batches: Op[][];
  closeAt: number | null;
}

// ---------------------------------------------------------------- arbitraries

const pad = (n: number) => String(n).padStart(2, '0');
/** A past day from 2026-07-01 to 2026-11-21 (today is 2026-11-22). */
const dayArb = fc
  .tuple(fc.integer({ min: 7, max: 11 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2026-${pad(m)}-${pad(m === 11 ? Math.min(d, 21) : d)}`);
/** Indices into the run's households (mapped modulo their number), in request order. */
const holdersArb = fc.uniqueArray(fc.nat({ max: 4 }), { minLength: 1, maxLength: 5 });
const copiesArb = fc.integer({ min: 1, max: 2 });

const keyedArb = fc.boolean();
const awardArb = fc.record({
  kind: fc.constant('award' as const),
  rule: fc.constantFrom<AwardRule>('capped', 'plain'),
  holders: holdersArb,
  day: dayArb,
  keyed: keyedArb,
  copies: copiesArb,
});
const deductionArb = fc.record({
  kind: fc.constant('deduction' as const),
  holders: holdersArb,
  day: dayArb,
  keyed: keyedArb,
  copies: copiesArb,
});
/** `target` picks among the transactions made in earlier batches; now and then a reversal itself (not reversible). */
const reversalArb = fc.record({
  kind: fc.constant('reversal' as const),
  target: fc.nat(),
  ofReversal: fc.nat({ max: 7 }).map((n) => n === 7),
  keyed: keyedArb,
  copies: copiesArb,
});
/** `of` picks among the keyed requests of earlier batches: same key, same body. */
const retryArb = fc.record({ kind: fc.constant('retry' as const), of: fc.nat() });
/** `of` picks among the keys that succeeded in earlier batches: same key, another body. */
const misuseArb = fc.record({
  kind: fc.constant('misuse' as const),
  of: fc.nat(),
  change: fc.constantFrom('memo' as const, 'day' as const, 'endpoint' as const),
});

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: awardArb },
  { weight: 2, arbitrary: deductionArb },
  { weight: 3, arbitrary: reversalArb },
  { weight: 2, arbitrary: retryArb },
  { weight: 1, arbitrary: misuseArb },
);

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  households: fc.integer({ min: 3, max: 5 }),
  basePoints: fc.constantFrom(100, 0, 10),
  allowNegative: fc.boolean(),
  capped: fc.record({
    points: fc.integer({ min: 1, max: 8 }),
    cap: fc.integer({ min: 1, max: 25 }),
    per: fc.constantFrom<CapPer>('month', 'quarter'),
  }),
  plainPoints: fc.integer({ min: 1, max: 10 }),
  penaltyPoints: fc.integer({ min: 1, max: 15 }),
  batches: fc.array(fc.array(opArb, { minLength: 2, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
  closeAt: fc.option(fc.nat({ max: 4 }), { freq: 2 }),
});

// ---------------------------------------------------------------- model

const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
const capKeyOf = (day: string, per: CapPer) => (per === 'month' ? day.slice(0, 7) : quarterOf(day));
const byId = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);

/** One HTTP request the run sent (a retry sends the same one again). */
interface Req {
  op: number;
  batch: number;
  kind: Kind;
  path: string;
  body: Record<string, unknown>;
  key: string | null;
  role?: Role;
  targetId?: string;
}

type Intent = 'fresh' | 'retry' | 'misuse';

interface Outcome {
  req: Req;
  intent: Intent;
  status: number;
  code: string | null;
  replayed: boolean;
  body: Response['body'];
}

/** A ledger transaction as the responses describe it. */
interface Tx {
  id: string;
  holderId: number;
  kind: Kind;
  role: Role | null;
  occurredOn: string;
  period: string;
  points: number;
  requestedPoints: number;
  capped: boolean;
  balanceAfter: number | null;
  reversesId: string | null;
  late: boolean;
}

const show = (r: Req) => `op#${r.op}@batch${r.batch} ${r.kind} POST ${r.path} ${JSON.stringify(r.body)}${r.key ? ` key=${r.key}` : ''}`;
const showOutcome = (o: Outcome) => `${o.intent} ${show(o.req)} → ${o.status}${o.replayed ? ' (replayed)' : ''} ${JSON.stringify(o.body)}`;

/** Equal as JSON with sorted keys: a replay comes back from jsonb, which orders keys its own way. */
const sameJson = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** One line per request for the run trace printed with a failure. */
function traceLine(o: Outcome): string {
  const r = o.req;
  const b = o.body;
  const answer =
    o.status !== 201
      ? `${o.status} ${o.code}`
      : r.kind === 'reversal'
        ? `201 #${b.id} reverses #${b.reversesId}: ${b.points} → ${b.balanceAfter} in ${b.period}${b.late ? ' (late)' : ''}`
        : `201 ${(b.results as { holderId: number; transactionId: string; points: number; capped: boolean; balanceAfter: number }[])
            .map((x) => `#${x.transactionId} h${x.holderId} ${x.points}${x.capped ? ' (cut)' : ''} → ${x.balanceAfter}`)
            .join(', ')}`;
  return `  batch ${r.batch} op#${r.op} ${o.intent} ${r.kind} ${r.path} ${canonical(r.body)}${r.key ? ` key=${r.key}` : ''} → ${answer}${o.replayed ? ' (replayed)' : ''}`;
}

function fail(message: string): never {
  throw new Error(message);
}

function expectThat(cond: boolean, message: () => string): void {
  if (!cond) fail(message());
}

// ---------------------------------------------------------------- the test

describe('ledger invariants under random concurrent operations (property)', () => {
  const t = useTestApp();
  let token: string, countyId: number, api: () => Client;
  let villages: number[];
  let pool: number[];
  let userScope: string;
  const stats = {
    runs: 0,
    requests: 0,
    capped: 0,
    floored: 0,
    alreadyReversed: 0,
    replays: 0,
    misuses: 0,
    closes: 0,
    periodClosed: 0,
    late: 0,
  };

  beforeAll(async () => {
    const tree = await seedTree(t);
    ({ token, countyId, api } = tree.county);
    villages = [tree.villageA, tree.villageB];
    // Households alternate between two villages: batches touch issuance/penalties accounts of both.
    pool = [];
    for (let i = 0; i < 5; i++) pool.push((await createHousehold(t, token, villages[i % 2])).id);
    userScope = `user:${tree.county.userId}`;
  });

  async function send(req: Req, intent: Intent): Promise<Outcome> {
    let r = api().post(req.path, req.body);
    if (req.key !== null) r = r.set('Idempotency-Key', req.key);
    const res: Response = await r;
    stats.requests++;
    const body = res.body;
    const outcome: Outcome = {
      req,
      intent,
      status: res.status,
      code: (body as { error?: { code?: string } })?.error?.code ?? null,
      replayed: res.headers['idempotent-replayed'] === 'true',
      body,
    };
    if (res.status >= 500) fail(`server error: ${showOutcome(outcome)}`);
    return outcome;
  }

  async function runScenario(s: Scenario): Promise<void> {
    stats.runs++;
    const program = await createProgram(t, token, countyId, { basePoints: s.basePoints, allowNegative: s.allowNegative });
    const programId = program.id;
    const rules: Record<Role, { id: number; points: number }> = {
      capped: {
        id: (await createRule(t, token, programId, { points: s.capped.points, cap: { points: s.capped.cap, per: s.capped.per } })).id,
        points: s.capped.points,
      },
      plain: { id: (await createRule(t, token, programId, { points: s.plainPoints })).id, points: s.plainPoints },
      penalty: { id: (await createRule(t, token, programId, { points: -s.penaltyPoints })).id, points: -s.penaltyPoints },
    };
    const roleOfRule = new Map(Object.entries(rules).map(([role, r]) => [r.id, role as Role]));
    const holders = pool.slice(0, s.households);
    const keyPrefix = `prop-p${programId}-`;

    const outcomes: Outcome[] = [];
    const txs = new Map<string, Tx>();
    /** Keyed requests by key: the request first sent with it, and all outcomes. */
    const keys = new Map<string, { req: Req; outcomes: Outcome[] }>();
    let closed = false;
    let q3AtClose: Map<number, number> | null = null;

    const entryBody = (rule: Role, holderIdx: number[], day: string): Record<string, unknown> => {
      const holderIds = [...new Set(holderIdx.map((i) => holders[i % holders.length]))];
      const base = { ruleId: rules[rule].id, holderIds, occurredOn: day };
      return rule === 'penalty' ? { ...base, reason: '违反村规民约' } : base;
    };

    const register = (o: Outcome) => {
      const add = (tx: Tx) => {
        const known = txs.get(tx.id);
        if (known) {
          expectThat(
            sameJson(known, tx),
            () => `transaction ${tx.id} described twice differently: ${JSON.stringify(known)} vs ${JSON.stringify(tx)} (${showOutcome(o)})`,
          );
        } else txs.set(tx.id, tx);
      };
      if (o.req.kind === 'reversal') {
        const b = o.body;
        const target = txs.get(b.reversesId);
        add({
          id: b.id,
          holderId: b.holderId,
          kind: 'reversal',
          role: null,
          occurredOn: '',
          period: b.period,
          points: b.points,
          requestedPoints: b.points,
          capped: false,
          balanceAfter: b.balanceAfter,
          reversesId: b.reversesId,
          late: b.late,
        });
        expectThat(target !== undefined, () => `reversal of an unknown transaction: ${showOutcome(o)}`);
      } else {
        const b = o.body;
        const role = roleOfRule.get(b.ruleId)!;
        for (const r of b.results) {
          // An award its cap cut to nothing posts nothing: no transaction to model, and only a capped rule does that.
          if (r.transactionId === null) {
            expectThat(
              role === 'capped' && r.points === 0 && r.capped && r.status === 'capped',
              () => `an entry without a transaction must be a capped award cut to 0: ${showOutcome(o)}`,
            );
            stats.capped++;
            continue;
          }
          add({
            id: r.transactionId,
            holderId: r.holderId,
            kind: o.req.kind,
            role,
            occurredOn: b.occurredOn,
            period: b.period,
            points: r.points,
            requestedPoints: r.requestedPoints,
            capped: r.capped,
            balanceAfter: r.balanceAfter,
            reversesId: null,
            late: false,
          });
        }
      }
    };

    const trace: string[] = [];
    try {
      let opNo = 0;
      for (let bi = 0; bi < s.batches.length; bi++) {
        const closing = s.closeAt !== null && s.closeAt % s.batches.length === bi;
        const closedBefore = closed;
        const reversedBefore = new Set([...txs.values()].filter((x) => x.reversesId !== null).map((x) => x.reversesId!));
        const entryTargets = [...txs.values()]
          .filter((x) => x.kind !== 'reversal')
          .map((x) => x.id)
          .sort(byId);
        const reversalTargets = [...txs.values()]
          .filter((x) => x.kind === 'reversal')
          .map((x) => x.id)
          .sort(byId);
        const keyedBefore = [...keys.values()].map((k) => k.req);
        const succeededKeys = [...keys.entries()].filter(([, k]) => k.outcomes.some((o) => o.status === 201)).map(([key]) => key);

        const jobs: { req: Req; intent: Intent }[] = [];
        for (const op of s.batches[bi]) {
          const n = opNo++;
          const key = `${keyPrefix}${n}`;
          switch (op.kind) {
            case 'award':
            case 'deduction': {
              const role: Role = op.kind === 'award' ? op.rule : 'penalty';
              const req: Req = {
                op: n,
                batch: bi,
                kind: op.kind,
                path: `/programs/${programId}/${op.kind === 'award' ? 'awards' : 'deductions'}`,
                body: entryBody(role, op.holders, op.day),
                key: op.keyed ? key : null,
                role,
              };
              for (let c = 0; c < op.copies; c++) jobs.push({ req, intent: 'fresh' });
              break;
            }
            case 'reversal': {
              const from = op.ofReversal && reversalTargets.length > 0 ? reversalTargets : entryTargets;
              if (from.length === 0) break;
              const targetId = from[op.target % from.length];
              const req: Req = {
                op: n,
                batch: bi,
                kind: 'reversal',
                path: `/transactions/${targetId}/reversal`,
                body: { reason: '登记错误' },
                key: op.keyed ? key : null,
                targetId,
              };
              for (let c = 0; c < op.copies; c++) jobs.push({ req, intent: 'fresh' });
              break;
            }
            case 'retry': {
              if (keyedBefore.length === 0) break;
              jobs.push({ req: { ...keyedBefore[op.of % keyedBefore.length] }, intent: 'retry' });
              break;
            }
            case 'misuse': {
              if (succeededKeys.length === 0) break;
              const usedKey = succeededKeys[op.of % succeededKeys.length];
              const orig = keys.get(usedKey)!.req;
              let req: Req;
              if (op.change === 'endpoint' || orig.kind === 'reversal') {
                req =
                  orig.kind === 'award'
                    ? {
                        ...orig,
                        kind: 'deduction',
                        path: `/programs/${programId}/deductions`,
                        body: entryBody('penalty', [0], '2026-11-02'),
                        role: 'penalty',
                      }
                    : orig.kind === 'deduction' || op.change === 'endpoint'
                      ? {
                          ...orig,
                          kind: 'award',
                          path: `/programs/${programId}/awards`,
                          body: entryBody('plain', [0], '2026-11-02'),
                          role: 'plain',
                          targetId: undefined,
                        }
                      : { ...orig, body: { reason: `${String(orig.body.reason)}（改）` } };
              } else if (op.change === 'memo') {
                req = { ...orig, body: { ...orig.body, memo: '同一个幂等键，另一份请求' } };
              } else {
                req = { ...orig, body: { ...orig.body, occurredOn: orig.body.occurredOn === '2026-11-03' ? '2026-11-04' : '2026-11-03' } };
              }
              jobs.push({ req: { ...req, op: n, batch: bi }, intent: 'misuse' });
              break;
            }
            default: {
              const never: never = op;
              fail(`unknown op ${JSON.stringify(never)}`);
            }
          }
        }

        const closeJob = async (): Promise<null> => {
          const res = await api().post(`/programs/${programId}/periods/${Q3}/close`);
          expectThat(res.status === 201, () => `closing ${Q3}: ${res.status} ${JSON.stringify(res.body)}`);
          stats.closes++;
          return null;
        };
        const results = await Promise.all([...jobs.map((j) => send(j.req, j.intent)), ...(closing ? [closeJob()] : [])]);
        const batchOutcomes = results.filter((o): o is Outcome => o !== null);
        if (closing) closed = true;
        if (closing) trace.push(`  batch ${bi}: ${Q3} closed`);
        trace.push(...batchOutcomes.map(traceLine));

        // Each response against what it may be, given the state before the batch.
        const contested = new Map<string, Set<string>>();
        for (const [i, j] of jobs.entries()) {
          if (j.intent === 'fresh' && j.req.targetId) {
            const who = contested.get(j.req.targetId) ?? new Set<string>();
            who.add(j.req.key ?? `no-key-${i}`);
            contested.set(j.req.targetId, who);
          }
        }
        for (const o of batchOutcomes) {
          const r = o.req;
          const what = () => showOutcome(o);
          if (o.intent === 'misuse') {
            stats.misuses++;
            expectThat(
              o.status === 422 && o.code === 'IDEMPOTENCY_KEY_REUSED',
              () => `key reused for another request must get 422 IDEMPOTENCY_KEY_REUSED: ${what()}`,
            );
            continue;
          }
          if (o.intent === 'retry') {
            const prior = keys.get(r.key!)!.outcomes;
            const success = prior.find((p) => p.status === 201);
            if (success) {
              stats.replays++;
              expectThat(
                o.status === 201 && o.replayed && sameJson(o.body, success.body),
                () => `retry must replay ${JSON.stringify(success.body)}: ${what()}`,
              );
            } else {
              const first = prior[0];
              expectThat(
                o.status === first.status && o.code === first.code,
                () => `retry of a failed request must fail alike (${first.status} ${first.code}): ${what()}`,
              );
            }
            continue;
          }
          if (r.kind === 'reversal') {
            const target = txs.get(r.targetId!)!;
            if (target.kind === 'reversal') {
              expectThat(o.status === 422 && o.code === 'NOT_REVERSIBLE', () => `a reversal cannot be reversed: ${what()}`);
            } else if (reversedBefore.has(target.id)) {
              expectThat(
                o.status === 409 && o.code === 'ALREADY_REVERSED',
                () => `second reversal must get 409 ALREADY_REVERSED: ${what()}`,
              );
            } else if ((contested.get(target.id)?.size ?? 0) > 1) {
              expectThat(
                o.status === 201 || (o.status === 409 && o.code === 'ALREADY_REVERSED'),
                () => `racing reversal must succeed or get 409: ${what()}`,
              );
            } else {
              expectThat(o.status === 201, () => `reversal must succeed: ${what()}`);
            }
            if (o.status === 409) stats.alreadyReversed++;
            if (o.status === 201) {
              const b = o.body;
              expectThat(
                b.reversesId === target.id && b.holderId === target.holderId && b.points === -target.points,
                () => `reversal must negate ${JSON.stringify(target)}: ${what()}`,
              );
              const mustBeLate = target.period === Q3 && closedBefore;
              const mayBeLate = target.period === Q3 && (closedBefore || closing);
              expectThat(
                b.late === (b.period !== target.period) && (b.late ? b.period === CURRENT_PERIOD : true),
                () => `late flag and period disagree: ${what()}`,
              );
              expectThat(
                mustBeLate ? b.late === true : mayBeLate || b.late === false,
                () => `reversal late must be ${mustBeLate}: ${what()}`,
              );
              if (b.late) stats.late++;
            }
          } else {
            const inQ3 = quarterOf(String(r.body.occurredOn)) === Q3;
            if (inQ3 && closedBefore) {
              expectThat(
                o.status === 422 && o.code === 'PERIOD_CLOSED',
                () => `entry in closed ${Q3} must get 422 PERIOD_CLOSED: ${what()}`,
              );
            } else if (inQ3 && closing) {
              expectThat(
                o.status === 201 || (o.status === 422 && o.code === 'PERIOD_CLOSED'),
                () => `entry racing the close must succeed or get PERIOD_CLOSED: ${what()}`,
              );
            } else {
              expectThat(o.status === 201, () => `entry must succeed: ${what()}`);
            }
            if (o.code === 'PERIOD_CLOSED') stats.periodClosed++;
            if (o.status === 201) {
              const ids = (o.body.results as { holderId: number }[]).map((x) => x.holderId);
              expectThat(
                JSON.stringify(ids) === JSON.stringify(r.body.holderIds),
                () => `one result per holder, in request order: ${what()}`,
              );
            }
          }
        }
        for (const o of batchOutcomes) {
          outcomes.push(o);
          if (o.req.key !== null && o.intent !== 'misuse') {
            const k = keys.get(o.req.key) ?? { req: o.req, outcomes: [] };
            k.outcomes.push(o);
            keys.set(o.req.key, k);
          }
          if (o.status === 201) register(o);
        }
        if (closing) q3AtClose = await q3Totals(programId);
      }

      await checkRun({ s, programId, rules, holders, outcomes, txs, keys, q3AtClose, keyPrefix });
    } catch (e) {
      // The counterexample says what was generated; the trace says what the ledger answered.
      if (e instanceof Error)
        e.message += `\n  program ${programId}, households ${holders.map((h, i) => `h${h}=#${i}`).join(' ')}, trace:\n${trace.join('\n')}`;
      throw e;
    }
  }

  async function q3Totals(programId: number): Promise<Map<number, number>> {
    const rows = (await t.db.query(
      `SELECT a.holder_id AS "holderId", sum(p.amount)::int AS total FROM postings p
         JOIN accounts a ON a.id = p.account_id JOIN transactions x ON x.id = p.transaction_id
        WHERE a.program_id = $1 AND a.kind = 'holder' AND x.period = $2 GROUP BY a.holder_id`,
      [programId, Q3],
    )) as { holderId: number; total: number }[];
    return new Map(rows.map((r) => [r.holderId, r.total]));
  }

  async function checkRun(run: {
    s: Scenario;
    programId: number;
    rules: Record<Role, { id: number; points: number }>;
    holders: number[];
    outcomes: Outcome[];
    txs: Map<string, Tx>;
    keys: Map<string, { req: Req; outcomes: Outcome[] }>;
    q3AtClose: Map<number, number> | null;
    keyPrefix: string;
  }): Promise<void> {
    const { s, programId, rules, holders, outcomes, txs, keys } = run;

    // 1. The auditor's check: balanced, global sum zero, balances equal their postings.
    for (const query of ['', `?programId=${programId}`]) {
      const check = await api().get(`/ledger/check${query}`);
      expectThat(
        check.status === 200 &&
          check.body.ok === true &&
          check.body.globalSum === 0 &&
          check.body.imbalances.length === 0 &&
          check.body.balanceMismatches.length === 0,
        () => `ledger check${query}: ${JSON.stringify(check.body)}`,
      );
    }

    // 2. Balances: API = sum of postings = base + what the responses said, and each response is
    //    what a serial ledger would have answered, replayed per holder in transaction-id order
    //    (holder rows are locked, so ids follow the order in which the ledger applied them).
    const sums = new Map(
      (
        (await t.db.query(
          `SELECT a.holder_id AS "holderId", a.balance::int AS balance, COALESCE(sum(p.amount), 0)::int AS total
             FROM accounts a LEFT JOIN postings p ON p.account_id = a.id
            WHERE a.program_id = $1 AND a.kind = 'holder' GROUP BY a.id`,
          [programId],
        )) as { holderId: number; balance: number; total: number }[]
      ).map((r) => [r.holderId, r]),
    );
    const capUsed = new Map<string, number>();
    for (const holderId of holders) {
      const own = [...txs.values()].filter((x) => x.holderId === holderId).sort((a, b) => byId(a.id, b.id));
      let balance = s.basePoints;
      for (const x of own) {
        const what = () =>
          `holder ${holderId}, transaction ${JSON.stringify(x)} after balance ${balance}; history ${JSON.stringify(own.map((y) => [y.id, y.kind, y.role, y.points, y.balanceAfter]))}`;
        if (x.kind === 'reversal') {
          const target = txs.get(x.reversesId!)!;
          expectThat(x.points === -target.points, () => `reversal points: ${what()}`);
          if (target.role === 'capped' && target.points > 0) {
            const k = `${holderId}|${capKeyOf(target.occurredOn, s.capped.per)}`;
            capUsed.set(k, Math.max(0, (capUsed.get(k) ?? 0) - target.points));
          }
        } else if (x.role === 'capped') {
          const k = `${holderId}|${capKeyOf(x.occurredOn, s.capped.per)}`;
          const used = capUsed.get(k) ?? 0;
          const granted = Math.max(0, Math.min(s.capped.points, s.capped.cap - used));
          expectThat(
            x.points === granted && x.capped === (granted !== s.capped.points),
            () => `capped award should grant ${granted} (cap ${s.capped.cap}, used ${used}): ${what()}`,
          );
          capUsed.set(k, used + granted);
          if (x.capped) stats.capped++;
        } else if (x.role === 'plain') {
          expectThat(x.points === rules.plain.points && !x.capped, () => `plain award: ${what()}`);
        } else {
          const p = rules.penalty.points;
          const expected = !s.allowNegative && balance + p < 0 ? -Math.max(balance, 0) : p;
          expectThat(x.points === expected && x.capped === (expected !== p), () => `deduction should apply ${expected}: ${what()}`);
          if (x.capped) stats.floored++;
        }
        balance += x.points;
        expectThat(x.balanceAfter === null || x.balanceAfter === balance, () => `balanceAfter should be ${balance}: ${what()}`);
      }
      const modelBalance = s.basePoints + own.reduce((acc, x) => acc + x.points, 0);
      const view = (await api().get(`/programs/${programId}/holders/${holderId}/balance`)).body;
      const db = sums.get(holderId);
      expectThat(view.balance === modelBalance, () => `holder ${holderId}: API balance ${view.balance}, model ${modelBalance}`);
      expectThat(
        db === undefined ? own.length === 0 : db.total === modelBalance && db.balance === modelBalance,
        () => `holder ${holderId}: DB ${JSON.stringify(db)}, model ${modelBalance}`,
      );
    }

    // 3. Idempotency: one effect per key; replays answer the same; one transaction per holder
    //    and non-replayed successful request (an award cut to nothing posts none), and nothing else.
    let expectedTxs = 0;
    for (const o of outcomes) {
      if (o.status !== 201 || o.replayed) continue;
      expectedTxs +=
        o.req.kind === 'reversal'
          ? 1
          : (o.body.results as { transactionId: number | null }[]).filter((r) => r.transactionId !== null).length;
    }
    for (const [key, k] of keys) {
      const ok = k.outcomes.filter((o) => o.status === 201);
      expectThat(
        ok.filter((o) => !o.replayed).length <= 1,
        () => `key ${key} took effect ${ok.filter((o) => !o.replayed).length} times: ${ok.map(showOutcome).join('\n')}`,
      );
      expectThat(
        ok.every((o) => sameJson(o.body, ok[0].body)),
        () => `key ${key} answered differently: ${ok.map(showOutcome).join('\n')}`,
      );
      expectThat(
        ok.length === 0 || ok.some((o) => !o.replayed),
        () => `key ${key} replayed with no original: ${ok.map(showOutcome).join('\n')}`,
      );
    }
    const dbTxs = await countRows(t, `transactions WHERE program_id = $1 AND type <> 'opening'`, [programId]);
    expectThat(
      dbTxs === expectedTxs && txs.size === expectedTxs,
      () => `transactions: DB ${dbTxs}, distinct in responses ${txs.size}, non-replayed successes ${expectedTxs}`,
    );
    const storedKeys = await countRows(t, 'idempotency_keys WHERE scope = $1 AND key LIKE $2', [userScope, `${run.keyPrefix}%`]);
    const succeededKeys = [...keys.values()].filter((k) => k.outcomes.some((o) => o.status === 201)).length;
    expectThat(storedKeys === succeededKeys, () => `idempotency keys stored ${storedKeys}, keys that succeeded ${succeededKeys}`);

    // 4. Caps: the counters match the replayed model, and no holder's net capped points in a
    //    cap period (awards minus their reversals, from the transactions table) exceed the cap.
    const usage = (await t.db.query(
      `SELECT holder_id AS "holderId", period_key AS "periodKey", used::int AS used FROM cap_usage WHERE rule_id = $1`,
      [rules.capped.id],
    )) as {
      holderId: number;
      periodKey: string;
      used: number;
    }[];
    const dbUsed = new Map(usage.map((u) => [`${u.holderId}|${u.periodKey}`, u.used]));
    for (const k of new Set([...dbUsed.keys(), ...capUsed.keys()])) {
      expectThat((dbUsed.get(k) ?? 0) === (capUsed.get(k) ?? 0), () => `cap_usage ${k}: DB ${dbUsed.get(k)}, model ${capUsed.get(k)}`);
    }
    const net = (await t.db.query(
      `SELECT t.holder_id AS "holderId", to_char(t.occurred_on, 'YYYY-MM-DD') AS day, t.points::int AS points FROM transactions t
         JOIN rule_versions v ON v.id = t.rule_version_id
        WHERE t.program_id = $1 AND t.type = 'award' AND v.rule_id = $2 AND NOT EXISTS (SELECT 1 FROM transactions r WHERE r.reverses_id = t.id)`,
      [programId, rules.capped.id],
    )) as { holderId: number; day: string; points: number }[];
    const netBy = new Map<string, number>();
    for (const r of net)
      netBy.set(
        `${r.holderId}|${capKeyOf(r.day, s.capped.per)}`,
        (netBy.get(`${r.holderId}|${capKeyOf(r.day, s.capped.per)}`) ?? 0) + r.points,
      );
    for (const [k, v] of netBy) {
      expectThat(v <= s.capped.cap, () => `cap ${s.capped.cap} per ${s.capped.per} exceeded for ${k}: ${v}`);
      expectThat(v === (dbUsed.get(k) ?? 0), () => `net capped points ${k} = ${v}, cap_usage ${dbUsed.get(k)}`);
    }

    // 5. A closed period's totals never changed after the close, and equal what the responses said.
    if (run.q3AtClose) {
      const now = await q3Totals(programId);
      for (const holderId of holders) {
        const model = [...txs.values()].filter((x) => x.holderId === holderId && x.period === Q3).reduce((acc, x) => acc + x.points, 0);
        expectThat(
          (now.get(holderId) ?? 0) === (run.q3AtClose.get(holderId) ?? 0) && (now.get(holderId) ?? 0) === model,
          () => `${Q3} total of holder ${holderId}: at close ${run.q3AtClose!.get(holderId)}, now ${now.get(holderId)}, model ${model}`,
        );
      }
    }

    // 6. Reversals: each original at most once; a refused second reversal means there was a first.
    const twice = (await t.db.query(
      `SELECT reverses_id AS id, count(*)::int AS n FROM transactions WHERE program_id = $1 AND reverses_id IS NOT NULL GROUP BY reverses_id HAVING count(*) > 1`,
      [programId],
    )) as unknown[];
    expectThat(twice.length === 0, () => `reversed more than once: ${JSON.stringify(twice)}`);
    const reversed = new Set([...txs.values()].filter((x) => x.reversesId !== null).map((x) => x.reversesId!));
    for (const o of outcomes) {
      if (o.req.kind === 'reversal' && o.status === 409)
        expectThat(reversed.has(o.req.targetId!), () => `409 without a reversal: ${showOutcome(o)}`);
    }
  }

  it('keeps every invariant under random interleavings of awards, deductions, reversals, retries and period close', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (s) => {
        await runScenario(s);
      }),
      { numRuns: 25, plugins: [fc.interruptAfterTimeLimit(150_000, { failOnInterrupt: true })] },
    );
    process.stdout.write(`ledger property: ${JSON.stringify(stats)} in ${Date.now() - started} ms\n`);
  }, 180_000);

  it('two concurrent batch awards over overlapping sets of 300 households, in opposite orders, both land without deadlock', async () => {
    const program = await createProgram(t, token, countyId, { basePoints: 100 });
    const award = await createRule(t, token, program.id, { points: 3 });
    const penalty = await createRule(t, token, program.id, { points: -7 });
    const values = Array.from(
      { length: 450 },
      (_, i) =>
        `(${villages[i % 2]}, 'CC${program.id}-${i}', '户主${i}', 'CC${String(program.id).padStart(4, '0')}${String(i).padStart(4, '0')}')`,
    ).join(',');
    const ids = (
      (await t.db.query(`INSERT INTO households (village_id, household_no, head_name, card_code) VALUES ${values} RETURNING id`)) as {
        id: number;
      }[]
    )
      .map((r) => r.id)
      .sort((a, b) => a - b);
    // 300 ascending and 300 descending, 150 households in both.
    const first = ids.slice(0, 300);
    const second = ids.slice(150).reverse();
    const both = new Set(ids.slice(150, 300));

    const balances = async () =>
      (await t.db.query(`SELECT holder_id AS "holderId", balance::int AS balance FROM accounts WHERE program_id = $1 AND kind = 'holder'`, [
        program.id,
      ])) as {
        holderId: number;
        balance: number;
      }[];
    const expectBalances = async (once: number, twice: number) => {
      const rows = await balances();
      expect(rows).toHaveLength(450);
      expect(rows.filter((r) => r.balance !== (both.has(r.holderId) ? twice : once))).toEqual([]);
      for (const id of [ids[0], ids[200], ids[449]]) {
        expect((await api().get(`/programs/${program.id}/holders/${id}/balance`)).body.balance).toBe(both.has(id) ? twice : once);
      }
      expect((await api().get(`/ledger/check?programId=${program.id}`)).body).toMatchObject({
        ok: true,
        globalSum: 0,
        imbalances: [],
        balanceMismatches: [],
      });
    };

    // A fresh program: both requests open accounts as they go.
    const awardAll = (holderIds: number[]) =>
      api().post(`/programs/${program.id}/awards`, { ruleId: award.id, holderIds, occurredOn: '2026-11-20' });
    const [a, b] = await Promise.all([awardAll(first), awardAll(second)]);
    expect([a.status, b.status, a.body.error, b.body.error]).toEqual([201, 201, undefined, undefined]);
    await expectBalances(103, 106);

    // Accounts open: both go straight to locking the same 150 holder rows.
    const deduct = (holderIds: number[]) =>
      api().post(`/programs/${program.id}/deductions`, { ruleId: penalty.id, holderIds, occurredOn: '2026-11-21', reason: '乱倒垃圾' });
    const [c, d] = await Promise.all([deduct(first), deduct(second)]);
    expect([c.status, d.status, c.body.error, d.body.error]).toEqual([201, 201, undefined, undefined]);
    await expectBalances(96, 92);
  });
});
