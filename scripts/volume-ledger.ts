/**
 * A large, valid ledger straight into PostgreSQL, set-based and seeded: households spread over
 * villages, their accounts, an opening entry each, then awards and deductions in one period with
 * their two postings and running balances. Every constraint and trigger of the schema runs.
 * Shared by the benchmark and the volume test. Runs on one connection (it uses temp tables).
 */
export type Sql = <T = unknown>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface VolumeSpec {
  programId: number;
  adminId: number;
  villages: number[];
  households: number;
  /** Awards and deductions (each with two postings), on top of one opening entry per household. */
  entries: number;
  basePoints: number;
  /** Rule versions to draw from: positive points are awards, negative deductions. */
  rules: { id: number; points: number }[];
  /** Deeds are dated within the 92 days from July 1st, 2026: period 2026-Q3. */
  period: string;
  /** Card codes are `<prefix>` + 9 digits; avoid O, I and L, which card normalising rewrites. */
  cardPrefix: string;
  seed: number;
  /**
   * Leave the transactions out of the county's transparency log (its append trigger off while
   * generating): for tests and benchmarks of something else, where logging 100,000s of rows would
   * only add minutes. The log is then incomplete for the county, and verify-ledger says so.
   */
  unlogged?: boolean;
}

/** Generates the volume; `step(name)` is called after each stage, for timings. */
export async function generateVolume(sql: Sql, spec: VolumeSpec, step: (name: string) => void = () => undefined): Promise<void> {
  if (!spec.unlogged) return generate(sql, spec, step);
  await sql(`ALTER TABLE transactions DISABLE TRIGGER "TRG_transactions_log"`);
  try {
    await generate(sql, spec, step);
  } finally {
    await sql(`ALTER TABLE transactions ENABLE TRIGGER "TRG_transactions_log"`);
  }
}

