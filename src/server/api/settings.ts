// Placeholder until this part lands; replaced by its implementation.
export function getSettings(..._args: unknown[]): never { throw new Error('getSettings: not implemented yet'); }
export function saveSettings(..._args: unknown[]): never { throw new Error('saveSettings: not implemented yet'); }
