import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { UserActor } from '../common/auth/actor.js';
import { assertInScope } from '../common/auth/scope.js';
import { invalidField } from '../common/errors/domain-error.js';
import type { Program } from '../programs/program.entity.js';
import { ProgramsRepository } from '../programs/programs.repository.js';
import { ProgramsService } from '../programs/programs.service.js';
import type { ExpiryPolicyDto, ExpiryPolicyView } from './ledger.dto.js';

type ExpiryColumns = Pick<Program, 'expiryPolicy' | 'expiryMonths' | 'expiryDate' | 'expiryCarryOver'>;

/** The program's expiry columns from a request: each policy takes its own settings and no other. */
function expiryColumns(dto: ExpiryPolicyDto): ExpiryColumns {
  const own: Record<ExpiryPolicyDto['policy'], readonly string[]> = { none: [], rolling: ['months'], yearly: ['date', 'carryOver'] };
  const foreign = (['months', 'date', 'carryOver'] as const).find((f) => dto[f] !== undefined && !own[dto.policy].includes(f));
  if (foreign) throw invalidField(foreign, `${foreign} does not apply to the ${dto.policy} policy`);
  if (dto.policy === 'rolling' && dto.months === undefined) throw invalidField('months', 'rolling expiry needs months', 'isDefined');
  if (dto.policy === 'yearly') {
    if (dto.date === undefined) throw invalidField('date', 'yearly expiry needs the clearing day as MM-DD', 'isDefined');
    // A day every year has (no 02-29), checked on a common year.
    const [month, day] = dto.date.split('-').map(Number);
    if (new Date(Date.UTC(2025, month - 1, day)).getUTCMonth() !== month - 1)
      throw invalidField('date', 'date must be a day every year has, such as 01-01 or 12-31');
  }
  return { expiryPolicy: dto.policy, expiryMonths: dto.months ?? null, expiryDate: dto.date ?? null, expiryCarryOver: dto.carryOver ?? 0 };
}

/** Sets when a program's earned points expire; open lots follow at once (their expiry is reckoned from the deed day by the policy). */
@Injectable()
export class ExpiryPolicyService {
  constructor(
    private readonly db: DataSource,
    private readonly programs: ProgramsService,
    private readonly programRows: ProgramsRepository,
  ) {}

  async set(actor: UserActor, programId: number, dto: ExpiryPolicyDto): Promise<ExpiryPolicyView> {
    const program = await this.programs.get(actor, programId);
    assertInScope(actor, program.countyPath, { programId });
    const columns = expiryColumns(dto);
    await this.db.transaction((m) => this.programRows.setExpiry(m, programId, columns));
    return {
      programId,
      policy: columns.expiryPolicy,
      months: columns.expiryMonths,
      date: columns.expiryDate,
      carryOver: columns.expiryCarryOver,
    };
  }
}
