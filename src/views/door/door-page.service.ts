import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import { maskName } from '../../common/pii.js';
import { normalizeCardCode } from '../../households/card-code.js';
import { BalancesService } from '../ledger/balances.service.js';
import { Publicity } from '../../publicity/publicity.service.js';
import type { Program } from '../../programs/program.entity.js';
import { periodsNewestFirst } from '../../common/calendar/calendar.js';
import { honourTitle } from '../boards/boards.service.js';
import { RankingsRepository } from '../../rankings/rankings.repository.js';
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
    private readonly rankings: RankingsRepository,
  ) {}

  async page(rawCode: string): Promise<DoorPageView> {
    const household = await this.doors.householdByCard(normalizeCardCode(rawCode));
    if (!household) throw notFound('household', rawCode);
    const programs = [];
    const householdPrograms = await this.doors.householdPrograms(household.villagePath);
    for (const program of householdPrograms) {
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
        expiring: b.expiring,
        rank: b.earnedThisPeriod > 0 ? place.rank : null,
        rankedHouseholds: place.households,
        level: b.level,
      });
    }
    const honours = await this.honours(household, household.villagePath, householdPrograms);
    return {
      household: {
        cardCode: household.cardCode,
        householdNo: household.householdNo,
        headNameMasked: maskName(household.headName),
        villageId: household.villageId,
        villageName: household.villageName,
      },
      programs,
      honours,
      notices: await this.publicity.householdBoard(household.villagePath, household.id),
    };
  }

  /**
   * Honours from the published rankings covering the village (the latest version of each, as the
   * boards show them): first place is 道德冠军, a place within the program's honour list 荣誉榜;
   * the newest period first.
   */
  private async honours(household: { id: number; villageId: number }, villagePath: string, programs: Program[]): Promise<DoorHonourView[]> {
    const byId = new Map(programs.map((p) => [p.id, p]));
    const covering = (await this.rankings.publishedCovering(villagePath)).filter((r) => byId.has(r.programId));
    // Household runs rank the household; member runs (最美居民) its members, found through their household.
    const runs = covering.filter((r) => r.subject === 'household');
    const memberRuns = covering.filter((r) => r.subject === 'member');
    const places = new Map(
      (
        await this.doors.placesIn(
          runs.map((r) => r.id),
          household.id,
        )
      ).map((p) => [p.runId, p]),
    );
    const upTo = Math.max(1, ...programs.map((p) => p.honourTopN));
    const memberPlaces = await this.doors.memberPlacesIn(
      memberRuns.map((r) => r.id),
      household.villageId,
      household.id,
      upTo,
    );
    const order = periodsNewestFirst(covering.map((r) => r.period));
    const honour = (
      run: (typeof covering)[number],
      place: { groupRank: number; score: number },
      memberName: string | null,
    ): DoorHonourView[] => {
      const program = byId.get(run.programId)!;
      if (place.score <= 0 || place.groupRank > Math.max(1, program.honourTopN)) return [];
      const kind = place.groupRank === 1 ? ('champion' as const) : ('honour_list' as const);
      return [
        {
          programId: program.id,
          programName: program.name,
          period: run.period,
          kind,
          title: honourTitle(run, program) ?? 'champion',
          rank: place.groupRank,
          memberName,
        },
      ];
    };
    return [
      ...runs.flatMap((run) => {
        const place = places.get(run.id);
        return place ? honour(run, place, null) : [];
      }),
      ...memberPlaces.flatMap((place) =>
        honour(
          memberRuns.find((r) => r.id === place.runId)!,
          place,
          maskName(place.memberName),
        ),
      ),
    ].sort(
      (a, b) =>
        order.indexOf(a.period) - order.indexOf(b.period) ||
        a.programId - b.programId ||
        (a.memberName === null ? 0 : 1) - (b.memberName === null ? 0 : 1),
    );
  }
}
