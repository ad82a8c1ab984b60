import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { RuleAdoption } from './rule-adoption.entity.js';

@Injectable()
export class AdoptionsRepository {
  constructor(private readonly db: DataSource) {}

  insert(data: Omit<RuleAdoption, 'id' | 'recordedAt'>): Promise<RuleAdoption> {
    const repo = this.db.getRepository(RuleAdoption);
    return repo.save(repo.create(data));
  }

  /** The adoptions of the given rule versions (those that have one). */
  forVersions(versionIds: number[]): Promise<RuleAdoption[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return this.db.getRepository(RuleAdoption).findBy({ ruleVersionId: In(versionIds) });
  }
}
