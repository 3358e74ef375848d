export * from "./users";
export * from "./workspaces";
export * from "./email";
export * from "./clients";
export * from "./table-views";
export * from "./orders";
export * from "./reminders";
export * from "./rate-events";
