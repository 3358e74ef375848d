import { comingSoon, sectionMetadata } from "@/components/layout/coming-soon-page";

export const generateMetadata = sectionMetadata("reminders");
export default comingSoon("reminders");
