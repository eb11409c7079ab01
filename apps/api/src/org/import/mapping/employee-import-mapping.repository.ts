import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { EmployeeImportMapping } from '@ex-pulse/contracts';
import { EmployeeImportMappingEntity } from './employee-import-mapping.entity';

/** The single organisation's row. */
const ORGANISATION_ID = 1;

/** Where the column mapping is read and written: the one place that knows its table. */
@Injectable()
export class EmployeeImportMappingRepository {
  constructor(@InjectRepository(EmployeeImportMappingEntity) private readonly mappings: Repository<EmployeeImportMappingEntity>) {}

  current(): Promise<EmployeeImportMappingEntity | null> {
    return this.mappings.findOneBy({ organisationId: ORGANISATION_ID });
  }

  /** Replaces the mapping as a whole; the stored row comes back (saving an unchanged mapping changes nothing). */
  async save(mapping: EmployeeImportMapping, updatedBy: string): Promise<EmployeeImportMappingEntity> {
    await this.mappings.save(this.mappings.create({ organisationId: ORGANISATION_ID, ...mapping, updatedBy }));
    return this.mappings.findOneByOrFail({ organisationId: ORGANISATION_ID });
  }
}
