import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { QueryIntIn } from '../../common/http/fields.js';
import { ADOPTION_MEETINGS, type AdoptionMeeting, type RuleAdoption } from './rule-adoption.entity.js';

/** The minutes may be this large: a scanned PDF of a few pages, or a phone photo. */
export const MINUTES_MAX_BYTES = 10 * 1024 * 1024;

/** The text fields of the multipart form (the minutes come as field `file`). */
export class RecordAdoptionFields {
  @ApiProperty({ description: '`assembly` (村民大会) or `representatives` (村民代表会议)', enum: ADOPTION_MEETINGS })
  @IsIn(ADOPTION_MEETINGS)
  meeting: AdoptionMeeting;

  @ApiProperty({ description: 'Day of the meeting', example: '2026-11-20' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'meetingOn must be a date like 2026-11-20' })
  meetingOn: string;

  @ApiProperty({ description: 'Those present', minimum: 1 })
  @QueryIntIn(1, 100_000)
  attended: number;

  @ApiProperty({ description: 'Those entitled to attend (at least those present)', minimum: 1 })
  @QueryIntIn(1, 100_000)
  entitled: number;

  @ApiProperty({ description: 'Resolution number (决议编号), as the village writes it', example: '青石村〔2026〕3号' })
  @IsString()
  @Length(1, 50)
  resolutionNo: string;
}

/** The multipart body as the OpenAPI document shows it. */
export const ADOPTION_BODY_SCHEMA = {
  type: 'object',
  required: ['meeting', 'meetingOn', 'attended', 'entitled', 'resolutionNo', 'file'],
  properties: {
    meeting: { type: 'string', enum: [...ADOPTION_MEETINGS], description: '`assembly` (村民大会) or `representatives` (村民代表会议)' },
    meetingOn: { type: 'string', format: 'date', description: 'Day of the meeting' },
    attended: { type: 'integer', minimum: 1, description: 'Those present' },
    entitled: { type: 'integer', minimum: 1, description: 'Those entitled to attend' },
    resolutionNo: { type: 'string', maxLength: 50, description: 'Resolution number (决议编号)' },
    file: { type: 'string', format: 'binary', description: 'The minutes: PDF, JPEG or PNG (judged by content), at most 10 MB' },
  },
};

export class MinutesView {
  @ApiProperty({ description: 'File name as uploaded' }) name: string;
  @ApiProperty({ description: 'Media type, from the content', enum: ['application/pdf', 'image/jpeg', 'image/png'] }) contentType: string;
  @ApiProperty({ description: 'Size in bytes' }) bytes: number;
}

export class AdoptionView {
  @ApiProperty({ description: 'Rule id' }) ruleId: number;
  @ApiProperty({ description: 'Version number of the rule adopted' }) version: number;
  @ApiProperty({ description: '`assembly` (村民大会) or `representatives` (村民代表会议)', enum: ADOPTION_MEETINGS })
  meeting: AdoptionMeeting;
  @ApiProperty({ description: 'Day of the meeting' }) meetingOn: string;
  @ApiProperty({ description: 'Those present' }) attended: number;
  @ApiProperty({ description: 'Those entitled to attend' }) entitled: number;
  @ApiProperty({ description: 'Resolution number (决议编号)' }) resolutionNo: string;
  @ApiProperty({ description: 'The minutes (download: …/adoption/minutes)', type: MinutesView }) minutes: MinutesView;
  @ApiProperty({ description: 'Who recorded it (user id)' }) recordedBy: number;
  @ApiProperty({ description: 'When it was recorded' }) recordedAt: Date;
}

/** The record as the API shows it, beside the version it adopted. */
export function adoptionView(a: RuleAdoption, v: { ruleId: number; version: number }): AdoptionView {
  return {
    ruleId: v.ruleId,
    version: v.version,
    meeting: a.meeting,
    meetingOn: a.meetingOn,
    attended: a.attended,
    entitled: a.entitled,
    resolutionNo: a.resolutionNo,
    minutes: { name: a.minutesName, contentType: a.minutesType, bytes: a.minutesBytes },
    recordedBy: a.recordedBy,
    recordedAt: a.recordedAt,
  };
}
