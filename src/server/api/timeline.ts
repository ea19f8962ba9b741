// Placeholder until this part lands; replaced by its implementation.
export function getTimeline(..._args: unknown[]): never { throw new Error('getTimeline: not implemented yet'); }
export function setTimelineStatus(..._args: unknown[]): never { throw new Error('setTimelineStatus: not implemented yet'); }
