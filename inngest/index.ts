import { morningDigest } from "./functions/morning-digest";
import { reminderNotice } from "./functions/reminder-notice";
import { reminderSweep } from "./functions/reminder-sweep";

/** Every Inngest function, served by app/api/inngest. Features add theirs here. */
export const functions = [reminderNotice, reminderSweep, morningDigest];
