import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fromHex, leafHash, verifyConsistency, verifyInclusion } from '../src/common/transparency/merkle.js';
import { verifyHeadSignature, type TreeHead } from '../src/common/transparency/tree-head.js';
import { JobHandlers } from '../src/jobs/job-handlers.js';
import { TreeHeads } from '../src/transparency/tree-heads.service.js';
import { LeafTexts } from '../src/views/transparency/leaf-texts.js';
import { verifyHeads, verifyLedger } from '../src/views/transparency/verify-commands.js';
import {
  API,
  as,
  binary,
  createHousehold,
  createProgram,
  createRegion,
  createRule,
  eventually,
  expectError,
  seedCounty,
  today,
} from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * The county transparency log (docs/transparency.md): every transaction, procedure event, rule
 * version, adoption and published run is a leaf, appended by the database in the committing
 * transaction; signed heads, proofs, and the verifiers that catch a rewritten history.
 */
describe('transparency log', () => {
  const t = useTestApp();
  const dir = mkdtempSync(join(tmpdir(), 'moral-bank-heads-'));

  interface County {
    code: string;
    countyId: number;
    token: string;
    program: number;
    rule: number;
    household: number;
  }

  async function county(): Promise<County> {
    const c = await seedCounty(t);
    const township = await createRegion(t, c.token, 'township', c.countyId);
    const village = await createRegion(t, c.token, 'village', township);
    const program = (await createProgram(t, c.token, c.countyId)).id;
    const rule = (await createRule(t, c.token, program, { name: '清扫村道', category: '清洁卫生', points: 5 })).id;
    const household = (await createHousehold(t, c.token, village, { headName: '李秀兰' })).id;
    const [{ code }] = (await t.db.query(`SELECT code FROM regions WHERE id = $1`, [c.countyId])) as { code: string }[];
    return { code, countyId: c.countyId, token: c.token, program, rule, household };
  }

  const award = async (c: County, points?: number): Promise<string> => {
    const rule = points === undefined ? c.rule : (await createRule(t, c.token, c.program, { points })).id;
    const res = await as(t, { token: c.token }).post(`/programs/${c.program}/awards`, {
      ruleId: rule,
      holderIds: [c.household],
      occurredOn: today(),
    });
    expect(res.status).toBe(201);
    return (res.body as { results: { transactionId: string }[] }).results[0].transactionId;
  };
  const claim = async (c: County): Promise<string> => {
    const res = await as(t, { token: c.token }).post('/claims', {
      programId: c.program,
      ruleId: c.rule,
      householdId: c.household,
      occurredOn: today(),
      memo: '打扫了村口\n和晒场',
    });
    expect(res.status).toBe(201);
    return String((res.body as { id: string }).id);
  };
  const sign = (c: County) => t.app.get(TreeHeads).sign(c.countyId, 'manual');
  const headsDoc = async (c: County) =>
    (await t.http().get(`${API}/public/tree-heads/${c.countyId}`)).body as {
      keys: { keyId: string; publicKey: string }[];
      latest: TreeHead & { fingerprint: string };
      items: TreeHead[];
      total: number;
    };
  const fetchJson = async (path: string) => {
    const res = await t.http().get(path);
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.body as unknown;
  };
  const verify = async (c: County, heads?: string) => {
    const lines: string[] = [];
    const code = await verifyLedger(t.db, c.code, heads, (l) => lines.push(l));
    return { code, text: lines.join('\n') };
  };
  const checkKept = async (file: string) => {
    const lines: string[] = [];
    const code = await verifyHeads(file, undefined, (l) => lines.push(l), fetchJson);
    return { code, text: lines.join('\n') };
  };
  const keep = async (c: County, name: string) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(await headsDoc(c)));
    return file;
  };
  const leafOf = async (kind: string, ref: string) =>
    (
      (await t.db.query(`SELECT county_id, leaf_index::int AS i FROM log_leaves WHERE kind = $1 AND ref_id = $2`, [kind, ref])) as {
        county_id: number;
        i: number;
      }[]
    )[0];
  /** As a database administrator would: the append-only and log triggers switched off for a moment. */
  const behindTheLogsBack = async (sql: string[]) => {
    const client = new pg.Client({ connectionString: t.config.database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SET LOCAL session_replication_role = replica`);
      for (const s of sql) await client.query(s);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  };

  it('logs each committed row once, in commit order, and publishes signed heads with proofs anyone can check', async () => {
    const c = await county();
    const tx = await award(c);
    await claim(c);
    const head1 = await sign(c);
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM log_leaves WHERE county_id = $1`, [c.countyId])) as { n: number }[];
    // The rule's version, the account's opening at the base, the award, the claim's 'submitted' event.
    expect(n).toBe(4);
    expect(head1.treeSize).toBe(4);
    const doc = await headsDoc(c);
    expect(doc.latest.rootHash).toBe(head1.rootHash);
    expect(doc.latest.fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(verifyHeadSignature(doc.latest, doc.keys[0].publicKey)).toBe(true);
    expect(verifyHeadSignature({ ...doc.latest, treeSize: 5 }, doc.keys[0].publicKey)).toBe(false);

    const leaf = await leafOf('transaction', tx);
    const text = (await new LeafTexts(t.db).of('transaction', [tx])).get(tx)!;
    expect(text).toContain(`type transaction\nid ${tx}\n`);
    expect(text).toMatch(/\nposting \d+ holder:\d+ 5 105\n/);
    const proof = (await t.http().get(`${API}/public/proofs/inclusion`).query({ countyId: c.countyId, kind: 'transaction', ref: tx }))
      .body as {
      leafIndex: number;
      leafHash: string;
      auditPath: string[];
      treeSize: number;
    };
    expect(proof.leafIndex).toBe(leaf.i);
    const hash = leafHash(new TextEncoder().encode(text));
    expect(proof.leafHash).toBe(Buffer.from(hash).toString('hex'));
    expect(verifyInclusion(proof.leafIndex, proof.treeSize, hash, proof.auditPath.map(fromHex), fromHex(head1.rootHash))).toBe(true);

    await award(c);
    await award(c);
    const head2 = await sign(c);
    expect(head2.treeSize).toBe(6);
    const cons = (await t.http().get(`${API}/public/proofs/consistency`).query({ countyId: c.countyId, from: 4 })).body as {
      to: number;
      proof: string[];
    };
    expect(cons.to).toBe(6);
    expect(verifyConsistency(4, 6, fromHex(head1.rootHash), fromHex(head2.rootHash), cons.proof.map(fromHex))).toBe(true);
    expect(verifyConsistency(4, 6, fromHex(head2.rootHash), fromHex(head2.rootHash), cons.proof.map(fromHex))).toBe(false);
    expectError(
      await t.http().get(`${API}/public/proofs/consistency`).query({ countyId: c.countyId, from: 4, to: 7 }),
      422,
      'TREE_SIZE_NOT_PUBLISHED',
    );
    expectError(
      await t.http().get(`${API}/public/proofs/inclusion`).query({ countyId: c.countyId, leafIndex: 6, treeSize: 6 }),
      422,
      'LEAF_NOT_IN_TREE',
    );
    expectError(await t.http().get(`${API}/public/tree-heads/999999`), 404, 'NOT_FOUND');

    const honest = await verify(c);
    expect(honest.text).toContain('OK: every logged row is as it was written');
    expect(honest.code).toBe(0);
    const kept = await keep(c, 'honest');
    expect(await checkKept(kept)).toMatchObject({ code: 0 });
  });

  it('gives concurrent writers contiguous leaves in commit order; a rolled-back or killed transaction leaves no leaf and no gap', async () => {
    const c = await county();
    await Promise.all(Array.from({ length: 24 }, () => award(c)));
    // A transaction that writes a row and then rolls back, and one whose connection dies before it commits.
    const rolledBack = new pg.Client({ connectionString: t.config.database.url });
    await rolledBack.connect();
    await rolledBack.query('BEGIN');
    const killed = new pg.Client({ connectionString: t.config.database.url });
    await killed.connect();
    killed.on('error', () => undefined);
    const { rows } = await killed.query(`SELECT pg_backend_pid() AS pid`);
    await killed.query('BEGIN');
    const txTemplate = `INSERT INTO rule_versions (rule_id, version, name, category, points, effective_from) VALUES (${c.rule}, 99, 'x', 'y', 1, '2026-01-01')`;
    await rolledBack.query(txTemplate.replace('99', '98'));
    await rolledBack.query('ROLLBACK');
    await rolledBack.end();
    await killed.query(txTemplate);
    await t.db.query(`SELECT pg_terminate_backend($1)`, [(rows[0] as { pid: number }).pid]);
    // Leaves appended, then rolled back to a savepoint: the transaction's next leaf takes their index
    // (the next index is kept for the transaction, and goes back with the savepoint).
    const saved = new pg.Client({ connectionString: t.config.database.url });
    await saved.connect();
    await saved.query('BEGIN');
    await saved.query('SAVEPOINT s');
    await saved.query(txTemplate.replace('99', '97'));
    await saved.query(txTemplate.replace('99', '96'));
    const count = async () =>
      (await saved.query(`SELECT count(*)::int AS n FROM log_leaves WHERE county_id = $1`, [c.countyId])).rows[0] as { n: number };
    const before = await count();
    await saved.query('SET CONSTRAINTS ALL IMMEDIATE'); // the deferred log triggers fire now, not at the commit
    expect(await count()).toEqual({ n: before.n + 2 });
    await saved.query('ROLLBACK TO SAVEPOINT s');
    await saved.query(txTemplate.replace('99', '95'));
    await saved.query('COMMIT');
    await saved.end();
    // A batch: several leaves of one transaction, one after another.
    const more = [c.household];
    for (const name of ['王建国', '赵春梅']) {
      const [{ village_id }] = (await t.db.query(`SELECT village_id FROM households WHERE id = $1`, [c.household])) as {
        village_id: number;
      }[];
      more.push((await createHousehold(t, c.token, village_id, { headName: name })).id);
    }
    const batch = await as(t, { token: c.token }).post(`/programs/${c.program}/awards`, {
      ruleId: c.rule,
      holderIds: more,
      occurredOn: today(),
    });
    expect(batch.status).toBe(201);
    await award(c);
    const leaves = (await t.db.query(`SELECT leaf_index::int AS i, kind, ref_id FROM log_leaves WHERE county_id = $1 ORDER BY leaf_index`, [
      c.countyId,
    ])) as {
      i: number;
      kind: string;
      ref_id: string;
    }[];
    expect(leaves.map((l) => l.i)).toEqual(leaves.map((_, i) => i));
    // Three households' openings at the base, 25 single awards and a batch of 3; the rule's version and the one kept past the savepoint.
    expect(leaves.filter((l) => l.kind === 'transaction')).toHaveLength(31);
    expect(leaves.filter((l) => l.kind === 'rule_version')).toHaveLength(2);
    expect((await sign(c)).treeSize).toBe(leaves.length);
    // Commit order: a leaf's transaction id may be out of order, never its commit; every transaction is there once.
    const txIds = (await t.db.query(`SELECT t.id FROM transactions t WHERE t.program_id = $1`, [c.program])) as { id: string }[];
    expect(new Set(leaves.filter((l) => l.kind === 'transaction').map((l) => l.ref_id))).toEqual(new Set(txIds.map((r) => r.id)));
    await sign(c);
    expect((await verify(c)).code).toBe(0);
  });

  it('signs a head on every period close and daily for every county (the tree-heads job)', async () => {
    const c = await county();
    await award(c);
    const closed = await as(t, { token: c.token }).post(`/programs/${c.program}/periods/2026-Q3/close`);
    expect(closed.status).toBe(201);
    const afterClose = await headsDoc(c);
    expect(afterClose.latest).toMatchObject({ reason: 'period_close', treeSize: 3 });
    await award(c);
    await t.app.get(JobHandlers).run('tree-heads', {}, { attempt: 1, finalAttempt: true });
    const afterDay = await headsDoc(c);
    expect(afterDay.latest).toMatchObject({ reason: 'daily', treeSize: 4 });
    expect(afterDay.total).toBe(2);
    expect(afterDay.items.map((h) => h.treeSize)).toEqual([4, 3]);
    // The 台账 carries the latest head: in its data for the printed page, and in the workbook's page footer.
    const book = `/reports/ledger-book?programId=${c.program}&holderId=${c.household}`;
    const data = await as(t, { token: c.token }).get(book);
    expect(data.body.treeHead).toMatchObject({ fingerprint: afterDay.latest.fingerprint, treeSize: 4 });
    const res = await as(t, { token: c.token }).get(`${book}&format=xlsx`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([res.body as Buffer]));
    expect(workbook.worksheets[0].headerFooter.oddFooter).toContain(
      `县级账本树头 指纹 ${afterDay.latest.fingerprint} · 共 4 条 · 签署于 ${afterDay.latest.signedAt.slice(0, 4)}`,
    );
  });

  it('logs rule adoptions, published ranking runs and reversals (free text escaped) in the form verify-ledger rebuilds', async () => {
    const c = await county();
    const api = as(t, { token: c.token });
    const tx = await award(c);
    expect((await api.post(`/transactions/${tx}/reversal`, { reason: '记错了户\\号' })).status).toBe(201);
    await award(c);
    const minutes = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const adopted = await t
      .http()
      .post(`${API}/programs/${c.program}/rules/${c.rule}/versions/1/adoption`)
      .set('Authorization', `Bearer ${c.token}`)
      .field('meeting', 'representatives')
      .field('meetingOn', '2026-11-20')
      .field('attended', '31')
      .field('entitled', '35')
      .field('resolutionNo', '青石村〔2026〕3号')
      .attach('file', minutes, '会议记录.pdf');
    expect(adopted.status).toBe(201);
    expect((await api.post(`/programs/${c.program}/periods/2026-Q3/close`)).status).toBe(201);
    const queued = await api.post('/rankings/runs', { programId: c.program, regionId: c.countyId, period: '2026-Q3' });
    expect(queued.status).toBe(202);
    const run = String(queued.body.id);
    await eventually(async () => ((await api.get(`/rankings/runs/${run}`)).body.status === 'completed' ? true : undefined));
    expect(await leafOf('ranking_run', run)).toBeUndefined();
    expect((await api.post(`/rankings/runs/${run}/publish`)).status).toBe(200);
    expect(await leafOf('ranking_run', run)).toBeDefined();
    const kinds = (await t.db.query(`SELECT kind, count(*)::int AS n FROM log_leaves WHERE county_id = $1 GROUP BY kind ORDER BY kind`, [
      c.countyId,
    ])) as {
      kind: string;
      n: number;
    }[];
    expect(kinds).toEqual([
      { kind: 'ranking_run', n: 1 },
      { kind: 'rule_adoption', n: 1 },
      { kind: 'rule_version', n: 1 },
      { kind: 'transaction', n: 4 },
    ]);
    await sign(c);
    const result = await verify(c);
    expect(result.text).toContain('OK');
    expect(result.code).toBe(0);
    // The run's entries are in its leaf through their digest: a score changed afterwards shows.
    await behindTheLogsBack([`UPDATE ranking_entries SET score = score + 1 WHERE run_id = ${run}`]);
    expect((await verify(c)).text).toContain(`First: ranking run ${run} (leaf`);
  });

  /** Three ways to rewrite history, each by someone who can switch the triggers off. */
  const TAMPERS: {
    name: string;
    setup: (c: County) => Promise<{ kind: string; ref: string }>;
    sql: (ref: string) => string[];
    names: (ref: string) => string;
  }[] = [
    {
      name: "changes one posting's points",
      setup: async (c) => ({ kind: 'transaction', ref: await award(c) }),
      sql: (ref) => [`UPDATE postings SET amount = amount * 10 WHERE transaction_id = ${ref} AND amount > 0`],
      names: (ref) => `transaction ${ref} (leaf`,
    },
    {
      name: 'deletes one procedure event',
      setup: async (c) => {
        const claimId = await claim(c);
        const [{ id }] = (await t.db.query(`SELECT id FROM procedure_events WHERE subject_type = 'claim' AND subject_id = $1`, [
          claimId,
        ])) as { id: string }[];
        return { kind: 'procedure_event', ref: id };
      },
      sql: (ref) => [`DELETE FROM procedure_events WHERE id = ${ref}`],
      names: (ref) => `procedure event ${ref} (leaf`,
    },
    {
      name: "rewrites one rule version's points",
      setup: async (c) => {
        const [{ id }] = (await t.db.query(`SELECT id FROM rule_versions WHERE rule_id = $1`, [c.rule])) as { id: number }[];
        return { kind: 'rule_version', ref: String(id) };
      },
      sql: (ref) => [`UPDATE rule_versions SET points = 50 WHERE id = ${ref}`],
      names: (ref) => `rule version ${ref} (leaf`,
    },
  ];

  it.each(TAMPERS)(
    'catches a database administrator who $name, by verify-ledger and against a kept head, even with the log rewritten to match',
    async (tamper) => {
      const c = await county();
      await award(c);
      const target = await tamper.setup(c);
      await award(c);
      await sign(c);
      const kept = await keep(c, `${target.kind}-${c.countyId}`);
      expect((await verify(c, kept)).code).toBe(0);

      await behindTheLogsBack(tamper.sql(target.ref));
      const naive = await verify(c);
      expect(naive.code).toBe(1);
      expect(naive.text).toContain(`First: ${tamper.names(target.ref)}`);

      // The thorough version: the log itself rewritten to match the tables, its heads dropped and signed anew.
      const leaf = await leafOf(target.kind, target.ref);
      const cover =
        target.kind === 'procedure_event'
          ? [
              `DELETE FROM log_leaves WHERE county_id = ${c.countyId} AND leaf_index = ${leaf.i}`,
              `UPDATE log_leaves SET leaf_index = leaf_index - 1 WHERE county_id = ${c.countyId} AND leaf_index > ${leaf.i}`,
            ]
          : [
              `UPDATE log_leaves SET leaf_hash = log_leaf_hash(log_leaf(kind, ref_id)) WHERE county_id = ${c.countyId} AND leaf_index = ${leaf.i}`,
            ];
      await behindTheLogsBack([
        ...cover,
        `DELETE FROM log_nodes WHERE county_id = ${c.countyId}`,
        `DELETE FROM tree_heads WHERE county_id = ${c.countyId}`,
      ]);
      await sign(c);
      expect((await verify(c)).code).toBe(0);

      const againstKept = await verify(c, kept);
      expect(againstKept.code).toBe(1);
      expect(againstKept.text).toMatch(
        /the given head [0-9A-F]{4}-[0-9A-F]{4} \(size \d+, signed [^)]+\) (does not match the log recomputed from the tables|covers)/,
      );
      const consistency = await checkKept(kept);
      expect(consistency.code).toBe(1);
      expect(consistency.text).toMatch(
        /FAILED: head [0-9A-F]{4}-[0-9A-F]{4} \(size \d+, signed [^)]+\) (is not consistent with the current head|covers)/,
      );
    },
  );

  it('catches a restore from an older backup by consistency with a later published head', async () => {
    const c = await county();
    await award(c);
    const before = await sign(c);
    const [{ balance }] = (await t.db.query(`SELECT balance::int FROM accounts WHERE program_id = $1 AND holder_id = $2`, [
      c.program,
      c.household,
    ])) as {
      balance: number;
    }[];
    const lost = [await award(c), await award(c)];
    await sign(c);
    const kept = await keep(c, `later-${c.countyId}`);
    // The backup taken at the first head comes back: what was written after it is gone, from the tables and the log alike.
    await behindTheLogsBack([
      `DELETE FROM lot_moves WHERE transaction_id IN (${lost.join(',')})`,
      `DELETE FROM lots WHERE transaction_id IN (${lost.join(',')})`,
      `DELETE FROM postings WHERE transaction_id IN (${lost.join(',')})`,
      `DELETE FROM transactions WHERE id IN (${lost.join(',')})`,
      `UPDATE accounts SET balance = ${balance} WHERE program_id = ${c.program} AND holder_id = ${c.household}`,
      `DELETE FROM log_leaves WHERE county_id = ${c.countyId} AND leaf_index >= ${before.treeSize}`,
      `DELETE FROM log_nodes WHERE county_id = ${c.countyId} AND (node_index + 1) * (1::bigint << level) > ${before.treeSize}`,
      `DELETE FROM tree_heads WHERE county_id = ${c.countyId} AND tree_size > ${before.treeSize}`,
    ]);
    await award(c, 7);
    await sign(c);
    expect((await verify(c)).code).toBe(0);
    const consistency = await checkKept(kept);
    expect(consistency.code).toBe(1);
    expect(consistency.text).toMatch(
      /FAILED: head .* (is not consistent with the current head|covers \d+ leaves but the service's latest head only)/,
    );
    const againstKept = await verify(c, kept);
    expect(againstKept.code).toBe(1);
  });
});
