/** Every Inngest function, served by app/api/inngest. Features add theirs here. */
export const functions = [];
