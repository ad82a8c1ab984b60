import { addDays, periodBounds, periodKey } from '../src/common/calendar/calendar.js';
import { maskName } from '../src/common/pii.js';
import {
  API,
  createHousehold,
  createProgram,
  createRegion,
  eventually,
  regionCode,
  seedCounty,
  today,
  uniqueCode,
  type Client,
} from './support/fixtures.js';
import { givePoints } from './support/scenarios.js';
import { useTestApp } from './support/test-app.js';

/** This month, and the month before with its last day: the one a run may publish. */
const THIS_MONTH = periodKey(today(), 'month');
const LAST_MONTH_DAY = addDays(periodBounds(THIS_MONTH, 'month')!.first, -1);
const LAST_MONTH = periodKey(LAST_MONTH_DAY, 'month');

interface Placed {
  rank: number;
  name: string;
  code: string;
  score: number;
}

interface Ranking {
  program: { id: number };
  entries: Placed[];
}

interface Door {
  programs: { id: number; rank: number | null; rankedHouseholds: number }[];
  honours: { programId: number; period: string; kind: string; rank: number }[];
}

/**
 * Boards rank within their own region: a county run over two townships whose households and
 * villages interleave in the county's ranking, read on the county's, the townships' and the
 * villages' boards, and on the door pages.
 */
