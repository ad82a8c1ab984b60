import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Actor, UserActor } from '../../common/auth/actor.js';
import { isIsoDate } from '../../common/calendar/calendar.js';
import { isUniqueViolation } from '../../common/db/pg-errors.js';
import { DomainError, invalidField, notFound } from '../../common/errors/domain-error.js';
import { BLOB_STORE, type BlobStore } from '../../common/storage/blob-store.js';
import { todayOf } from '../periods/periods.service.js';
import { ProgramsService, type VersionWithAdoption } from '../programs.service.js';
import { adoptionView, MINUTES_MAX_BYTES, type AdoptionView, type RecordAdoptionFields } from './adoptions.dto.js';
import { AdoptionsRepository } from './adoptions.repository.js';

/** What the minutes are, by their first bytes (never by name or declared type). */
function minutesType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A file name fit to show and to send back: no folders, no control characters, at most 200 characters, with the extension of its content. */
function cleanName(name: string | undefined, type: string): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}"]/gu, '')
    .trim();
  const ext = EXTENSION[type];
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 180) || 'minutes';
  return `${stem}.${ext}`;
}

export interface MinutesFile {
  bytes: Buffer;
  contentType: string;
  name: string;
}

/**
 * Adoption records (表决记录) of rule versions: which meeting adopted a version, when, with whom
 * present, under which resolution number, with the minutes. Those who may change the rule record
 * its adoption; whoever may read the rule reads the record and the minutes.
 */
@Injectable()
export class AdoptionsService {
  constructor(
    private readonly programs: ProgramsService,
    private readonly repo: AdoptionsRepository,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async record(
    actor: UserActor,
    programId: number,
    ruleId: number,
    versionNo: number,
    fields: RecordAdoptionFields,
    file: { buffer: Buffer; originalname?: string } | undefined,
  ): Promise<AdoptionView> {
    const { program, rule } = await this.programs.ruleToChange(actor, programId, ruleId);
    const version = this.versionOf(rule.versions, ruleId, versionNo);
    if (!isIsoDate(fields.meetingOn)) throw invalidField('meetingOn', 'meetingOn must be a real day', 'isIsoDate');
    if (fields.meetingOn > todayOf(program).day) throw invalidField('meetingOn', 'meetingOn must not be in the future', 'notInFuture');
    if (fields.attended > fields.entitled) throw invalidField('attended', 'attended must not exceed entitled', 'atMostEntitled');
    if (!file) throw invalidField('file', 'the minutes are required as multipart field "file"', 'isDefined');
    if (file.buffer.length > MINUTES_MAX_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', { maxBytes: MINUTES_MAX_BYTES });
    const contentType = minutesType(file.buffer);
    if (!contentType) throw new DomainError('MINUTES_NOT_A_DOCUMENT', { accepted: Object.keys(EXTENSION) });
    if (version.adoption) throw new DomainError('ALREADY_ADOPTED', { ruleId, version: versionNo });

    const sha = createHash('sha256').update(file.buffer).digest('hex');
    const minutesKey = `minutes/${sha.slice(0, 2)}/${sha}`;
    await this.blobs.put(minutesKey, file.buffer);
    try {
      const saved = await this.repo.insert({
        ruleVersionId: version.id,
        meeting: fields.meeting,
        meetingOn: fields.meetingOn,
        attended: fields.attended,
        entitled: fields.entitled,
        resolutionNo: fields.resolutionNo.trim(),
        minutesKey,
        minutesName: cleanName(file.originalname, contentType),
        minutesType: contentType,
        minutesBytes: file.buffer.length,
        recordedBy: actor.id,
      });
      return adoptionView(saved, version);
    } catch (e) {
      if (isUniqueViolation(e)) throw new DomainError('ALREADY_ADOPTED', { ruleId, version: versionNo });
      throw e;
    }
  }

  /** The minutes of a version's adoption (404 when none is recorded). */
  async minutes(actor: Actor, programId: number, ruleId: number, versionNo: number): Promise<MinutesFile> {
    const rule = await this.programs.getRule(actor, programId, ruleId);
    const adoption = this.versionOf(rule.versions, ruleId, versionNo).adoption;
    if (!adoption) throw notFound('adoption', `${ruleId}/${versionNo}`);
    const [row] = await this.repo.forVersions([this.versionOf(rule.versions, ruleId, versionNo).id]);
    const bytes = await this.blobs.get(row.minutesKey);
    if (!bytes) throw notFound('minutes', `${ruleId}/${versionNo}`);
    return { bytes, contentType: adoption.minutes.contentType, name: adoption.minutes.name };
  }

  private versionOf(versions: VersionWithAdoption[], ruleId: number, versionNo: number): VersionWithAdoption {
    const version = versions.find((v) => v.version === versionNo);
    if (!version) throw notFound('ruleVersion', `${ruleId}/${versionNo}`);
    return version;
  }
}
