// Placeholder until this part lands; replaced by its implementation.
export function setupWorkbook(..._args: unknown[]): never { throw new Error('setupWorkbook: not implemented yet'); }
export function runSetupFromMenu(..._args: unknown[]): never { throw new Error('runSetupFromMenu: not implemented yet'); }
