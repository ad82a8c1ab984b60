import type { INestApplicationContext } from '@nestjs/common';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { PostEntries } from '../awards/post-entries.use-case.js';
import { ClaimsService } from '../claims/claims.service.js';
import { ReviewClaim } from '../claims/review-claim.use-case.js';
import type { ResidentActor } from '../common/auth/actor.js';
import { hashPassword } from '../common/auth/passwords.js';
import { provenanceOf } from '../common/auth/provenance.js';
import { addDays } from '../common/calendar/calendar.js';
import { lockNamed } from '../common/db/locks.js';
import { EvidenceService } from '../evidence/evidence.service.js';
import { HouseholdPinsRepository } from '../households/household-pins.repository.js';
import { todayOf } from '../programs/periods/periods.service.js';
import { Publicity } from '../publicity/publicity.service.js';
import { rulesByCode, type Repos } from './demo-repos.js';

/** The demo resident: the first household of 东街社区, with a PIN to try the resident's side. */
export const DEMO_RESIDENT_PIN = '25814736';

/**
 * The procedure at a glance (申报 → 审核 → 公示 → 确认): the household program runs a 7-day notice
 * period; in 东街社区 three residents' claims wait for review, two approved claims and a staff
 * award are on the notice board, one of them with an objection waiting for a reviewer. Through
 * the use cases, as a clerk, a reviewer and residents would.
 */
export async function seedProcedure(app: INestApplicationContext, repos: Repos): Promise<{ villageId: number; cardCode: string }> {
  const db = app.get(DataSource);
  const { id } = (await repos.programs.findProgramByCode('demo-household-conduct'))!;
  const village = (await repos.regions.findByCode('DEMO-01-01'))!;
  const { items } = await repos.households.list(village.path, { villageId: village.id }, 8, 0);
  const place = { villageId: village.id, cardCode: items[0].cardCode };
  const seeded = await db.transaction(async (m) => {
    await lockNamed(m, 'moral-bank:demo-procedure');
    if (((await m.query(`SELECT 1 FROM claims WHERE program_id = $1 LIMIT 1`, [id])) as unknown[]).length > 0) return true;
    await repos.programs.updateProgram(id, { publicityDays: 7, claimWindowDays: 30, secondReviewAbove: 50 });
    return false;
  });
  if (seeded) return place;

  const user = async (username: string) => (await repos.users.findActor((await repos.users.findByUsername(username))!.id))!;
  const clerk = await user('demo-clerk');
  const reviewer = await user('demo-reviewer');
  await app.get(HouseholdPinsRepository).set(items[0].id, await hashPassword(DEMO_RESIDENT_PIN), clerk.id);
  const rules = await rulesByCode(repos.programs, db.manager, id);
  const resident = (h: (typeof items)[number]): ResidentActor => ({
    kind: 'resident',
    householdId: h.id,
    cardCode: h.cardCode,
    villageId: village.id,
    regionPath: village.path,
  });
  const { day: today } = todayOf((await repos.programs.findProgram(id))!);
  const claims = app.get(ClaimsService);
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 90 } } })
    .jpeg()
    .toBuffer();
  const filed: string[] = [];
  const deeds: [number, string, string][] = [
    [0, 'VOL-01', '参加村里组织的环境整治志愿活动'],
    [1, 'WRK-01', '义务修补村道两天'],
    [2, 'CLN-01', '房前屋后整洁，院落绿化'],
    [3, 'VOL-02', '到县血站无偿献血'],
    [4, 'WRK-01', '帮助邻居抢收玉米'],
  ];
  for (const [i, code, memo] of deeds) {
    const evidence = await app.get(EvidenceService).upload(resident(items[i]), photo, undefined);
    const claim = await claims.file(resident(items[i]), {
      programId: id,
      ruleId: rules.get(code)!.ruleId,
      occurredOn: addDays(today, -1 - i),
      memo,
      evidenceIds: [evidence.id],
    });
    filed.push(claim.id);
  }
  // Two approved (on notice), three waiting for review; a staff award on notice too.
  const review = app.get(ReviewClaim);
  await review.approve(reviewer, filed[3], '血站证明已核', null);
  await review.approve(reviewer, filed[4], null, null);
  await app
    .get(PostEntries)
    .execute(
      clerk,
      id,
      'award',
      { ruleId: rules.get('CLN-01')!.ruleId, holderIds: [items[5].id, items[6].id], occurredOn: today, memo: '月度卫生检查合格' },
      null,
      provenanceOf(clerk, null),
    );
  const [{ noticeId }] = (await db.query(`SELECT notice_id AS "noticeId" FROM claims WHERE id = $1`, [filed[4]])) as { noticeId: string }[];
  await app.get(Publicity).object(resident(items[7]), noticeId, { reason: '那两天他在外地打工，不在村里' });
  return place;
}
