/** Every TypeORM entity. Report queries use SQL; entities serve the CRUD features. */
export const entities: Function[] = [];
