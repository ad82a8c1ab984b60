import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '../common/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.js';
import { ApiErrors } from '../common/http/api-errors.js';

class IndicatorView {
  @ApiProperty({ description: '`up` or `down`', enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional({ description: '`database`: milliseconds the ping took' })
  responseTime?: number;

  @ApiPropertyOptional({ description: '`queue`: the kind of queue', enum: ['redis', 'in-process'] })
  kind?: 'redis' | 'in-process';

  @ApiPropertyOptional({
    description: '`queue`, when up: the kind of database (`url`, `local` or `embedded`)',
    enum: ['url', 'local', 'embedded'],
  })
  database?: 'url' | 'local' | 'embedded';

  @ApiPropertyOptional({ description: 'Why the check is down' })
  message?: string;
}

class HealthView {
  @ApiProperty({
    description: '`ok` when every check is up (otherwise the answer is 503 SERVICE_UNAVAILABLE with this report in `error.details`)',
    enum: ['ok'],
  })
  status!: 'ok';

  @ApiProperty({
    description: 'The checks that are up: `database`, and `queue` with its kind (`redis` or `in-process`) and the database kind',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/IndicatorView' },
  })
  info!: Record<string, IndicatorView>;

  @ApiProperty({
    description: 'The checks that are down (empty on 200)',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/IndicatorView' },
  })
  error!: Record<string, IndicatorView>;

  @ApiProperty({ description: 'Every check', type: 'object', additionalProperties: { $ref: '#/components/schemas/IndicatorView' } })
  details!: Record<string, IndicatorView>;
}

@ApiExtraModels(IndicatorView)
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiErrors('SERVICE_UNAVAILABLE')
  @Public()
  // Documented here, not by terminus: it reaches for @nestjs/swagger through require(), which not every loader allows.
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOkResponse({ description: 'Both are up', type: HealthView })
  @ApiOperation({ summary: 'Database and queue status; 503 when one is down' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('queue');
        try {
          await this.queue.ping();
          return indicator.up({ kind: this.queue.kind, database: this.config.database.kind });
        } catch (err) {
          return indicator.down({ kind: this.queue.kind, message: err instanceof Error ? err.message : String(err) });
        }
      },
    ]);
  }
}
