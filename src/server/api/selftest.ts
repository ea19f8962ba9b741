// Placeholder until this part lands; replaced by its implementation.
export function selfTest(..._args: unknown[]): never { throw new Error('selfTest: not implemented yet'); }
