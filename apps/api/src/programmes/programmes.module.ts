import { Module } from '@nestjs/common';
import { ProgrammesController } from './programmes.controller';
import { ProgrammePreviewService } from './programme-preview.service';
import { ProgrammesService } from './programmes.service';

@Module({ controllers: [ProgrammesController], providers: [ProgrammesService, ProgrammePreviewService], exports: [ProgrammesService] })
export class ProgrammesModule {}