async function generate(sql: Sql, spec: VolumeSpec, step: (name: string) => void): Promise<void> {
  const awards = spec.rules.filter((r) => r.points > 0);
  const deductions = spec.rules.filter((r) => r.points < 0);
  await sql(`SET max_parallel_workers_per_gather = 0`); // one backend, so setseed makes the data reproducible
  await sql(`SELECT setseed($1)`, [spec.seed]);
  await sql(
    `INSERT INTO households (village_id, household_no, head_name, address, card_code, created_at, updated_at)
     SELECT ($1::int[])[1 + (g - 1) % cardinality($1::int[])],
            lpad((1 + (g - 1) / cardinality($1::int[]))::text, 4, '0'),
            (ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙'])[1 + g % 12] ||
            (ARRAY['建国','秀英','志强','桂兰','海燕','德明','玉兰','国庆','春梅','永福'])[1 + (g / 12) % 10],
            (1 + (g - 1) / cardinality($1::int[]))::text || '号',
            $3 || lpad(g::text, 9, '0'),
            timestamptz '2026-06-01 09:00+08', timestamptz '2026-06-01 09:00+08'
       FROM generate_series(1, $2::int) g ORDER BY g`,
    [spec.villages, spec.households, spec.cardPrefix],
  );
  step('households');
  // Each village's issuance (awards) and penalties (deductions) accounts.
  await sql(
    `INSERT INTO accounts (program_id, kind, region_id, opened_at)
     SELECT $1, k.kind, v.id, timestamptz '2026-07-01 08:00+08' FROM unnest($2::int[]) AS v(id) CROSS JOIN (VALUES ('issuance'), ('penalties')) k(kind) ORDER BY v.id, k.kind`,
    [spec.programId, spec.villages],
  );
  step('village accounts');
  // The entries, not yet numbered: holders drawn at random (some get none), 85% awards.
  await sql(
    `CREATE TEMP TABLE vol_entries AS
     WITH hh AS (SELECT id, village_id, row_number() OVER (ORDER BY id) AS k FROM households WHERE village_id = ANY($1::int[])),
          draws AS (
            SELECT 1 + floor(random() * $2::int)::int AS k, random() < 0.85 AS award, random() AS pick, floor(random() * 92)::int AS day, random() AS r
              FROM generate_series(1, $3::int)
          )
     SELECT hh.id AS holder_id, hh.village_id, 'opening'::varchar(16) AS type, NULL::int AS rule_version_id, $8::bigint AS points,
            date '2026-07-01' AS occurred_on, 0 AS ord, random() AS r
       FROM hh
     UNION ALL
     SELECT hh.id, hh.village_id,
            CASE WHEN d.award THEN 'award' ELSE 'deduction' END,
            CASE WHEN d.award THEN ($4::int[])[1 + floor(d.pick * cardinality($4::int[]))::int] ELSE ($6::int[])[1 + floor(d.pick * cardinality($6::int[]))::int] END,
            CASE WHEN d.award THEN ($5::int[])[1 + floor(d.pick * cardinality($5::int[]))::int] ELSE ($7::int[])[1 + floor(d.pick * cardinality($7::int[]))::int] END,
            date '2026-07-01' + d.day, 1, d.r
       FROM draws d JOIN hh ON hh.k = d.k`,
    [
      spec.villages,
      spec.households,
      spec.entries,
      awards.map((r) => r.id),
      awards.map((r) => r.points),
      deductions.map((r) => r.id),
      deductions.map((r) => r.points),
      spec.basePoints,
    ],
  );
  step('entries');
  // Holder accounts, each balance the sum of its entries (base points included via the opening).
  await sql(
    `INSERT INTO accounts (program_id, kind, holder_id, region_id, balance, opened_at)
     SELECT $1, 'holder', holder_id, min(village_id), sum(points), timestamptz '2026-07-01 08:00+08' FROM vol_entries GROUP BY holder_id ORDER BY holder_id`,
    [spec.programId],
  );
  step('holder accounts');
  // Transaction ids reserved as one block, assigned in the order of the deeds.
  const [{ count }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM vol_entries`);
  const [{ first }] = await sql<{ first: string }>(`SELECT nextval(pg_get_serial_sequence('transactions', 'id'))::bigint AS first`);
  await sql(`SELECT setval(pg_get_serial_sequence('transactions', 'id'), $1::bigint + $2::int - 1)`, [first, count]);
  await sql(
    `CREATE TEMP TABLE vol_plan AS
     SELECT e.*, ha.id AS holder_account, ca.id AS counter_account,
            sum(e.points) OVER (PARTITION BY e.holder_id ORDER BY e.id) AS balance_after
       FROM (SELECT v.*, $1::bigint + row_number() OVER (ORDER BY v.occurred_on, v.ord, v.r) - 1 AS id FROM vol_entries v) e
       JOIN accounts ha ON ha.program_id = $2 AND ha.kind = 'holder' AND ha.holder_id = e.holder_id
       JOIN accounts ca ON ca.program_id = $2 AND ca.kind = CASE e.type WHEN 'deduction' THEN 'penalties' ELSE 'issuance' END AND ca.region_id = e.village_id`,
    [first, spec.programId],
  );
  step('plan');
  await sql(
    `INSERT INTO transactions (id, program_id, type, holder_id, rule_version_id, occurred_on, period, requested_points, points, memo, actor_type, actor_id, source, recorded_at)
     OVERRIDING SYSTEM VALUE
     SELECT id, $1, type, holder_id, rule_version_id, occurred_on, $2, points, points,
            CASE type WHEN 'award' THEN '村民议事会评议' WHEN 'deduction' THEN '违反村规民约' END,
            'user', $3, CASE WHEN type = 'opening' THEN 'api' ELSE 'import' END, (occurred_on + time '18:00') AT TIME ZONE 'Asia/Shanghai'
       FROM vol_plan ORDER BY id`,
    [spec.programId, spec.period, spec.adminId],
  );
  step('transactions');
  // Two postings per transaction: the holder's (with its running balance) and the village's counter account.
  await sql(
    `INSERT INTO postings (transaction_id, account_id, amount, balance_after)
     SELECT p.id, x.account_id, x.amount, x.balance_after
       FROM vol_plan p CROSS JOIN LATERAL (VALUES (1, p.holder_account, p.points, p.balance_after), (2, p.counter_account, -p.points, NULL::bigint)) AS x(leg, account_id, amount, balance_after)
      ORDER BY p.id, x.leg`,
  );
  step('postings');
  // What each household may redeem is one earning lot (as the migration that brought lots made them).
  await sql(
    `INSERT INTO lots (program_id, account_id, holder_id, region_id, points, remaining, occurred_on)
     SELECT program_id, id, holder_id, region_id, balance - $2, balance - $2, date '2026-09-30'
       FROM accounts WHERE program_id = $1 AND kind = 'holder' AND balance > $2 ORDER BY id`,
    [spec.programId, spec.basePoints],
  );
  step('lots');
  await sql(`DROP TABLE vol_plan`);
  await sql(`DROP TABLE vol_entries`);
  await sql(`RESET max_parallel_workers_per_gather`);
}
