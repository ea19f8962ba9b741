// Placeholder until this part lands; replaced by its implementation.
export function exportPerson(..._args: unknown[]): never { throw new Error('exportPerson: not implemented yet'); }
export function deletePerson(..._args: unknown[]): never { throw new Error('deletePerson: not implemented yet'); }
export function getRetentionReminders(..._args: unknown[]): never { throw new Error('getRetentionReminders: not implemented yet'); }
