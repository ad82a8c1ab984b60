import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { invalidField } from '../errors/domain-error.js';

/** Parses a positive integer id from the path, or 400 VALIDATION_FAILED naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, meta: ArgumentMetadata): number {
    if (/^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2147483647) return Number(value);
    throw invalidField(meta.data ?? 'id', `${meta.data ?? 'id'} must be a positive integer id`, 'isId');
  }
}

/** Parses a 64-bit id (ledger transactions) from the path, kept as a string. */
@Injectable()
export class ParseBigIdPipe implements PipeTransform<string, string> {
  transform(value: string, meta: ArgumentMetadata): string {
    if (/^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= 9223372036854775807n) return value;
    throw invalidField(meta.data ?? 'id', `${meta.data ?? 'id'} must be a positive integer id`, 'isId');
  }
}
