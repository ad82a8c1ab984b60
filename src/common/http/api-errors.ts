import { ApiExtension, ApiProperty } from '@nestjs/swagger';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors/error-codes.js';

/** The OpenAPI extension that carries an operation's own error codes until the document is completed. */
export const ERROR_CODES_EXTENSION = 'x-error-codes';

/**
 * The error codes a route can answer besides those every route of its kind can (authentication,
 * roles, validation, a missing path resource, idempotency: see `completeDocument`). The document
 * lists them under their HTTP status, so an integrator knows them without reading the code.
 */
export const ApiErrors = (...codes: ErrorCode[]) => ApiExtension(ERROR_CODES_EXTENSION, codes);

export class ErrorDetailDto {
  @ApiProperty({
    description: 'Stable upper-case code from the error catalogue; clients branch on it',
    enum: Object.keys(ERROR_CATALOGUE),
    example: 'INSUFFICIENT_POINTS',
  })
  code!: ErrorCode;

  @ApiProperty({
    description: 'Human message: Chinese by default, English with `Accept-Language: en`',
    example: '可兑换积分不足：需要120分，可用80分',
  })
  message!: string;

  @ApiProperty({
    description: 'The values the message was made from (needed, available, sku, fields, …); empty when there are none',
    type: 'object',
    additionalProperties: true,
    example: { needed: '120', available: '80' },
  })
  details!: Record<string, unknown>;

  @ApiProperty({
    description: 'The request id, also in the `X-Request-Id` response header and the service log',
    example: '5f0c6f1e-0f5e-4a4b-9b8e-3c1f2a9d7e10',
  })
  requestId!: string;
}

/** The one error body of the API. */
export class ErrorResponseDto {
  @ApiProperty({ description: 'What went wrong', type: ErrorDetailDto })
  error!: ErrorDetailDto;
}
