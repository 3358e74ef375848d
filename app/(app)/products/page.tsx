import { comingSoon, sectionMetadata } from "@/components/layout/coming-soon-page";

export const generateMetadata = sectionMetadata("products");
export default comingSoon("products");
