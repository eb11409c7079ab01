import { Module } from '@nestjs/common';
import { DepartmentProvidersService } from './department-providers.service';
import { InternalServiceController } from './internal-service.controller';
import { ProviderCsatService } from './provider-csat.service';

@Module({ controllers: [InternalServiceController], providers: [DepartmentProvidersService, ProviderCsatService] })
export class InternalServiceModule {}
