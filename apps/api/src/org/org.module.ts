import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CxModule } from '../cx/cx.module';
import { DepartmentScopeService } from './department-scope.service';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { EmployeesController } from './employees.controller';
import { EmployeesService } from './employees.service';
import { EmployeeImportService } from './import/employee-import.service';
import { EmployeeImportMappingController } from './import/mapping/employee-import-mapping.controller';
import { EmployeeImportMappingEntity } from './import/mapping/employee-import-mapping.entity';
import { EmployeeImportMappingRepository } from './import/mapping/employee-import-mapping.repository';
import { EmployeeImportMappingService } from './import/mapping/employee-import-mapping.service';
import { EmployeeSyncController } from './sync/employee-sync.controller';
import { EmployeeSyncEntity } from './sync/employee-sync.entity';
import { EmployeeSyncRepository } from './sync/employee-sync.repository';
import { EmployeeSyncService } from './sync/employee-sync.service';

@Module({
  // CxModule: the HR sync authenticates with an API key (purpose employee_sync).
  imports: [TypeOrmModule.forFeature([EmployeeImportMappingEntity, EmployeeSyncEntity]), CxModule],
  controllers: [DepartmentsController, EmployeeImportMappingController, EmployeeSyncController, EmployeesController],
  providers: [
    DepartmentScopeService, DepartmentsService, EmployeesService, EmployeeImportService,
    EmployeeImportMappingRepository, EmployeeImportMappingService, EmployeeSyncRepository, EmployeeSyncService,
  ],
  exports: [DepartmentScopeService],
})
export class OrgModule {}
