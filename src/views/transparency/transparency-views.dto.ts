import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { TreeHeadResponse } from '../../transparency/transparency.dto.js';

export class StatementProofsQuery {
  @ApiProperty({ description: 'Transaction ids of the statement lines to prove, comma-separated (at most 100)', example: '1201,1187' })
  @Matches(/^[1-9]\d{0,18}(,[1-9]\d{0,18}){0,99}$/, { message: 'transactionIds must be up to 100 transaction ids separated by commas' })
  transactionIds: string;
}

export class LineProofResponse {
  @ApiProperty({ description: 'Transaction id' }) transactionId: string;
  @ApiProperty({ description: 'Its leaf in the county log; null when logged after the latest head', type: Number, nullable: true })
  leafIndex: number | null;
  @ApiProperty({ description: "The leaf's canonical text as the rows read now (docs/transparency.md)", type: String, nullable: true })
  leafData: string | null;
  @ApiProperty({ description: 'Audit path to the head, hex (RFC 9162)', type: [String] }) auditPath: string[];
}

export class StatementProofsResponse {
  @ApiProperty({ description: "The county's latest signed head; null before the first", type: TreeHeadResponse, nullable: true })
  head: TreeHeadResponse | null;
  @ApiProperty({ description: 'The public key that signed it (32 raw bytes, base64)', type: String, nullable: true }) publicKey:
    string | null;
  @ApiProperty({ description: "The holder's account: its postings are the statement's lines" }) accountId: string;
  @ApiProperty({ description: "One per asked transaction that is on the holder's account", type: [LineProofResponse] })
  items: LineProofResponse[];
}
