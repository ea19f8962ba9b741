// Placeholder until this part lands; replaced by its implementation.
export function onEdit(_e?: unknown): void {}
