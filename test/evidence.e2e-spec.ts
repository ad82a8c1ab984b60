import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { API, as, binary, countRows, createHousehold, createUser, expectError } from './support/fixtures.js';
import { staffedTree } from './support/scenarios.js';
import { useTestApp, type TestApp } from './support/test-app.js';

interface EvidenceBody {
  id: number;
  mediaType: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  villageId: number;
  createdAt: string;
  imageUrl: string;
  thumbnailUrl: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A plain photo of `width` × `height` in one colour. */
const photo = (width: number, height: number, colour = { r: 40, g: 140, b: 200 }) =>
  sharp({ create: { width, height, channels: 3, background: colour } });

/** A phone photo: 3000 × 2000 pixels stored sideways (EXIF orientation 6), with the camera and a GPS position in its EXIF. */
const phonePhoto = () =>
  photo(3000, 2000)
    .jpeg()
    .withExif({
      IFD0: { Make: 'Huawei', Model: 'P60 Pro' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '29/1 59/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '100/1 16/1 10/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

function upload(t: TestApp, token: string, file: Buffer, name: string, villageId?: number) {
  const req = t.http().post(`${API}/evidence`).set('Authorization', `Bearer ${token}`);
  return (villageId === undefined ? req : req.field('villageId', String(villageId))).attach('file', file, name);
}

/** The bytes of an image route, with the response. */
async function fetchBytes(t: TestApp, token: string, path: string) {
  const res = await t.http().get(`${API}${path}`).set('Authorization', `Bearer ${token}`).buffer(true).parse(binary);
  return { res, bytes: res.body as Buffer };
}

/** Every file under the app's evidence folder. */
function blobFiles(t: TestApp): string[] {
  const dir = join(t.config.dataDir, 'evidence');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const evidenceRows = (t: TestApp) => countRows(t, 'evidence');

/** The county tree with a clerk of village A, an officer of each township and a store operator of township A. */
const scenario = (t: TestApp) =>
  staffedTree(t, {
    clerkA: ['village_clerk', 'villageA'],
    clerkB: ['village_clerk', 'villageB'],
    officerA: ['township_officer', 'townshipA'],
    officerB: ['township_officer', 'townshipB'],
    operatorA: ['store_operator', 'townshipA'],
  });

describe('evidence photos', () => {
  const t = useTestApp({ queue: 'in-process' });

  it("stores a clerk's phone photo upright, shrunk to 2048 px and without EXIF or GPS, with a thumbnail, both readable by staff of the village", async () => {
    const { villageA, staff } = await scenario(t);
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif?.includes('Huawei')).toBe(true);

    const res = await upload(t, staff.clerkA.token, original, 'IMG_20260701_0930.jpg', villageA);
    expect(res.status).toBe(201);
    const body = res.body as EvidenceBody;
    expect(body).toEqual({
      id: expect.any(Number),
      mediaType: 'image/jpeg',
      width: 1365,
      height: 2048,
      bytes: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      villageId: villageA,
      createdAt: expect.any(String),
      imageUrl: `/api/v1/evidence/${body.id}/image`,
      thumbnailUrl: `/api/v1/evidence/${body.id}/thumbnail`,
    });

    // The JSON view, for the uploader and for the township above; not for a store operator of that township.
    for (const token of [staff.clerkA.token, staff.officerA.token]) {
      const view = await as(t, { token }).get(`/evidence/${body.id}`);
      expect(view.status).toBe(200);
      expect(view.body).toEqual(body);
    }
    expect((await as(t, { token: staff.operatorA.token }).get(`/evidence/${body.id}`)).status).toBe(403);

    const image = await fetchBytes(t, staff.officerA.token, `/evidence/${body.id}/image`);
    expect(image.res.status).toBe(200);
    expect(image.res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    expect(image.bytes.length).toBe(body.bytes);
    expect(sha256(image.bytes)).toBe(body.sha256);
    const thumbnail = await fetchBytes(t, staff.clerkA.token, `/evidence/${body.id}/thumbnail`);
    expect(thumbnail.res.status).toBe(200);
    expect(thumbnail.res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
    });

    for (const [bytes, width, height] of [
      [image.bytes, 1365, 2048],
      [thumbnail.bytes, 213, 320],
    ] as const) {
      const meta = await sharp(bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', width, height });
      expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, orientation: meta.orientation }).toEqual({
        exif: undefined,
        xmp: undefined,
        iptc: undefined,
        orientation: undefined,
      });
      expect(bytes.includes('Huawei')).toBe(false);
      // Decodable whole: every pixel comes out.
      const pixels = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      expect(pixels.data.length).toBe(width * height * pixels.info.channels);
    }

    const [row] = (await t.db.query(
      `SELECT uploaded_by_user AS "user", uploaded_by_household AS "household", source_sha256 AS "source", image_key AS "imageKey" FROM evidence WHERE id = $1`,
      [body.id],
    )) as { user: number; household: number | null; source: string; imageKey: string }[];
    expect(row).toEqual({
      user: staff.clerkA.id,
      household: null,
      source: sha256(original),
      imageKey: `evidence/${body.sha256.slice(0, 2)}/${body.sha256}`,
    });
  });

  it('takes PNG and WebP, stores them as JPEG and keeps small images at their size', async () => {
    const { villageA, staff } = await scenario(t);
    const png = await photo(640, 480).png().toBuffer();
    const webp = await photo(300, 900, { r: 200, g: 30, b: 30 }).webp().toBuffer();
    for (const [file, name, width, height] of [
      [png, 'scan.png', 640, 480],
      [webp, 'chat.webp', 300, 900],
    ] as const) {
      const res = await upload(t, staff.clerkA.token, file, name, villageA);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ mediaType: 'image/jpeg', width, height, villageId: villageA });
      const { bytes } = await fetchBytes(t, staff.clerkA.token, `/evidence/${res.body.id}/image`);
      expect(await sharp(bytes).metadata()).toMatchObject({ format: 'jpeg', width, height });
    }
  });

  it('stores the same photo once: a second upload is a new evidence row on the same blobs', async () => {
    const { villageA, staff } = await scenario(t);
    const file = await photo(1000, 750, { r: 1, g: 2, b: 3 }).jpeg().toBuffer();
    const filesBefore = blobFiles(t).length;
    const rowsBefore = await evidenceRows(t);

    const first = await upload(t, staff.clerkA.token, file, 'a.jpg', villageA);
    expect(first.status).toBe(201);
    expect(blobFiles(t).length).toBe(filesBefore + 2); // the image and its thumbnail
    const second = await upload(t, staff.officerA.token, file, 'b.jpg', villageA);
    expect(second.status).toBe(201);

    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body).toMatchObject({ sha256: first.body.sha256, bytes: first.body.bytes, width: 1000, height: 750 });
    expect(blobFiles(t).length).toBe(filesBefore + 2);
    expect(await evidenceRows(t)).toBe(rowsBefore + 2);
    const keys = (await t.db.query(`SELECT DISTINCT image_key, thumbnail_key FROM evidence WHERE id = ANY($1)`, [
      [first.body.id, second.body.id],
    ])) as unknown[];
    expect(keys).toHaveLength(1);
  });

  it('refuses what is not a JPEG, PNG or WebP by its bytes (415), and a damaged photo or a decompression bomb (422), storing nothing', async () => {
    const { villageA, staff } = await scenario(t);
    const rows = await evidenceRows(t);
    const files = blobFiles(t).length;
    const text = Buffer.from('这不是照片，只是一个改了名字的文本文件。\n');
    const gif = await photo(64, 64).gif().toBuffer();
    const tiff = await photo(64, 64).tiff().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    for (const [file, name] of [
      [text, 'photo.jpg'],
      [gif, 'photo.gif'],
      [tiff, 'photo.jpg'],
      [svg, 'photo.png'],
      [Buffer.alloc(0), 'empty.jpg'],
    ] as const) {
      expectError(await upload(t, staff.clerkA.token, file, name, villageA), 415, 'EVIDENCE_NOT_AN_IMAGE');
    }

    const jpeg = await photo(800, 600).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expectError(await upload(t, staff.clerkA.token, truncated, 'truncated.jpg', villageA), 422, 'EVIDENCE_UNREADABLE');
    // A PNG whose header claims 20000 × 20000 pixels.
    const bomb = Buffer.from(await photo(1, 1).png().toBuffer());
    bomb.writeUInt32BE(20000, 16);
    bomb.writeUInt32BE(20000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    const refused = await upload(t, staff.clerkA.token, bomb, 'bomb.png', villageA);
    expectError(refused, 422, 'EVIDENCE_UNREADABLE');
    expect(refused.body.error.details).toMatchObject({ width: 20000, height: 20000 });

    expect(await evidenceRows(t)).toBe(rows);
    expect(blobFiles(t).length).toBe(files);
  });

  it('lets staff upload only for a village of their subtree, and only village staff and reviewers', async () => {
    const { villageA, villageB, townshipA, staff, county } = await scenario(t);
    const reviewer = await createUser(t, county.token, 'reviewer', villageA);
    const file = await photo(200, 200).jpeg().toBuffer();
    const rows = await evidenceRows(t);

    expectError(await upload(t, staff.clerkA.token, file, 'p.jpg', villageB), 403, 'OUT_OF_SCOPE', { villageId: villageB });
    expectError(await upload(t, staff.officerA.token, file, 'p.jpg', townshipA), 422, 'NOT_A_VILLAGE');
    expectError(await upload(t, staff.officerA.token, file, 'p.jpg', 999999), 404, 'NOT_FOUND');
    expectError(await upload(t, staff.clerkA.token, file, 'p.jpg'), 400, 'VALIDATION_FAILED');
    expectError(await upload(t, staff.operatorA.token, file, 'p.jpg', villageA), 403, 'FORBIDDEN');
    const noFile = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${staff.clerkA.token}`)
      .field('villageId', String(villageA));
    expectError(noFile, 400, 'VALIDATION_FAILED');
    expectError(await as(t, { token: staff.clerkA.token }).post('/evidence', { villageId: villageA }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const raw = await t
      .http()
      .post(`${API}/evidence`)
      .set('Authorization', `Bearer ${staff.clerkA.token}`)
      .set('Content-Type', 'application/octet-stream')
      .send(file);
    expectError(raw, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await evidenceRows(t)).toBe(rows);

    expect((await upload(t, reviewer.token, file, 'p.jpg', villageA)).status).toBe(201);
    expect((await upload(t, county.token, file, 'p.jpg', villageB)).status).toBe(201);
    expect(await evidenceRows(t)).toBe(rows + 2);
  });

  it('shows evidence only to staff whose subtree holds its village', async () => {
    const { villageA, staff, county } = await scenario(t);
    const res = await upload(t, staff.clerkA.token, await photo(300, 200).jpeg().toBuffer(), 'p.jpg', villageA);
    expect(res.status).toBe(201);
    const id = res.body.id as number;

    for (const path of [`/evidence/${id}`, `/evidence/${id}/image`, `/evidence/${id}/thumbnail`]) {
      for (const other of [staff.officerB, staff.clerkB])
        expectError(await as(t, { token: other.token }).get(path), 403, 'OUT_OF_SCOPE', { evidenceId: id });
      expect((await as(t, { token: county.token }).get(path)).status).toBe(200);
      expectError(await t.http().get(`${API}${path}`), 401, 'UNAUTHENTICATED');
    }
    for (const path of ['/evidence/999999', '/evidence/999999/image', '/evidence/999999/thumbnail'])
      expectError(await as(t, { token: county.token }).get(path), 404, 'NOT_FOUND');
    expectError(await as(t, { token: county.token }).get('/evidence/abc'), 400, 'VALIDATION_FAILED');
  });
});

/** A resident of a new household of the village, logged in with the PIN staff gave it. */
async function residentOf(t: TestApp, staffToken: string, villageId: number): Promise<{ householdId: number; token: string }> {
  const household = await createHousehold(t, staffToken, villageId);
  const pin = await as(t, { token: staffToken }).post('/resident-pins', { householdId: household.id });
  expect(pin.status).toBe(201);
  const login = await t
    .http()
    .post(`${API}/auth/resident-login`)
    .send({ cardCode: household.cardCode, pin: pin.body.pin as string });
  expect(login.status).toBe(200);
  return { householdId: household.id, token: login.body.accessToken as string };
}

describe('evidence of residents', () => {
  const t = useTestApp({ queue: 'in-process' });

  it("lets a resident upload for its household's village only, and read back only what its household uploaded", async () => {
    const { villageA, villageB, staff } = await scenario(t);
    const resident = await residentOf(t, staff.clerkA.token, villageA);
    const neighbour = await residentOf(t, staff.clerkA.token, villageA);
    const file = await photo(400, 300).jpeg().toBuffer();

    const own = await upload(t, resident.token, file, 'p.jpg');
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ villageId: villageA, width: 400, height: 300 });
    expect((await upload(t, resident.token, file, 'p.jpg', villageA)).status).toBe(201);
    const rows = await evidenceRows(t);
    expectError(await upload(t, resident.token, file, 'p.jpg', villageB), 403, 'OUT_OF_SCOPE', { villageId: villageB });
    expect(await evidenceRows(t)).toBe(rows);
    const [row] = (await t.db.query(`SELECT uploaded_by_user AS "user", uploaded_by_household AS "household" FROM evidence WHERE id = $1`, [
      own.body.id,
    ])) as unknown[];
    expect(row).toEqual({ user: null, household: resident.householdId });

    const byStaff = await upload(t, staff.clerkA.token, file, 'p.jpg', villageA);
    expect(byStaff.status).toBe(201);
    for (const suffix of ['', '/image', '/thumbnail']) {
      expect((await as(t, { token: resident.token }).get(`/evidence/${own.body.id}${suffix}`)).status).toBe(200);
      expect((await as(t, { token: staff.clerkA.token }).get(`/evidence/${own.body.id}${suffix}`)).status).toBe(200);
      expectError(await as(t, { token: staff.officerB.token }).get(`/evidence/${own.body.id}${suffix}`), 403, 'OUT_OF_SCOPE');
      expectError(await as(t, { token: neighbour.token }).get(`/evidence/${own.body.id}${suffix}`), 403, 'OUT_OF_SCOPE', {
        evidenceId: own.body.id,
      });
      expectError(await as(t, { token: resident.token }).get(`/evidence/${byStaff.body.id}${suffix}`), 403, 'OUT_OF_SCOPE', {
        evidenceId: byStaff.body.id,
      });
      expectError(await as(t, { token: resident.token }).get(`/evidence/999999${suffix}`), 404, 'NOT_FOUND');
    }
  });
});

describe('evidence size limit', () => {
  const t = useTestApp({ queue: 'in-process', env: { EVIDENCE_MAX_MB: '1' } });

  it('refuses a photo over EVIDENCE_MAX_MB with 413 PAYLOAD_TOO_LARGE and stores nothing, and takes one under it', async () => {
    const { villageA, staff } = await scenario(t);
    // Noise does not compress: a real JPEG of well over 1 MB.
    const noisy = await sharp(randomBytes(1200 * 1200 * 3), { raw: { width: 1200, height: 1200, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(1024 * 1024);
    expectError(await upload(t, staff.clerkA.token, noisy, 'big.jpg', villageA), 413, 'PAYLOAD_TOO_LARGE');
    expect(await evidenceRows(t)).toBe(0);
    expect(blobFiles(t)).toEqual([]);

    const small = await photo(1200, 1200).jpeg().toBuffer();
    expect(small.length).toBeLessThan(1024 * 1024);
    expect((await upload(t, staff.clerkA.token, small, 'small.jpg', villageA)).status).toBe(201);
    expect(await evidenceRows(t)).toBe(1);
  });
});
