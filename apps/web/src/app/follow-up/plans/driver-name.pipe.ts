import { Pipe, PipeTransform, inject } from '@angular/core';
import { DRIVER_LABELS, isDriver } from '@ex-pulse/domain';
import { LanguageService } from '../../core/i18n/language.service';

/** A driver key's short name in the page's language (impure: it follows a language switch). */
@Pipe({ name: 'driverName', pure: false })
export class DriverNamePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(key: string | null): string {
    if (!key) return '';
    return isDriver(key) ? DRIVER_LABELS[key][this.language.current()] : key;
  }
}
