import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDate,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { isIsoDate } from '../calendar/calendar.js';

/**
 * Shared field decorators for DTOs: numbers that fit their column, ids that are never converted
 * from booleans or strings, instants that are real ISO 8601 strings, optional fields that are not
 * null, nested objects that are objects. Each states its bounds in the OpenAPI document too.
 */

/** The largest value of a PostgreSQL `integer` (int4) column: every serial id and count. */
export const INT4_MAX = 2_147_483_647;
/** The largest value of a PostgreSQL `bigint` (int8) column: ledger, redemption and run ids. */
export const INT8_MAX = 9_223_372_036_854_775_807n;

/**
 * May be left out, but is not null. class-validator's IsOptional lets null through too, and a
 * null then reaches a NOT NULL column; use `Nullable` for the fields documented as nullable.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_, value) => value !== undefined);

/** May be left out or null: only for fields documented `nullable` (null clears the value). */
export const Nullable = (): PropertyDecorator => IsOptional();

/**
 * A whole number in [min, max], given as a JSON number: `true`, `"7"` or `1.5` is refused, never
 * converted. The bounds appear in the OpenAPI document as minimum and maximum.
 */
export function IsIntIn(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  const checks = [IsInt(options), Min(min, options), Max(max, options)];
  return applyDecorators(
    ...checks,
    ...(options?.each ? [] : [ApiProperty({ type: 'integer', minimum: min, maximum: max }) as PropertyDecorator]),
  );
}

/** A positive id of an `integer` column in a JSON body: 1 to 2147483647, no conversion. */
export const IsId = (options?: ValidationOptions): PropertyDecorator => IsIntIn(1, INT4_MAX, options);

/** An amount kept in `bigint` (points, fen) that JavaScript still counts exactly: at most 2^53 − 1. */
export const IsSafeIntIn = (min: number, max = Number.MAX_SAFE_INTEGER): PropertyDecorator => IsIntIn(min, max);

/** Query strings: plain decimal digits (with an optional minus) become a number; anything else stays a string and fails IsInt. */
const digitsToNumber = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d{1,16}$/.test(value) ? Number(value) : value,
);

/** A whole number in [min, max] in a query string: `1e3`, `0x10`, ` 5`, `` and `true` are refused. */
export const QueryIntIn = (min: number, max: number): PropertyDecorator => applyDecorators(digitsToNumber, IsIntIn(min, max));

/** A positive int4 id in a query string. */
export const QueryId = (): PropertyDecorator => QueryIntIn(1, INT4_MAX);

const BIG_ID = /^[1-9]\d{0,18}$/;

/** A 64-bit id (or a cursor made of one) as a string of digits, 1 to 2^63 − 1. */
export function IsBigId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isBigId',
        validator: {
          validate: (v: unknown) => typeof v === 'string' && BIG_ID.test(v) && BigInt(v) <= INT8_MAX,
          defaultMessage: (args) => `${args?.property ?? 'id'} must be a positive integer id (a string of digits)`,
        },
      },
      options,
    ),
    ApiProperty({ type: String, pattern: BIG_ID.source }) as PropertyDecorator,
  );
}

/** ISO 8601 with a four-digit year: `2026-07-01`, `2026-07-01T08:00:00+08:00`, `2026-07-01T00:00:00.000Z`. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The Date of an ISO 8601 string naming a real day, or the value unchanged (then IsDate refuses it). */
function toInstant(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = ISO_INSTANT.exec(value);
  return m && isIsoDate(m[1]) ? new Date(value) : value;
}

/**
 * An instant given as an ISO 8601 string, converted to a Date. Numbers and booleans are refused
 * (class-transformer's `Type(() => Date)` turned `true` into 1970-01-01T00:00:00.001Z).
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => toInstant(value)),
    IsDate({ message: ({ property }) => `${property} must be an ISO 8601 date-time such as 2026-07-01T08:00:00+08:00`, ...options }),
    ApiProperty({ type: String, format: 'date-time' }) as PropertyDecorator,
  );
}

/** A nested object of class `type`, validated field by field; an array or a string in its place is refused. */
export const NestedObject = (type: () => new () => object): PropertyDecorator => applyDecorators(IsObject(), ValidateNested(), Type(type));

/** An array of nested objects of class `type`; each element must be an object (not an array). */
export const NestedObjects = (type: () => new () => object): PropertyDecorator =>
  applyDecorators(IsObject({ each: true }), ValidateNested({ each: true }), Type(type));

const REQUIRES_A_CHANGE = Symbol('requiresAChange');

/** Marks an update DTO whose empty body (`{}`) is refused: there is nothing to change, and applying it would still write. */
export const RequiresAChange = (): ClassDecorator => (target) => {
  Reflect.defineMetadata(REQUIRES_A_CHANGE, true, target);
};

/** True when `metatype` is marked RequiresAChange. */
export const requiresAChange = (metatype: unknown): boolean =>
  typeof metatype === 'function' && Reflect.getMetadata(REQUIRES_A_CHANGE, metatype) === true;
