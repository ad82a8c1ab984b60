import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { DevicesRepository } from './devices.repository.js';
import { StoresController } from './stores.controller.js';
import { StoresRepository } from './stores.repository.js';
import { StoresService } from './stores.service.js';

@Module({
  imports: [RegionsModule],
  controllers: [StoresController],
  providers: [StoresRepository, DevicesRepository, StoresService],
  exports: [DevicesRepository, StoresService],
})
export class StoresModule {}