describe("public board: ranks within the board's region", () => {
  const t = useTestApp();

  it("ranks a village's households 1..n and a township's holders among themselves, ties shared; the door page gives the place the village board shows", async () => {
    const county = await seedCounty(t);
    const api = county.api();
    const townshipA = await createRegion(t, county.token, 'township', county.countyId);
    const townshipB = await createRegion(t, county.token, 'township', county.countyId);
    // Codes VA… < VB… < VC…: the order of ties within the county's list.
    const villageA = await createRegion(t, county.token, 'village', townshipA, uniqueCode('VA'));
    const villageB = await createRegion(t, county.token, 'village', townshipB, uniqueCode('VB'));
    const villageC = await createRegion(t, county.token, 'village', townshipA, uniqueCode('VC'));

    const households = await createProgram(t, county.token, county.countyId, { periodKind: 'month' });
    const villages = await createProgram(t, county.token, county.countyId, {
      holderType: 'village',
      basePoints: 0,
      pointValueFen: 0,
      periodKind: 'month',
      code: uniqueCode('vill-'),
    });
    // Points earned last month; township A holds villages A and C, township B village B.
    const homes: { village: number; no: string; name: string; points: number }[] = [
      { village: villageA, no: 'A1', name: '王秀英', points: 50 },
      { village: villageA, no: 'A2', name: '李建国', points: 30 },
      { village: villageA, no: 'A3', name: '张桂兰', points: 30 },
      { village: villageA, no: 'A4', name: '刘德华', points: 10 },
      { village: villageA, no: 'A5', name: '陈小明', points: 0 },
      { village: villageC, no: 'C1', name: '赵志强', points: 40 },
      { village: villageC, no: 'C2', name: '钱丽娟', points: 30 },
      { village: villageC, no: 'C3', name: '孙海燕', points: 20 },
      { village: villageB, no: 'B1', name: '周大海', points: 60 },
      { village: villageB, no: 'B2', name: '吴晓东', points: 35 },
      { village: villageB, no: 'B3', name: '郑春花', points: 30 },
    ];
    const made = new Map<string, { id: number; cardCode: string }>();
    for (const h of homes) made.set(h.name, await createHousehold(t, county.token, h.village, { householdNo: h.no, headName: h.name }));
    const give = async (day: string) => {
      for (const points of new Set(homes.map((h) => h.points).filter((p) => p > 0))) {
        await givePoints(
          t,
          county.token,
          households.id,
          homes.filter((h) => h.points === points).map((h) => made.get(h.name)!.id),
          points,
          day,
        );
      }
    };
    await give(LAST_MONTH_DAY);
    await givePoints(t, county.token, villages.id, [villageB], 30, LAST_MONTH_DAY);
    await givePoints(t, county.token, villages.id, [villageA, villageC], 20, LAST_MONTH_DAY);
    await publishCountyRun(api, households.id, county.countyId);
    await publishCountyRun(api, villages.id, county.countyId);

    const board = async (regionId: number) => {
      const res = await t.http().get(`${API}/public/boards/${regionId}?period=${LAST_MONTH}`);
      expect(res.status).toBe(200);
      const rankings = res.body.rankings as Ranking[];
      const of = (programId: number) => rankings.find((r) => r.program.id === programId)!.entries;
      return {
        households: of(households.id).map((e) => [e.rank, e.name, e.score]),
        villages: of(villages.id).map((e) => [e.rank, e.code, e.score]),
      };
    };
    const [vA, vB, vC] = [await regionCode(t, villageA), await regionCode(t, villageB), await regionCode(t, villageC)];

    // The county's board: the county's ranking as the run stored it.
    expect(await board(county.countyId)).toEqual({
      households: [
        [1, '周*海', 60],
        [2, '王*英', 50],
        [3, '赵*强', 40],
        [4, '吴*东', 35],
        [5, '李*国', 30],
        [5, '张*兰', 30],
        [5, '郑*花', 30],
        [5, '钱*娟', 30],
        [9, '孙*燕', 20],
        [10, '刘*华', 10],
        [11, '陈*明', 0],
      ],
      villages: [
        [1, vB, 30],
        [2, vA, 20],
        [2, vC, 20],
      ],
    });
    // Township A: its households and its villages among themselves (county ranks 2, 3, 5, 5, 5, 9, 10, 11 and 2, 2).
    expect(await board(townshipA)).toEqual({
      households: [
        [1, '王*英', 50],
        [2, '赵*强', 40],
        [3, '李*国', 30],
        [3, '张*兰', 30],
        [3, '钱*娟', 30],
        [6, '孙*燕', 20],
        [7, '刘*华', 10],
        [8, '陈*明', 0],
      ],
      villages: [
        [1, vA, 20],
        [1, vC, 20],
      ],
    });
    expect((await board(townshipB)).households).toEqual([
      [1, '周*海', 60],
      [2, '吴*东', 35],
      [3, '郑*花', 30],
    ]);
    // Village A: its five households 1..5 (county ranks 2, 5, 5, 10, 11); its own assessment keeps
    // the county's place (ranked among itself alone it would always be first).
    const boardA = await board(villageA);
    expect(boardA).toEqual({
      households: [
        [1, '王*英', 50],
        [2, '李*国', 30],
        [2, '张*兰', 30],
        [4, '刘*华', 10],
        [5, '陈*明', 0],
      ],
      villages: [[2, vA, 20]],
    });
    const boardC = await board(villageC);
    expect(boardC.households).toEqual([
      [1, '赵*强', 40],
      [2, '钱*娟', 30],
      [3, '孙*燕', 20],
    ]);

    // The door page: its honours from last month's run give the place the village board shows;
    // with the same points this month, its place this month (本期村内第 N 名) is that place too.
    await give(today());
    const boardRank = new Map([...boardA.households, ...boardC.households].map(([rank, name]) => [name, rank]));
    const doors: Record<string, { place: number | null; of: number; honour: [string, string, number] | null }> = {};
    for (const h of homes.filter((x) => x.village !== villageB)) {
      const res = await t.http().get(`${API}/public/households/${made.get(h.name)!.cardCode}`);
      expect(res.status).toBe(200);
      const door = res.body as Door;
      const points = door.programs.find((p) => p.id === households.id)!;
      const honour = door.honours.find((x) => x.programId === households.id);
      doors[h.name] = {
        place: points.rank,
        of: points.rankedHouseholds,
        honour: honour ? [honour.period, honour.kind, honour.rank] : null,
      };
      const shown = boardRank.get(maskName(h.name));
      if (h.points > 0)
        expect({ name: h.name, place: points.rank, honour: honour?.rank }).toEqual({ name: h.name, place: shown, honour: shown });
    }
    expect(doors).toEqual({
      王秀英: { place: 1, of: 5, honour: [LAST_MONTH, 'champion', 1] },
      李建国: { place: 2, of: 5, honour: [LAST_MONTH, 'honour_list', 2] },
      张桂兰: { place: 2, of: 5, honour: [LAST_MONTH, 'honour_list', 2] },
      刘德华: { place: 4, of: 5, honour: [LAST_MONTH, 'honour_list', 4] },
      // No points: no place on the door page, the board's last.
      陈小明: { place: null, of: 5, honour: null },
      赵志强: { place: 1, of: 3, honour: [LAST_MONTH, 'champion', 1] },
      钱丽娟: { place: 2, of: 3, honour: [LAST_MONTH, 'honour_list', 2] },
      孙海燕: { place: 3, of: 3, honour: [LAST_MONTH, 'honour_list', 3] },
    });
  });

  /** Queues the county's run of last month, waits for it, closes the month and publishes the run. */
  async function publishCountyRun(api: Client, programId: number, countyId: number): Promise<void> {
    const queued = await api.post('/rankings/runs', { programId, regionId: countyId, period: LAST_MONTH });
    expect(queued.status).toBe(202);
    const id = queued.body.id as string;
    await eventually(async () => ((await api.get(`/rankings/runs/${id}`)).body.status === 'completed' ? true : undefined));
    expect((await api.post(`/programs/${programId}/periods/${LAST_MONTH}/close`)).status).toBe(201);
    expect((await api.post(`/rankings/runs/${id}/publish`)).status).toBe(200);
  }
});
