import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EmployeePersonalData } from '@ex-pulse/contracts';
import { Roles } from '../auth/auth.decorators';
import { PersonalDataService } from './personal-data.service';

/** HR answers an employee's request for their data (the erasure is DELETE /api/employees/:id). */
@ApiTags('employees')
@Controller('employees')
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Roles('admin')
  @Get(':id/personal-data')
  export(@Param('id', ParseUUIDPipe) id: string): Promise<EmployeePersonalData> {
    return this.personalData.export(id);
  }
}
