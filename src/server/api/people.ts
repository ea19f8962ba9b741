// Placeholder until this part lands; replaced by its implementation.
export function addPerson(..._args: unknown[]): never { throw new Error('addPerson: not implemented yet'); }
export function setPersonStatus(..._args: unknown[]): never { throw new Error('setPersonStatus: not implemented yet'); }
export function listPersons(..._args: unknown[]): never { throw new Error('listPersons: not implemented yet'); }
