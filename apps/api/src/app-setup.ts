import { INestApplication, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainErrorFilter } from './common/domain-error.filter';
import { bodyParserErrors, refuseFormBodies, refuseUnfitInput } from './common/request-input';
import { AppConfig } from './config/app-config';
import { MAX_METRIC_CSV_BYTES } from './cx/metrics/customer-metrics.controller';
import { DatabaseUnavailableFilter } from './database/database-unavailable.filter';

/** The largest JSON body any endpoint takes (README, "Body limits"). */
export const MAX_JSON_BODY_BYTES = 100 * 1024;
/** The employee sync's list (JSON or CSV): 50 000 employees fit. */
export const MAX_SYNC_BODY_BYTES = 20 * 1024 * 1024;

/** Everything around the routes, shared by the server and the end-to-end tests. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  // The API runs on Express (@nestjs/platform-express) only.
  const server = app as NestExpressApplication;
  server.set('trust proxy', config.trustProxy);
  app.setGlobalPrefix('api');
  // No answer of the API is kept by a browser or a proxy: it is personal or changes at any time.
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  readBodies(server);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular components and the charts set style attributes at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(cookieParser());
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, stopAtFirstError: false }),
  );
  // Nest tries the filter registered last first: DomainError's, then the database's catch-all.
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.getHttpAdapter()), new DomainErrorFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('EX Pulse API').setVersion('0.1').addCookieAuth('expulse_session').build(),
  );
  SwaggerModule.setup('api/docs', app, document);

  serveWebApp(app, config.webDist);
}

/**
 * The body parsers, each with its limit, then the checks of what they parsed, all before any
 * guard or pipe: JSON (100 kB) everywhere, the employee sync's list (JSON or CSV, 20 MB), the
 * customer scores' CSV as a raw body (20 MB);
 * multipart files are limited by their controllers' interceptors (20 MB). Registering the JSON
 * parser here keeps Nest from adding its own; url-encoded forms are refused, not parsed.
 */
function readBodies(server: NestExpressApplication): void {
  server.use('/api', refuseFormBodies);
  // The HR system's whole employee list, as JSON or CSV (before the general JSON parser, which then skips it).
  server.use('/api/employees/sync', express.json({ limit: MAX_SYNC_BODY_BYTES }));
  server.use('/api/employees/sync', express.raw({ type: ['text/csv', 'application/csv', 'text/plain'], limit: MAX_SYNC_BODY_BYTES }));
  server.useBodyParser('json', { limit: MAX_JSON_BODY_BYTES });
  server.use('/api/cx/metrics/import', express.raw({ type: ['text/csv', 'application/csv', 'text/plain'], limit: MAX_METRIC_CSV_BYTES }));
  server.use('/api', bodyParserErrors);
  server.use('/api', refuseUnfitInput);
}

/** The built Angular app on the same port; unknown non-API paths get index.html (client routes). */
function serveWebApp(app: INestApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
