import { Module } from '@nestjs/common';
import { AdministrationService } from './administration.service.js';
import { AdministrationsController } from './administrations.controller.js';

@Module({ controllers: [AdministrationsController], providers: [AdministrationService], exports: [AdministrationService] })
export class AdministrationsModule {}
