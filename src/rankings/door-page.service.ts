import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/domain-error.js';
import { maskName } from '../common/pii.js';
import { normalizeCardCode } from '../households/card-code.js';
import { BalancesService } from '../ledger/balances.service.js';
import { Publicity } from '../publicity/publicity.service.js';
import type { DoorHonourView, DoorPageView } from './door-page.dto.js';
import { DoorPageRepository } from './door-page.repository.js';

/**
 * The household door page (一户一码), open to anyone holding the card code: points, place in the
 * village, honours and entries under notice; a masked name and nothing else personal.
 */
@Injectable()
export class DoorPageService {
  constructor(
    private readonly doors: DoorPageRepository,
    private readonly balances: BalancesService,
    private readonly publicity: Publicity,
  ) {}

  async page(rawCode: string): Promise<DoorPageView> {
    const household = await this.doors.householdByCard(normalizeCardCode(rawCode));
    if (!household) throw notFound('household', rawCode);
    const programs = [];
    for (const program of await this.doors.householdPrograms(household.villagePath)) {
      const b = await this.balances.balanceOf(program, household.id);
      const place = await this.doors.villageRank(program.id, household.villageId, household.id, b.period);
      programs.push({
        id: program.id,
        name: program.name,
        balance: b.balance,
        basePoints: b.basePoints,
        redeemable: b.redeemable,
        pending: b.pending,
        period: b.period,
        earnedThisPeriod: b.earnedThisPeriod,
        rank: b.earnedThisPeriod > 0 ? place.rank : null,
        rankedHouseholds: place.households,
      });
    }
    const honours: DoorHonourView[] = (await this.doors.publishedPlaces(household.id, household.villagePath))
      .filter((p) => p.score > 0 && (p.groupRank === 1 || p.groupRank <= p.honourTopN))
      .map((p) => ({ programId: p.programId, programName: p.programName, period: p.period, kind: p.groupRank === 1 ? 'champion' : 'honour_list', rank: p.groupRank }));
    return {
      household: { cardCode: household.cardCode, householdNo: household.householdNo, headNameMasked: maskName(household.headName), villageId: household.villageId, villageName: household.villageName },
      programs,
      honours,
      notices: await this.publicity.householdBoard(household.villagePath, household.id),
    };
  }
}
