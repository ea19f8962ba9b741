// Placeholder until this part lands; replaced by its implementation.
export function getOverview(..._args: unknown[]): never { throw new Error('getOverview: not implemented yet'); }
export function refreshOverview(..._args: unknown[]): never { throw new Error('refreshOverview: not implemented yet'); }
