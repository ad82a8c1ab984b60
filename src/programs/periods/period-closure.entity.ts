import { Column, CreateDateColumn, Entity, ForeignKey } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { Program } from '../program.entity.js';

/** A closed period accepts no new entries, so published rankings never change. */
@Entity('period_closures')
export class PeriodClosure {
  @ForeignKey(() => Program, { name: 'FK_period_closures_program', onDelete: 'RESTRICT' })
  @Column({ name: 'program_id', type: 'int', primary: true })
  programId: number;

  @Column({ type: 'varchar', length: 8, primary: true })
  period: string;

  @CreateDateColumn({ name: 'closed_at', type: 'timestamptz' })
  closedAt: Date;

  @ForeignKey(() => User, { name: 'FK_period_closures_closed_by', onDelete: 'RESTRICT' })
  @Column({ name: 'closed_by', type: 'int', nullable: true })
  closedBy: number | null;
}
