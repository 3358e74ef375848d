import { comingSoon, sectionMetadata } from "@/components/layout/coming-soon-page";

export const generateMetadata = sectionMetadata("clients");
export default comingSoon("clients");
