import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { DomainError, invalidField } from '../errors/domain-error.js';
import { requiresAChange } from './fields.js';

interface FieldError {
  field: string;
  constraints: string[];
  messages: string[];
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own: FieldError[] = e.constraints
      ? [{ field, constraints: Object.keys(e.constraints), messages: Object.values(e.constraints) }]
      : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Path parameters stay the strings they came as: global pipes run before a parameter's own pipe,
 * and `+value` would hand ParseIdPipe `1e3` as 1000 or `0x10` as 16.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }

  /** Also refuses an empty body for a DTO marked RequiresAChange. */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' && requiresAChange(metadata.metatype) && !Object.values(result as object).some((v) => v !== undefined)) {
      throw invalidField('body', 'the body must name at least one field to change', 'hasAChange');
    }
    return result;
  }
}

/** Strict validation: unknown fields are rejected; each bad field is listed. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new DomainError('VALIDATION_FAILED', { fields: flatten(errors) }),
  });
}
