import { HouseholdsModule } from '../households/households.module.js';
import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module.js';
import { ProgramsModule } from '../programs/programs.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { DevicesController } from './devices.controller.js';
import { DevicesRepository } from './devices.repository.js';
import { ItemsController } from './items.controller.js';
import { ItemsRepository } from './items.repository.js';
import { ItemsService } from './items.service.js';
import { StoreExportsController } from './redemptions/exports.controller.js';
import { RedeemPoints } from './redemptions/redeem.use-case.js';
import { RedemptionsController } from './redemptions/redemptions.controller.js';
import { RedemptionsService } from './redemptions/redemptions.service.js';
import { RedemptionsRepository } from './redemptions/redemptions.repository.js';
import { RefundRedemption } from './redemptions/refund.use-case.js';
import { SettleStore } from './redemptions/settle.use-case.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import { StoresController } from './stores.controller.js';
import { StoresRepository } from './stores.repository.js';
import { StoresService } from './stores.service.js';

@Module({
  imports: [HouseholdsModule, RegionsModule, ProgramsModule, LedgerModule],
  controllers: [StoresController, ItemsController, RedemptionsController, StoreExportsController, DevicesController],
  providers: [
    StoresRepository,
    DevicesRepository,
    StoresService,
    ItemsRepository,
    ItemsService,
    RedemptionsRepository,
    RedemptionsService,
    RedeemPoints,
    RefundRedemption,
    SettleStore,
    ReportsRepository,
    ReportsService,
  ],
  exports: [DevicesRepository, StoresService, ItemsRepository],
})
export class StoresModule {}
