// Placeholder until this part lands; replaced by its implementation.
export function addExpense(..._args: unknown[]): never { throw new Error('addExpense: not implemented yet'); }
export function getBudget(..._args: unknown[]): never { throw new Error('getBudget: not implemented yet'); }
