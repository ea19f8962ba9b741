// Placeholder until this part lands; replaced by its implementation.
export function recordAttendance(..._args: unknown[]): never { throw new Error('recordAttendance: not implemented yet'); }
export function getAttendance(..._args: unknown[]): never { throw new Error('getAttendance: not implemented yet'); }
export function getModules(..._args: unknown[]): never { throw new Error('getModules: not implemented yet'); }
