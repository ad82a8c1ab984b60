import { as, createProgram, eventually, expectError, seedTree } from './support/fixtures.js';
import { useTestApp } from './support/test-app.js';

/**
 * The staff screens' lists page and search on the service: a township's villages and grids found
 * by name or code, and a county's ranking runs a page at a time with their total.
 */
describe('lists for the staff screens', () => {
  const t = useTestApp();

  it("finds a township's villages by part of the name or code, a page at a time; % and _ are taken literally", async () => {
    const tree = await seedTree(t);
    const api = as(t, { token: tree.county.token });
    const made: Record<string, number> = {};
    for (const [code, name] of [
      ['QS01', '青石村'],
      ['QS02', '青山村'],
      ['HY01', '红岩村'],
      ['BM_1', '白马村'],
    ]) {
      const res = await api.post('/regions', { code: `${code}${tree.townshipA}`, name, level: 'village', parentId: tree.townshipA });
      expect(res.status).toBe(201);
      made[name] = res.body.id as number;
    }
    const names = async (query: string) => {
      const res = await api.get(`/regions?parentId=${tree.townshipA}&${query}`);
      expect(res.status).toBe(200);
      return { names: (res.body.items as { name: string }[]).map((r) => r.name), total: res.body.total as number };
    };
    expect(await names('q=青')).toEqual({ names: ['青石村', '青山村'], total: 2 });
    expect(await names(`q=${encodeURIComponent('hy0')}`)).toEqual({ names: ['红岩村'], total: 1 });
    expect(await names(`q=${encodeURIComponent('_')}`)).toEqual({ names: ['白马村'], total: 1 });
    expect(await names(`q=${encodeURIComponent('%')}`)).toEqual({ names: [], total: 0 });
    expect(await names('q=村&limit=2&offset=2')).toEqual({ names: ['青石村', '青山村'], total: 4 });
    expectError(await api.get(`/regions?parentId=${tree.townshipA}&q=${'村'.repeat(51)}`), 400, 'VALIDATION_FAILED');
  });

  it("pages a county's ranking runs, newest first, with the number that match in X-Total-Count", async () => {
    const tree = await seedTree(t);
    const api = as(t, { token: tree.county.token });
    const program = (await createProgram(t, tree.county.token, tree.county.countyId)).id;
    const ids: string[] = [];
    for (const period of ['2026-Q1', '2026-Q2', '2026-Q3']) {
      const res = await api.post('/rankings/runs', { programId: program, regionId: tree.county.countyId, period });
      expect(res.status).toBe(202);
      ids.push(res.body.id as string);
      await eventually(async () =>
        (await api.get(`/rankings/runs/${res.body.id as string}`)).body.status === 'completed' ? true : undefined,
      );
    }
    const page = async (query: string) => {
      const res = await api.get(`/rankings/runs?programId=${program}&${query}`);
      expect(res.status).toBe(200);
      return { ids: (res.body as { id: string }[]).map((r) => r.id), total: res.headers['x-total-count'] };
    };
    expect(await page('limit=2')).toEqual({ ids: [ids[2], ids[1]], total: '3' });
    expect(await page('limit=2&offset=2')).toEqual({ ids: [ids[0]], total: '3' });
    expect(await page('period=2026-Q2')).toEqual({ ids: [ids[1]], total: '1' });
    expectError(await api.get(`/rankings/runs?offset=-1`), 400, 'VALIDATION_FAILED');
  });
});
