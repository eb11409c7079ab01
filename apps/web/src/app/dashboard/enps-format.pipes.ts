import { Pipe, PipeTransform } from '@angular/core';
import { percent, signed } from './enps-format';

/** 18 → "+18", −7.4 → "−7"; null → "–". */
@Pipe({ name: 'signed' })
export class SignedPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : signed(value);
  }
}

/** 0.64 → "64%"; null → "–". */
@Pipe({ name: 'share' })
export class SharePipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : percent(value);
  }
}
