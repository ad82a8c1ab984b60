import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ClearsCaches } from '../common/db/change-feed.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor, ResidentActor, UserActor } from '../common/auth/actor.js';
import { AllowResident, CurrentActor, CurrentReader, CurrentUser, Roles } from '../common/auth/decorators.js';
import { MANAGERS, READERS } from '../common/auth/roles.js';
import { ParseIdPipe } from '../common/http/parse-id.pipe.js';
import {
  CreateProgramDto,
  CreateRuleDto,
  ExclusionDto,
  ListRulesQuery,
  PeriodClosureView,
  ProgramView,
  RuleDetailView,
  UpdateProgramDto,
  UpdateRuleDto,
} from './programs.dto.js';
import { ProgramsService } from './programs.service.js';
import { ApiErrors } from '../common/http/api-errors.js';

@ApiTags('programs')
@ApiBearerAuth()
@Controller('programs')
@ClearsCaches()
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Post()
  @ApiErrors('DUPLICATE_CODE', 'NOT_A_COUNTY', 'OUT_OF_SCOPE', 'NOT_FOUND')
  @Roles('county_admin')
  @ApiOperation({ summary: 'Create a points program (积分方案) for your county' })
  @ApiCreatedResponse({ description: 'The program', type: ProgramView })
  create(@CurrentUser() actor: UserActor, @Body() dto: CreateProgramDto): Promise<ProgramView> {
    return this.programs.create(actor, dto);
  }

  @Get()
  @Roles(...READERS)
  @AllowResident()
  @ApiOperation({ summary: "Programs of your county (a resident: of its household's county)" })
  @ApiOkResponse({ description: 'The programs', type: [ProgramView] })
  list(@CurrentReader() actor: Actor | ResidentActor): Promise<ProgramView[]> {
    return this.programs.list(actor);
  }

  @Get(':id')
  @Roles(...READERS)
  @AllowResident()
  @ApiOperation({ summary: 'One program' })
  @ApiOkResponse({ description: 'The program', type: ProgramView })
  async get(@CurrentReader() actor: Actor | ResidentActor, @Param('id', ParseIdPipe) id: number): Promise<ProgramView> {
    const { countyPath: _, ...program } = await this.programs.get(actor, id);
    return program;
  }

  @Patch(':id')
  @Roles('county_admin')
  @ApiOperation({ summary: 'Change ranking, public board, honour and schedule settings of a program' })
  @ApiOkResponse({ description: 'The program, changed', type: ProgramView })
  async update(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: UpdateProgramDto): Promise<ProgramView> {
    const { countyPath: _, ...program } = await this.programs.update(actor, id, dto);
    return program;
  }

  @Post(':id/rules')
  @ApiErrors('DUPLICATE_CODE')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Add a rule (积分标准): county-wide (county admin) or for one region of your subtree' })
  @ApiCreatedResponse({ description: 'The rule with its first version', type: RuleDetailView })
  createRule(@CurrentUser() actor: UserActor, @Param('id', ParseIdPipe) id: number, @Body() dto: CreateRuleDto): Promise<RuleDetailView> {
    return this.programs.createRule(actor, id, dto);
  }

  @Get(':id/rules')
  @ApiErrors('OUT_OF_SCOPE')
  @Roles(...READERS)
  @AllowResident()
  @ApiOperation({ summary: 'Rules of a program, or those in force in one region' })
  @ApiOkResponse({ description: 'The rules with their versions', type: [RuleDetailView] })
  listRules(
    @CurrentReader() actor: Actor | ResidentActor,
    @Param('id', ParseIdPipe) id: number,
    @Query() q: ListRulesQuery,
  ): Promise<RuleDetailView[]> {
    return this.programs.listRules(actor, id, q.regionId);
  }

  @Get(':id/rules/:ruleId')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One rule with all its versions' })
  @ApiOkResponse({ description: 'The rule', type: RuleDetailView })
  getRule(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
  ): Promise<RuleDetailView> {
    return this.programs.getRule(actor, id, ruleId);
  }

  @Put(':id/rules/:ruleId')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Change a rule: makes a new version from effectiveFrom on; earlier entries keep theirs' })
  @ApiOkResponse({ description: 'The rule with its new version', type: RuleDetailView })
  updateRule(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Body() dto: UpdateRuleDto,
  ): Promise<RuleDetailView> {
    return this.programs.updateRule(actor, id, ruleId, dto);
  }

  @Post(':id/rules/:ruleId/exclusions')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Switch a county rule off for a region of your subtree (a village narrowing the set)' })
  @ApiCreatedResponse({ description: 'The rule with its exclusions', type: RuleDetailView })
  exclude(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Body() dto: ExclusionDto,
  ): Promise<RuleDetailView> {
    return this.programs.setExclusion(actor, id, ruleId, dto.regionId, true);
  }

  @Delete(':id/rules/:ruleId/exclusions/:regionId')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Switch a county rule back on for a region' })
  @ApiOkResponse({ description: 'The rule with its exclusions', type: RuleDetailView })
  include(
    @CurrentUser() actor: UserActor,
    @Param('id', ParseIdPipe) id: number,
    @Param('ruleId', ParseIdPipe) ruleId: number,
    @Param('regionId', ParseIdPipe) regionId: number,
  ): Promise<RuleDetailView> {
    return this.programs.setExclusion(actor, id, ruleId, regionId, false);
  }

  @Get(':id/periods')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Closed periods of a program' })
  @ApiOkResponse({ description: 'The closures', type: [PeriodClosureView] })
  closures(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: number): Promise<PeriodClosureView[]> {
    return this.programs.closures(actor, id);
  }
}
