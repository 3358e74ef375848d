import { comingSoon, sectionMetadata } from "@/components/layout/coming-soon-page";

export const generateMetadata = sectionMetadata("orders");
export default comingSoon("orders");
