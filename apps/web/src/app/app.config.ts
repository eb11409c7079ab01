import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { APP_BASE_HREF } from '@angular/common';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { provideRouter, withInMemoryScrolling } from '@angular/router';
import { routes } from './app.routes';
import { unauthorizedInterceptor } from './core/auth/unauthorized.interceptor';
import { LanguageService } from './core/i18n/language.service';
import { provideAppTransloco } from './core/i18n/transloco.providers';

export const appConfig: ApplicationConfig = {
  providers: [
    // No <base> element: the CSP says base-uri 'none'. The build emits absolute asset URLs (deployUrl).
    { provide: APP_BASE_HREF, useValue: '/' },
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(
      withFetch(),
      // The API sets the XSRF-TOKEN cookie at login and checks this header on every mutating request.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([unauthorizedInterceptor]),
    ),
    // ngx-charts still animates through @angular/animations; the engine is loaded lazily, on first use.
    provideAnimationsAsync(),
    provideAppTransloco(),
    provideAppInitializer(() => inject(LanguageService).init()),
  ],
};
