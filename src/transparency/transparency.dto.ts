import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { INT4_MAX, Optional, QueryId, QueryIntIn } from '../common/http/fields.js';
import { LEAF_KINDS, type LeafKind } from '../common/transparency/leaf-format.js';
import { HEAD_REASONS, type HeadReason } from './log.entities.js';

/** Sizes and indexes fit a JavaScript number exactly (2^53). */
const MAX_SIZE = Number.MAX_SAFE_INTEGER;

export class TreeHeadsQuery {
  @ApiPropertyOptional({ description: 'Page size of the history', default: 50, maximum: 1000 })
  @Optional()
  @QueryIntIn(1, 1000)
  limit = 50;

  @ApiPropertyOptional({ description: 'Heads to skip (newest first)', default: 0 })
  @Optional()
  @QueryIntIn(0, INT4_MAX)
  offset = 0;
}

export class TreeHeadResponse {
  @ApiProperty({ description: 'The county whose log it is' }) countyId: number;
  @ApiProperty({ description: 'Leaves in the log at this head' }) treeSize: number;
  @ApiProperty({ description: 'Root hash (RFC 9162), 64 lower-case hex digits' }) rootHash: string;
  @ApiProperty({ description: 'When it was signed (ISO 8601, UTC, milliseconds): part of the signed text' }) signedAt: string;
  @ApiProperty({ description: 'Id of the county key that signed it' }) keyId: string;
  @ApiProperty({ description: 'Ed25519 signature of the head text (docs/transparency.md), base64' }) signature: string;
  @ApiProperty({ description: 'Why it was signed', enum: HEAD_REASONS }) reason: HeadReason;
  @ApiProperty({ description: 'Short fingerprint to compare by eye, e.g. 3F9A-C2D1 (first 8 hex digits of SHA-256 of the head text)' })
  fingerprint: string;
}

export class CountyKeyResponse {
  @ApiProperty({ description: 'Key id: first 16 hex digits of SHA-256 of the public key' }) keyId: string;
  @ApiProperty({ description: 'Ed25519 public key, 32 raw bytes in base64' }) publicKey: string;
  @ApiProperty({ description: 'When it was made' }) createdAt: Date;
  @ApiProperty({ description: 'When a newer key replaced it (its heads stay valid)', type: Date, nullable: true }) retiredAt: Date | null;
}

export class TreeHeadsResponse {
  @ApiProperty({ description: 'The county' }) countyId: number;
  @ApiProperty({ description: "The county's signing keys, newest first", type: [CountyKeyResponse] }) keys: CountyKeyResponse[];
  @ApiProperty({ description: 'The latest head', type: TreeHeadResponse, nullable: true }) latest: TreeHeadResponse | null;
  @ApiProperty({ description: 'Heads, newest first (one page)', type: [TreeHeadResponse] }) items: TreeHeadResponse[];
  @ApiProperty({ description: 'How many heads there are in all' }) total: number;
}

export class InclusionQuery {
  @ApiProperty({ description: 'The county' })
  @QueryId()
  countyId: number;

  @ApiPropertyOptional({ description: 'The tree size to prove against: a published head; default the latest' })
  @Optional()
  @QueryIntIn(1, MAX_SIZE)
  treeSize?: number;

  @ApiPropertyOptional({ description: 'The leaf by its index (or give kind and ref)' })
  @ValidateIf((q: InclusionQuery) => q.kind === undefined || q.leafIndex !== undefined)
  @QueryIntIn(0, MAX_SIZE)
  leafIndex?: number;

  @ApiPropertyOptional({ description: 'The leaf by the row it records: its kind…', enum: LEAF_KINDS })
  @Optional()
  @IsIn(LEAF_KINDS)
  kind?: LeafKind;

  @ApiPropertyOptional({ description: '…and the row id (a transaction id, an event id…)' })
  @ValidateIf((q: InclusionQuery) => q.kind !== undefined)
  @QueryIntIn(1, MAX_SIZE)
  ref?: number;
}

export class InclusionResponse {
  @ApiProperty({ description: 'The county' }) countyId: number;
  @ApiProperty({ description: 'Tree size proved against' }) treeSize: number;
  @ApiProperty({ description: 'The leaf' }) leafIndex: number;
  @ApiProperty({ description: 'The leaf hash (SHA-256 of 0x00 and the canonical text), hex' }) leafHash: string;
  @ApiProperty({ description: 'Audit path, hex, leaf to root (RFC 9162 §2.1.3)', type: [String] }) auditPath: string[];
}

export class ConsistencyQuery {
  @ApiProperty({ description: 'The county' })
  @QueryId()
  countyId: number;

  @ApiProperty({ description: 'The earlier tree size (a head you kept)' })
  @QueryIntIn(0, MAX_SIZE)
  from: number;

  @ApiPropertyOptional({ description: 'The later tree size: a published head; default the latest' })
  @Optional()
  @QueryIntIn(0, MAX_SIZE)
  to?: number;
}

export class ConsistencyResponse {
  @ApiProperty({ description: 'The county' }) countyId: number;
  @ApiProperty({ description: 'Earlier size' }) from: number;
  @ApiProperty({ description: 'Later size' }) to: number;
  @ApiProperty({ description: 'Consistency proof, hex (RFC 9162 §2.1.4)', type: [String] }) proof: string[];
}
