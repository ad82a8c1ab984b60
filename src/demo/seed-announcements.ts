import type { INestApplicationContext } from '@nestjs/common';
import { AnnouncementsRepository } from '../announcements/announcements.repository.js';
import { addDays, dayIn } from '../common/calendar/calendar.js';
import type { Repos } from './demo-repos.js';

/** What 东街社区's clerk and the township have up on the board: once (nothing is added when the village has any). */
const ANNOUNCEMENTS = [
  {
    region: 'DEMO-01-01',
    title: '关于开展冬季环境卫生整治的通知',
    body: '12月10日（星期四）上午9点在社区广场集合，每户出一人，自带扫帚、铁锹。\n参加的农户按《积分标准》“环境卫生整治”记分，由网格员当场登记。',
    days: 14,
  },
  {
    region: 'DEMO-01',
    title: '城关镇爱心超市新到一批冬季物资',
    body: '棉被、大米、食用油已上架，可用积分兑换。营业时间：每周二、四、六上午8:30—11:30。',
    days: 30,
  },
];

export async function seedAnnouncements(app: INestApplicationContext, repos: Repos): Promise<void> {
  const announcements = app.get(AnnouncementsRepository);
  const village = (await repos.regions.findByCode('DEMO-01-01'))!;
  const today = dayIn('Asia/Shanghai');
  if ((await announcements.list(village.path, { today }, 1, 0)).total > 0) return;
  const clerk = (await repos.users.findByUsername('demo-clerk'))!;
  const township = (await repos.users.findByUsername('demo-township'))!;
  for (const a of ANNOUNCEMENTS) {
    const region = (await repos.regions.findByCode(a.region))!;
    await announcements.insert({
      regionId: region.id,
      regionPath: region.path,
      title: a.title,
      body: a.body,
      photoIds: [],
      fromDate: today,
      untilDate: addDays(today, a.days),
      publishedBy: a.region === 'DEMO-01-01' ? clerk.id : township.id,
    });
  }
}
