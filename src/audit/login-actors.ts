import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository.js';
import type { AuditEntry } from './audit-entry.entity.js';

type Entry = Omit<AuditEntry, 'id'>;

/**
 * Files login attempts before they are written. A login is recorded anonymous, with the username
 * tried; when that username is a user's, the entry is filed under the user's region (so the
 * county sees attempts on its own staff), and a successful one is recorded as that user. An
 * unknown username stays with no region, for the platform operator alone. One lookup per batch.
 */
@Injectable()
export class LoginActors {
  constructor(private readonly users: UsersRepository) {}

  async file(entries: Entry[]): Promise<Entry[]> {
    const tried = new Set(entries.flatMap((e) => (e.actorType === 'anonymous' && e.actorName !== null ? [e.actorName] : [])));
    if (tried.size === 0) return entries;
    const users = new Map((await this.users.byUsernames([...tried])).map((u) => [u.username, u]));
    return entries.map((e) => {
      const user = e.actorType === 'anonymous' && e.actorName !== null ? users.get(e.actorName) : undefined;
      if (!user) return e;
      const succeeded = e.outcome === 'success';
      return {
        ...e,
        actorType: succeeded ? 'user' : e.actorType,
        actorId: succeeded ? user.id : e.actorId,
        actorRegionId: e.actorRegionId ?? user.regionId,
      };
    });
  }
}
