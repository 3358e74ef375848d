import { comingSoon, sectionMetadata } from "@/components/layout/coming-soon-page";

export const generateMetadata = sectionMetadata("contacts");
export default comingSoon("contacts");
