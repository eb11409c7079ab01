/** PostgreSQL SQLSTATE codes the services turn into clear 4xx answers. */
function code(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e?.driverError?.code ?? e?.code;
}

export const isUniqueViolation = (error: unknown) => code(error) === '23505';
export const isForeignKeyViolation = (error: unknown) => code(error) === '23503';
export const isRestrictViolation = (error: unknown) => code(error) === '23001';
