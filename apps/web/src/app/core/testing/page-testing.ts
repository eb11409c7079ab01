import { Provider } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Routes } from '@angular/router';
import { translocoTesting } from './transloco-testing';

/** The set-up every page spec shares: English texts, these routes, the HTTP layer under test control. */
export function configurePageTest(routes: Routes, providers: Provider[] = []): HttpTestingController {
  TestBed.configureTestingModule({
    imports: [translocoTesting('en')],
    providers: [provideRouter(routes), provideHttpClient(), provideHttpClientTesting(), provideNoopAnimations(), ...providers],
  });
  return TestBed.inject(HttpTestingController);
}
