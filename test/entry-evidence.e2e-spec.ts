import sharp from 'sharp';
import {
  API,
  as,
  binary,
  createHousehold,
  createProgram,
  createRule,
  createUser,
  expectError,
  seedTree,
  today,
  type CountyTree,
} from './support/fixtures.js';
import { useTestApp, type TestApp } from './support/test-app.js';

/**
 * Staff awards and deductions carry uploaded photos as claims do: photos of the holders' village
 * that the clerk may see, kept with the notice and the transaction, shown on the statement and on
 * the notice board, and readable by the residents of that village only.
 */

const jpeg = (r: number) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 40 } } })
    .jpeg()
    .toBuffer();

async function upload(t: TestApp, token: string, villageId: number, r = 120): Promise<number> {
  const res = await t
    .http()
    .post(`${API}/evidence`)
    .set('Authorization', `Bearer ${token}`)
    .field('villageId', String(villageId))
    .attach('file', await jpeg(r), 'photo.jpg');
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}

async function residentToken(t: TestApp, clerk: string, household: { id: number; cardCode: string }): Promise<string> {
  const pin = await as(t, { token: clerk }).post('/resident-pins', { householdId: household.id });
  const res = await t
    .http()
    .post(`${API}/auth/resident-login`)
    .send({ cardCode: household.cardCode, pin: pin.body.pin as string });
  return res.body.accessToken as string;
}

describe('staff entries with photos', () => {
  const t = useTestApp();
  let tree: CountyTree;
  let clerk: string;

  beforeAll(async () => {
    tree = await seedTree(t);
    clerk = (await createUser(t, tree.county.token, 'village_clerk', tree.villageA)).token;
  });

  it('a deduction for 乱堆乱放 carries its photo onto the notice, the board and, once posted, the statement; residents of the village see it', async () => {
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    expect((await tree.county.api().patch(`/programs/${program}`, { publicityDays: 7 })).status).toBe(200);
    const penalty = await createRule(t, tree.county.token, program, { name: '乱堆乱放', points: -5 });
    const [offender, neighbour] = [await createHousehold(t, clerk, tree.villageA), await createHousehold(t, clerk, tree.villageA)];
    const outsider = await createHousehold(t, tree.county.token, tree.villageB);
    const photo = await upload(t, clerk, tree.villageA);

    const res = await as(t, { token: clerk }).post(`/programs/${program}/deductions`, {
      ruleId: penalty.id,
      holderIds: [offender.id],
      occurredOn: today(),
      reason: '门前堆放杂物',
      evidenceIds: [photo],
    });
    expect(res.status).toBe(201);
    const noticeId = res.body.results[0].noticeId as string;
    expect((await as(t, { token: clerk }).get(`/notices/${noticeId}`)).body.notice).toMatchObject({ evidenceIds: [photo] });
    const board = (await t.http().get(`${API}/public/notices/${tree.villageA}`)).body as { id: string; evidenceIds: number[] }[];
    expect(board.find((n) => n.id === noticeId)?.evidenceIds).toEqual([photo]);

    // A neighbour in the village sees the photo of the entry on its board; a household of another village does not.
    const thumb = (token: string) =>
      t.http().get(`${API}/evidence/${photo}/thumbnail`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
    expect((await thumb(await residentToken(t, clerk, neighbour))).status).toBe(200);
    expectError(
      await t
        .http()
        .get(`${API}/evidence/${photo}`)
        .set('Authorization', `Bearer ${await residentToken(t, tree.county.token, outsider)}`),
      403,
      'OUT_OF_SCOPE',
    );

    // Posted directly on a program without a notice period: the statement line names the photo.
    const direct = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const rule = await createRule(t, tree.county.token, direct, { name: '乱堆乱放', points: -5 });
    const second = await upload(t, clerk, tree.villageA, 200);
    expect(
      (
        await as(t, { token: clerk }).post(`/programs/${direct}/deductions`, {
          ruleId: rule.id,
          holderIds: [offender.id],
          occurredOn: today(),
          reason: '又堆了',
          evidenceIds: [second, photo],
        })
      ).status,
    ).toBe(201);
    const own = await residentToken(t, clerk, offender);
    const statement = (await as(t, { token: own }).get(`/programs/${direct}/holders/${offender.id}/statement`)).body.items as {
      type: string;
      evidenceIds: number[];
    }[];
    expect(statement.find((l) => l.type === 'deduction')?.evidenceIds).toEqual([second, photo]);
    expect((await thumb(own)).status).toBe(200);
  });

  it("an award to several households takes a photo of their village; another village's photo, or one the clerk may not see, is refused and nothing is written", async () => {
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const rule = await createRule(t, tree.county.token, program, { name: '义务投工投劳', points: 10 });
    const households = [await createHousehold(t, clerk, tree.villageA), await createHousehold(t, clerk, tree.villageA)];
    const ours = await upload(t, clerk, tree.villageA);
    const award = await as(t, { token: clerk }).post(`/programs/${program}/awards`, {
      ruleId: rule.id,
      holderIds: households.map((h) => h.id),
      occurredOn: today(),
      evidenceIds: [ours],
    });
    expect(award.status).toBe(201);
    const lines = await Promise.all(
      households.map(
        async (h) =>
          (await as(t, { token: clerk }).get(`/programs/${program}/holders/${h.id}/statement`)).body.items[0] as { evidenceIds: number[] },
      ),
    );
    expect(lines.map((l) => l.evidenceIds)).toEqual([[ours], [ours]]);

    const theirs = await upload(t, tree.county.token, tree.villageB);
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM transactions`))[0].n as number;
    expectError(
      await as(t, { token: clerk }).post(`/programs/${program}/awards`, {
        ruleId: rule.id,
        holderIds: [households[0].id],
        occurredOn: today(),
        evidenceIds: [theirs],
      }),
      422,
      'EVIDENCE_NOT_USABLE',
      { evidenceId: theirs },
    );
    const mixed = await createHousehold(t, tree.county.token, tree.villageB);
    expectError(
      await as(t, { token: tree.county.token }).post(`/programs/${program}/awards`, {
        ruleId: rule.id,
        holderIds: [households[0].id, mixed.id],
        occurredOn: today(),
        evidenceIds: [ours],
      }),
      422,
      'EVIDENCE_NOT_USABLE',
    );
    expectError(
      await as(t, { token: clerk }).post(`/programs/${program}/awards`, {
        ruleId: rule.id,
        holderIds: [households[0].id],
        occurredOn: today(),
        evidenceIds: [999999],
      }),
      422,
      'EVIDENCE_NOT_USABLE',
    );
    expect((await t.db.query(`SELECT count(*)::int AS n FROM transactions`))[0].n).toBe(before);
  });
});
