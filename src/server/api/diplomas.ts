// Placeholder until this part lands; replaced by its implementation.
export function generateDiplomas(..._args: unknown[]): never { throw new Error('generateDiplomas: not implemented yet'); }
export function getDiplomaStatus(..._args: unknown[]): never { throw new Error('getDiplomaStatus: not implemented yet'); }
