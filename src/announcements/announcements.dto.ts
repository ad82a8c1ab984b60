import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsId, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';

/** Photos one announcement may carry. */
export const MAX_ANNOUNCEMENT_PHOTOS = 6;
/** Days an announcement may stay up. */
export const MAX_ANNOUNCEMENT_DAYS = 366;
export const ANNOUNCEMENT_STATES = ['scheduled', 'current', 'ended', 'withdrawn'] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateAnnouncementDto {
  @ApiProperty({ description: "Where it is shown: a village, or a township or county (then on every village's page below it)" })
  @IsId()
  regionId: number;

  @ApiProperty({ description: 'Title, up to 60 characters', example: '关于开展冬季环境卫生整治的通知' })
  @IsString()
  @Length(1, 60)
  title: string;

  @ApiProperty({
    description: 'Text, up to 2,000 characters; line breaks are kept',
    example: '12月10日上午9点在村委会集合，每户出一人参加。',
  })
  @IsString()
  @Length(1, 2000)
  body: string;

  @ApiPropertyOptional({
    description: `Evidence ids of photos (POST /evidence), in order, at most ${MAX_ANNOUNCEMENT_PHOTOS}; they become public`,
    type: [Number],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_ANNOUNCEMENT_PHOTOS)
  @ArrayUnique()
  @IsId({ each: true })
  photoIds?: number[];

  @ApiProperty({ description: 'First day shown (China time)', example: '2026-12-06' })
  @Matches(DAY, { message: 'from must be a date like 2026-12-06' })
  from: string;

  @ApiProperty({ description: `Last day shown, at most ${MAX_ANNOUNCEMENT_DAYS} days after the first`, example: '2026-12-20' })
  @Matches(DAY, { message: 'until must be a date like 2026-12-20' })
  until: string;
}

export class WithdrawAnnouncementDto {
  @ApiProperty({ description: 'Why it is taken down (kept, shown to staff)', example: '时间有变，另行通知' })
  @IsString()
  @Length(1, 200)
  reason: string;
}

export class AnnouncementsQuery {
  @ApiPropertyOptional({ description: 'Only those published to this region or below it (default: your whole area)' })
  @Optional()
  @QueryId()
  regionId?: number;

  @ApiPropertyOptional({ enum: ANNOUNCEMENT_STATES, description: 'scheduled (not yet shown), current, ended, withdrawn' })
  @Optional()
  @IsIn(ANNOUNCEMENT_STATES)
  state?: (typeof ANNOUNCEMENT_STATES)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, description: 'Page size (default 20)' })
  @Optional()
  @QueryIntIn(1, 100)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Rows to skip' })
  @Optional()
  @QueryIntIn(0, 1_000_000)
  offset?: number;
}

export class AnnouncementPhotoView {
  @ApiProperty({ description: 'The photo, public while the announcement is shown' }) url: string;
  @ApiProperty({ description: 'Its thumbnail' }) thumbnailUrl: string;
}

export class PublicAnnouncementView {
  @ApiProperty({ description: 'Announcement id' }) id: number;
  @ApiProperty({ description: 'Title' }) title: string;
  @ApiProperty({ description: 'Text (line breaks kept)' }) body: string;
  @ApiProperty({ type: [AnnouncementPhotoView], description: 'Its photos, in order' }) photos: AnnouncementPhotoView[];
  @ApiProperty({ description: 'First day shown' }) from: string;
  @ApiProperty({ description: 'Last day shown' }) until: string;
  @ApiProperty({ description: 'The region it was published to' }) regionId: number;
  @ApiProperty({ description: "The region's name (the village, or the township or county above it)" }) regionName: string;
  @ApiProperty({ description: 'When it was published' }) publishedAt: Date;
}

export class AnnouncementPublisherView {
  @ApiProperty({ description: 'Staff user id' }) id: number;
  @ApiProperty({ description: 'Their name' }) displayName: string;
  @ApiProperty({ description: 'Their role' }) role: string;
}

export class AnnouncementView extends PublicAnnouncementView {
  @ApiProperty({
    description:
      'True when you may withdraw it: published in your area and not withdrawn (one published above it shows here too, for you to see)',
  })
  mayWithdraw: boolean;
  @ApiProperty({ enum: ANNOUNCEMENT_STATES, description: 'scheduled (not yet shown), current, ended or withdrawn, today in China time' })
  state: (typeof ANNOUNCEMENT_STATES)[number];
  @ApiProperty({ type: [Number], description: 'Evidence ids of the photos' }) photoIds: number[];
  @ApiProperty({ type: AnnouncementPublisherView, description: 'Who published it' }) publishedBy: AnnouncementPublisherView;
  @ApiProperty({ type: Date, nullable: true, description: 'When it was taken down' }) withdrawnAt: Date | null;
  @ApiProperty({ type: AnnouncementPublisherView, nullable: true, description: 'Who withdrew it' })
  withdrawnBy: AnnouncementPublisherView | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was taken down' }) withdrawReason: string | null;
}
