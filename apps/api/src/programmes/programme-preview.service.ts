import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { addDays, asksComment, extraQuestionFor } from '@ex-pulse/domain';
import type { Language, ProgrammePreview } from '@ex-pulse/contracts';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { OrganisationService } from '../common/organisation.service';
import { renderInvitationEmail } from '../delivery/invitation-email';
import { enpsQuestion, extraQuestionView } from '../responses/survey-texts';
import { ProgrammesService } from './programmes.service';

/** The email and the answer page exactly as an employee would get them today, with a sample link. */
@Injectable()
export class ProgrammePreviewService {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly organisation: OrganisationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(id: string, language: string): Promise<ProgrammePreview> {
    if (language !== 'en' && language !== 'et') throw new BadRequestException('language must be en or et.');
    const lang: Language = language;
    const [programme, settings] = await Promise.all([this.programmes.get(id), this.organisation.settings()]);
    const today = await this.organisation.today(settings);
    const programmeName = lang === 'et' ? programme.nameEt : programme.nameEn;
    const expiresOn = addDays(today, programme.expiryDays);
    return {
      language: lang,
      survey: {
        language: lang,
        organisationName: settings.name,
        programmeName,
        enpsQuestion: enpsQuestion(lang, settings.name),
        expiresOn,
        // A sample occurrence: a driver programme shows one of its rotating drivers.
        extraQuestion: extraQuestionView(extraQuestionFor(programme.questions, 'preview'), lang),
        askComment: asksComment(programme.questions),
      },
      email: renderInvitationEmail({
        kind: 'invitation',
        language: lang,
        organisationName: settings.name,
        programmeName,
        link: `${this.config.publicUrl}/s#preview`,
        expiresAt: new Date(`${expiresOn}T12:00:00Z`),
        timeZone: settings.timeZone,
        anonymityK: this.config.anonymityK,
      }),
    };
  }
}
