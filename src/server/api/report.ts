// Placeholder until this part lands; replaced by its implementation.
export function createReport(..._args: unknown[]): never { throw new Error('createReport: not implemented yet'); }
