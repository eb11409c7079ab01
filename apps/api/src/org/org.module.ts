import { Module } from '@nestjs/common';
import { DepartmentScopeService } from './department-scope.service';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';
import { EmployeesController } from './employees.controller';
import { EmployeesService } from './employees.service';
import { EmployeeImportService } from './import/employee-import.service';

@Module({
  controllers: [DepartmentsController, EmployeesController],
  providers: [DepartmentScopeService, DepartmentsService, EmployeesService, EmployeeImportService],
  exports: [DepartmentScopeService],
})
export class OrgModule {}
